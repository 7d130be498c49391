package io.intelgraph.maestro.transitions;

import io.intelgraph.maestro.model.build.BuildState;
import io.intelgraph.maestro.store.BuildSnapshot;
import io.intelgraph.maestro.store.BuildTile;
import io.intelgraph.maestro.store.Freshness;
import io.intelgraph.maestro.store.TileKey;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

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

    /**
     * The store reuses the tile objects of branches that did not change; the fast path skips them. Over
     * a long random history — changes, branches coming and going (also both in one picture), stale and
     * unlive pictures — it must find exactly what looking at every tile afresh finds ({@link #afresh}).
     */
    @Test
    void reusedTilesGiveWhatFreshTilesGive() {
        Random random = new Random(19);
        BuildState[] states = {BuildState.PASSED, BuildState.FAILED, BuildState.RUNNING, BuildState.QUEUED};
        Map<TileKey, BuildState> settled = new HashMap<>();
        boolean[] primed = {false};
        List<BuildTile> tiles = new ArrayList<>();
        for (int b = 0; b < 30; b++) {
            tiles.add(tile("org/api", "b" + (100 + b), states[random.nextInt(states.length)]));
        }
        int announced = 0;
        for (long v = 1; v <= 2_000; v++) {
            int change = random.nextInt(10);
            if (change < 7) {
                int i = random.nextInt(tiles.size());
                tiles.set(i, tile("org/api", tiles.get(i).branch(), states[random.nextInt(states.length)],
                        random.nextInt(20) == 0 ? "GitHub unreachable" : ""));
            } else if (change == 7 && tiles.size() > 5) {
                tiles.remove(random.nextInt(tiles.size()));
            } else if (change == 9) {
                // In one picture: a branch changes, another goes and a third comes — as many tiles, other keys.
                int i = random.nextInt(tiles.size());
                tiles.set(i, tile("org/api", tiles.get(i).branch(), states[random.nextInt(states.length)]));
                String branch = "b" + (100 + random.nextInt(40));
                if (tiles.stream().noneMatch(t -> t.branch().equals(branch))) {
                    tiles.remove(tiles.size() - 1);
                    tiles.add(tile("org/api", branch, states[random.nextInt(states.length)]));
                    tiles.sort(Comparator.comparing(BuildTile::key));
                }
            } else if (change == 8) {
                String branch = "b" + (100 + random.nextInt(40));
                if (tiles.stream().noneMatch(t -> t.branch().equals(branch))) {
                    tiles.add(tile("org/api", branch, states[random.nextInt(states.length)]));
                    tiles.sort(Comparator.comparing(BuildTile::key));
                }
            }
            Freshness freshness = random.nextInt(30) == 0 ? Freshness.STALE : Freshness.LIVE;
            List<Transition> reused = transitions.next(snapshot(v, freshness, tiles.toArray(BuildTile[]::new)));
            List<Transition> expected = afresh(tiles, freshness == Freshness.LIVE && primed[0], settled);
            primed[0] = true;
            assertEquals(describe(expected), describe(reused), "picture " + v);
            announced += reused.size();
        }
        assertTrue(announced > 100, "the history had news in it: " + announced);
    }

    /** The rule written plainly, every tile every time: the oracle for the fast path. */
    private static List<Transition> afresh(List<BuildTile> tiles, boolean announce, Map<TileKey, BuildState> settled) {
        Map<TileKey, BuildState> seen = new HashMap<>();
        List<Transition> found = new ArrayList<>();
        for (BuildTile tile : tiles) {
            BuildState before = settled.get(tile.key());
            boolean settles = tile.state() == BuildState.PASSED || tile.state() == BuildState.FAILED;
            if (tile.stale() || !settles) {
                if (before != null) {
                    seen.put(tile.key(), before);
                }
            } else {
                seen.put(tile.key(), tile.state());
                if (announce && before != null && before != tile.state()) {
                    found.add(new Transition(tile.state() == BuildState.FAILED ? Transition.Kind.BREAK : Transition.Kind.FIX,
                            tile, before));
                }
            }
        }
        settled.clear();
        settled.putAll(seen);
        return found;
    }

    private static List<String> describe(List<Transition> transitions) {
        return transitions.stream().map(t -> t.kind() + " " + t.tile().key() + " after " + t.previous()).toList();
    }
}
