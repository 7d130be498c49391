package io.intelgraph.maestro.hub;

import io.intelgraph.maestro.model.build.Conclusion;
import io.intelgraph.maestro.model.build.RunStatus;
import io.intelgraph.maestro.store.BuildPlane;
import io.intelgraph.maestro.store.BuildSnapshot;
import io.intelgraph.maestro.store.BuildTile;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static io.intelgraph.maestro.testing.Runs.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Tiles updated in place, added, removed or listed in another order each give exactly the deltas they should. */
class FeedDiffTest {

    private final BuildPlane plane = HubHarness.emptyPlane();

    private BuildSnapshot threeBranches() {
        for (String branch : List.of("a", "b", "c")) {
            plane.putRun(run(branch.charAt(0), "o/r", branch, "CI", RunStatus.IN_PROGRESS, Conclusion.NONE, 0));
        }
        return plane.snapshot();
    }

    private static List<String> described(List<Delta> deltas) {
        return deltas.stream().map(d -> switch (d) {
            case Delta.TileChanged c -> "tile " + c.tile().key();
            case Delta.TileRemoved r -> "removed " + r.key();
            default -> d.type();
        }).toList();
    }

    @Test
    void aTileUpdatedInPlaceIsTheOnlyDelta() {
        BuildSnapshot before = threeBranches();
        plane.putRun(run('b', "o/r", "b", "CI", RunStatus.COMPLETED, Conclusion.SUCCESS, 0));

        assertEquals(List.of("tile o/r@b"), described(FeedDiff.between(before, plane.snapshot())));
    }

    @Test
    void aTileThatCameAndOneThatWentAreBothSent() {
        BuildSnapshot before = threeBranches();
        List<BuildTile> tiles = new ArrayList<>(before.tiles());
        BuildTile gone = tiles.remove(0);
        plane.putRun(run('d', "o/r", "d", "CI", RunStatus.QUEUED, Conclusion.NONE, 0));
        BuildTile added = plane.snapshot().tiles().getLast();
        tiles.add(added);
        BuildSnapshot after = with(before, tiles);

        assertEquals(List.of("tile " + added.key(), "removed " + gone.key()), described(FeedDiff.between(before, after)));
    }

    @Test
    void theSameTilesInAnotherOrderAreNoChange() {
        BuildSnapshot before = threeBranches();
        List<BuildTile> reversed = new ArrayList<>(before.tiles());
        Collections.reverse(reversed);

        assertEquals(List.of(), FeedDiff.between(before, with(before, reversed)));
    }

    private static BuildSnapshot with(BuildSnapshot s, List<BuildTile> tiles) {
        return new BuildSnapshot(s.version() + 1, s.takenAt(), tiles, s.repos(), s.repoErrors(), s.health(), s.eventsApplied(),
                s.previews(), s.cluster(), s.evidence(), s.recommendations(), s.policyVerdicts());
    }
}
