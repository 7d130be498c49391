package io.intelgraph.maestro.bench;

import io.intelgraph.maestro.model.build.Conclusion;
import io.intelgraph.maestro.model.build.RunStatus;
import io.intelgraph.maestro.model.build.WorkflowRun;
import io.intelgraph.maestro.store.BuildPlane;
import io.intelgraph.maestro.store.SourceHealth;
import io.intelgraph.maestro.testing.Runs;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The store's cost per incoming event: one event (a run update) applied and published as a new
 * snapshot, with {@code tiles} branches already on the plane; and a 1,000-event burst in a batch.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class BuildPlaneBenchmark {

    @Param({"100", "1000"})
    int tiles;

    private BuildPlane plane;
    private List<WorkflowRun> burst;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        plane = new BuildPlane(Clock.fixed(Runs.T0, ZoneOffset.UTC), SourceHealth.connecting("bench", false));
        plane.subscribe(snapshot -> { });
        plane.batch(() -> {
            for (int i = 0; i < tiles * 3; i++) {
                plane.putRun(Runs.run(i, "org/repo-" + (i % 50), "branch-" + (i % tiles), "CI", RunStatus.COMPLETED,
                        i % 9 == 0 ? Conclusion.FAILURE : Conclusion.SUCCESS, i % 240));
            }
        });
        burst = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            burst.add(Runs.run(1_000_000 + i, "org/repo-" + (i % 50), "branch-" + (i % tiles), "CI",
                    RunStatus.IN_PROGRESS, Conclusion.NONE, 300 + i % 60));
        }
    }

    /** One event, published on its own (what a webhook does). */
    @Benchmark
    public long oneEvent() {
        WorkflowRun run = burst.get(next++ % burst.size());
        plane.putRun(run);
        return plane.snapshot().version();
    }

    /** A thousand events in one batch, one snapshot (what a poll cycle does). */
    @Benchmark
    public long thousandEventBatch() {
        plane.batch(() -> burst.forEach(plane::putRun));
        return plane.snapshot().version();
    }
}
