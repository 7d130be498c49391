package io.intelgraph.maestro.bench;

import io.intelgraph.maestro.distill.BuiltInTeachers;
import io.intelgraph.maestro.distill.DistillEngine;
import io.intelgraph.maestro.distill.SimulatedSignals;
import io.intelgraph.maestro.model.distill.Signals;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The engine's cost: the full ensemble + student recommendation and update for 10,000 branches,
 * and the incremental update when one event changes one branch.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DistillBenchmark {

    private DistillEngine engine;
    private List<Signals> branches;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        engine = new DistillEngine(BuiltInTeachers.all(), 42);
        branches = SimulatedSignals.generate(7, 10_000);
    }

    @Benchmark
    public Object tenThousandBranches() {
        return engine.recommend(branches);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Object oneBranchAfterAnEvent() {
        next = (next + 1) % branches.size();
        return engine.recommend(List.of(branches.get(next)));
    }
}
