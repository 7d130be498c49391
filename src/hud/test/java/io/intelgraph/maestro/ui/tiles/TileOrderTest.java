package io.intelgraph.maestro.ui.tiles;

import io.intelgraph.maestro.model.build.Conclusion;
import io.intelgraph.maestro.model.build.RunStatus;
import io.intelgraph.maestro.model.build.WorkflowRun;
import io.intelgraph.maestro.store.BuildPlane;
import io.intelgraph.maestro.store.BuildTile;
import io.intelgraph.maestro.store.SourceHealth;
import io.intelgraph.maestro.store.TileSort;
import io.intelgraph.maestro.testing.Runs;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Sorting from the previous snapshot's order gives exactly what a sort from scratch gives. */
class TileOrderTest {

    private static final List<RunStatus> STATUSES = List.of(RunStatus.COMPLETED, RunStatus.IN_PROGRESS, RunStatus.QUEUED);
    private static final List<Conclusion> CONCLUSIONS = List.of(Conclusion.SUCCESS, Conclusion.FAILURE, Conclusion.CANCELLED);

    @Test
    void everySnapshotComesOutAsAFullSortWouldHaveIt() {
        BuildPlane plane = new BuildPlane(Clock.systemUTC(), Clock.systemUTC(), SourceHealth.connecting("test", true), Runnable::run);
        Random random = new Random(7);
        long id = 0;
        for (int i = 0; i < 300; i++) {
            plane.putRun(randomRun(random, ++id, i));
        }
        TileOrder order = new TileOrder();
        for (TileSort sort : List.of(TileSort.FAILING_FIRST, TileSort.FAILING_FIRST, TileSort.MOST_RECENT, TileSort.NAME)) {
            for (int round = 0; round < 40; round++) {
                // A few builds change, a branch or two comes, and the filter sometimes drops some.
                for (int change = 0; change < 1 + random.nextInt(12); change++) {
                    plane.putRun(randomRun(random, ++id, random.nextInt(320)));
                }
                List<BuildTile> tiles = plane.snapshot().tiles();
                if (round % 7 == 3) {
                    tiles = tiles.stream().filter(t -> t.key().branch().hashCode() % 3 != 0).toList();
                }
                List<BuildTile> expected = new ArrayList<>(tiles);
                expected.sort(sort.order());
                assertEquals(expected, order.sort(tiles, sort), sort + ", round " + round);
            }
        }
    }

    private static WorkflowRun randomRun(Random random, long id, int branch) {
        RunStatus status = STATUSES.get(random.nextInt(STATUSES.size()));
        return Runs.run(id, "o/repo" + branch % 40, "b" + branch, "CI", status,
                status == RunStatus.COMPLETED ? CONCLUSIONS.get(random.nextInt(CONCLUSIONS.size())) : Conclusion.NONE,
                random.nextInt(60));
    }
}
