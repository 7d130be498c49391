package io.intelgraph.maestro.testing;

import io.intelgraph.maestro.github.GitHubPoller;
import io.intelgraph.maestro.github.PollPlanner;
import io.intelgraph.maestro.github.PollTargets;
import io.intelgraph.maestro.model.build.BuildState;
import io.intelgraph.maestro.model.build.RunStatus;
import io.intelgraph.maestro.store.BuildPlane;
import io.intelgraph.maestro.store.BuildTile;
import io.intelgraph.maestro.store.SourceHealth;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/** A plane filled from the simulated GitHub by one poller cycle, as the app's poller fills it: the view-model tests' data. */
public final class SyncedPlane {

    private SyncedPlane() {
    }

    public static BuildPlane of(SimHarness sim) {
        return fill(new BuildPlane(sim.clock, SourceHealth.connecting("sim", true)), sim);
    }

    /** {@code plane} after one poller cycle over the simulated GitHub: its tiles LIVE. */
    public static BuildPlane fill(BuildPlane plane, SimHarness sim) {
        ScheduledExecutorService unused = Executors.newSingleThreadScheduledExecutor();
        try {
            new GitHubPoller(sim.client(), plane, new PollTargets(List.of("intelgraph-sim"), List.of()),
                    PollPlanner.defaults(), unused, Clock.systemUTC(), 50, 1).syncOnce();
        } finally {
            unused.shutdownNow();
        }
        return plane;
    }

    /** The tiles of completed failed runs: the ones whose artifacts hold test, scan and SBOM reports. */
    public static List<BuildTile> completedFailures(BuildPlane plane) {
        return plane.snapshot().tiles().stream()
                .filter(t -> t.state() == BuildState.FAILED && t.headline().status() == RunStatus.COMPLETED).toList();
    }
}
