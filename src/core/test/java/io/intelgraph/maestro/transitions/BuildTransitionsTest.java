package io.intelgraph.maestro.transitions;

import io.intelgraph.maestro.model.build.BuildState;
import io.intelgraph.maestro.store.BuildSnapshot;
import io.intelgraph.maestro.store.BuildTile;
import io.intelgraph.maestro.store.Freshness;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.intelgraph.maestro.testing.Snapshots.snapshot;
import static io.intelgraph.maestro.testing.Snapshots.tile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BuildTransitionsTest {

    private final BuildTransitions transitions = new BuildTransitions();
    private long version;

    private List<Transition> feed(BuildTile... tiles) {
        return transitions.next(snapshot(++version, Freshness.LIVE, tiles));
    }

    @Test
    void passingToFailingIsABreakAndBackIsAFix() {
        assertEquals(List.of(), feed(tile("org/api", "main", BuildState.PASSED)), "the first snapshot is no news");
        List<Transition> broke = feed(tile("org/api", "main", BuildState.FAILED));
        assertEquals(1, broke.size());
        assertEquals(Transition.Kind.BREAK, broke.get(0).kind());
        assertEquals(BuildState.PASSED, broke.get(0).previous());
        List<Transition> fixed = feed(tile("org/api", "main", BuildState.PASSED));
        assertEquals(List.of(Transition.Kind.FIX), fixed.stream().map(Transition::kind).toList());
        assertEquals(BuildState.FAILED, fixed.get(0).previous());
    }

    @Test
    void aRunInBetweenDoesNotHideTheBreakNorMakeOneOfItself() {
        feed(tile("org/api", "main", BuildState.PASSED));
        assertEquals(List.of(), feed(tile("org/api", "main", BuildState.RUNNING)));
        assertEquals(List.of(), feed(tile("org/api", "main", BuildState.CANCELLED)));
        assertEquals(List.of(Transition.Kind.BREAK), feed(tile("org/api", "main", BuildState.FAILED)).stream()
                .map(Transition::kind).toList());
        assertEquals(List.of(), feed(tile("org/api", "main", BuildState.RUNNING)));
        assertEquals(List.of(), feed(tile("org/api", "main", BuildState.FAILED)), "failing again is not news");
    }

    @Test
    void aBranchThatJustAppearedFailingIsNotABreak() {
        feed(tile("org/api", "main", BuildState.PASSED));
        assertEquals(List.of(), feed(tile("org/api", "main", BuildState.PASSED),
                tile("org/api", "feature", BuildState.FAILED)));
        assertEquals(List.of(), feed(tile("org/api", "main", BuildState.PASSED),
                tile("org/api", "late", BuildState.RUNNING)));
        assertEquals(List.of(), feed(tile("org/api", "main", BuildState.PASSED),
                tile("org/api", "late", BuildState.FAILED)), "its first settled state is a baseline, not a change");
    }

    @Test
    void staleDataIsNoNews() {
        feed(tile("org/api", "main", BuildState.PASSED), tile("org/web", "trunk", BuildState.PASSED));
        assertEquals(List.of(), feed(tile("org/api", "main", BuildState.FAILED, "repository unreachable"),
                tile("org/web", "trunk", BuildState.PASSED)));
        assertEquals(List.of(), transitions.next(snapshot(++version, Freshness.STALE,
                tile("org/api", "main", BuildState.PASSED), tile("org/web", "trunk", BuildState.FAILED))));
        assertEquals(List.of(), transitions.next(snapshot(version, Freshness.LIVE,
                tile("org/web", "trunk", BuildState.PASSED))), "a snapshot already seen is skipped");
    }

    @Test
    void everyBranchThatChangesInOneSnapshotIsReported() {
        feed(tile("org/api", "main", BuildState.PASSED), tile("org/web", "trunk", BuildState.FAILED),
                tile("org/web", "x", BuildState.PASSED));
        List<Transition> found = feed(tile("org/api", "main", BuildState.FAILED), tile("org/web", "trunk",
                BuildState.PASSED), tile("org/web", "x", BuildState.PASSED));
        assertEquals(List.of("org/api@main BREAK", "org/web@trunk FIX"),
                found.stream().map(t -> t.tile().key() + " " + t.kind()).toList());
    }

    @Test
    void filtersPickDefaultBranchesAllOrAnExpression() {
        BuildSnapshot s = snapshot(1, Freshness.LIVE);
        BuildTile apiMain = tile("org/api", "main", BuildState.FAILED);
        BuildTile webTrunk = tile("org/web", "trunk", BuildState.FAILED);
        BuildTile webMain = tile("org/web", "main", BuildState.FAILED);
        TransitionFilter defaults = TransitionFilter.parse("default-branches");
        assertTrue(defaults.accepts(apiMain, s));
        assertTrue(defaults.accepts(webTrunk, s));
        assertFalse(defaults.accepts(webMain, s), "org/web's default branch is trunk");
        assertTrue(TransitionFilter.parse("all").accepts(webMain, s));
        TransitionFilter web = TransitionFilter.parse("org/web main");
        assertTrue(web.accepts(webMain, s));
        assertFalse(web.accepts(apiMain, s));
        assertEquals(defaults, TransitionFilter.parse(" "), "default branches unless told otherwise");
    }
}
