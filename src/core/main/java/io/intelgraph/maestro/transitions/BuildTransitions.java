package io.intelgraph.maestro.transitions;

import io.intelgraph.maestro.model.build.BuildState;
import io.intelgraph.maestro.store.BuildSnapshot;
import io.intelgraph.maestro.store.BuildTile;
import io.intelgraph.maestro.store.Freshness;
import io.intelgraph.maestro.store.TileKey;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds breaks and fixes over consecutive snapshots. Each branch's last settled state (passed or
 * failed) is remembered, so passed → running → failed is a break and a rerun that passes again is
 * not a fix of anything. Says nothing about the first snapshot, a branch that just appeared, a
 * stale tile or a snapshot from a source that is not live: only a change seen happening is news.
 * Not thread-safe: one instance per consumer, fed from that consumer's (serial) subscription.
 */
public final class BuildTransitions {

    private final Map<TileKey, BuildState> settled = new HashMap<>();
    private long lastVersion = -1;
    private boolean primed;
    /** The tiles of the last snapshot seen, to tell which changed. */
    private List<BuildTile> previousTiles;

    /** The breaks and fixes since the previous snapshot given, in the snapshot's tile order. */
    public List<Transition> next(BuildSnapshot snapshot) {
        if (snapshot.version() <= lastVersion) {
            return List.of();
        }
        lastVersion = snapshot.version();
        boolean live = snapshot.health() == null || snapshot.health().freshness() == Freshness.LIVE;
        boolean announce = primed && live;
        List<Transition> found = new ArrayList<>();
        if (!changedInPlace(snapshot.tiles(), announce, found)) {
            recount(snapshot.tiles(), announce, found);
        }
        previousTiles = snapshot.tiles();
        primed = true;
        return List.copyOf(found);
    }

    /**
     * The usual case, a few tiles changed and none came or went: the store hands over the same tile
     * objects for the branches that did not change, so only the others are looked at (at 500 writes a
     * second, rehashing 2,000 tiles per picture for each listener cost a core). False when the
     * branches are not the same, in the same order, as last time.
     */
    private boolean changedInPlace(List<BuildTile> tiles, boolean announce, List<Transition> found) {
        List<BuildTile> before = previousTiles;
        if (before == null || before.size() != tiles.size()) {
            return false;
        }
        // First make sure the branches are the same, then apply: a mismatch found halfway must leave
        // nothing applied, or the full count after it would take the new states for the old ones.
        List<BuildTile> changed = new ArrayList<>();
        for (int i = 0; i < tiles.size(); i++) {
            BuildTile tile = tiles.get(i);
            BuildTile was = before.get(i);
            if (tile != was) {
                if (!tile.key().equals(was.key())) {
                    return false;
                }
                changed.add(tile);
            }
        }
        for (BuildTile tile : changed) {
            if (tile.stale() || !settles(tile.state())) {
                continue; // unknown or still moving: what was known stands
            }
            BuildState settledBefore = settled.put(tile.key(), tile.state());
            announce(tile, settledBefore, announce, found);
        }
        return true;
    }

    /** Every tile afresh: branches that left are forgotten, so one that comes back has "just appeared". */
    private void recount(List<BuildTile> tiles, boolean announce, List<Transition> found) {
        Map<TileKey, BuildState> seen = new HashMap<>();
        for (BuildTile tile : tiles) {
            BuildState before = settled.get(tile.key());
            if (tile.stale() || !settles(tile.state())) {
                if (before != null) {
                    seen.put(tile.key(), before);
                }
                continue;
            }
            seen.put(tile.key(), tile.state());
            announce(tile, before, announce, found);
        }
        settled.clear();
        settled.putAll(seen);
    }

    private static void announce(BuildTile tile, BuildState before, boolean announce, List<Transition> found) {
        if (announce && before != null && before != tile.state()) {
            found.add(new Transition(tile.state() == BuildState.FAILED ? Transition.Kind.BREAK
                    : Transition.Kind.FIX, tile, before));
        }
    }

    private static boolean settles(BuildState state) {
        return state == BuildState.PASSED || state == BuildState.FAILED;
    }
}
