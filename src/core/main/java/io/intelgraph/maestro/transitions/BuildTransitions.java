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

    /** The breaks and fixes since the previous snapshot given, in the snapshot's tile order. */
    public List<Transition> next(BuildSnapshot snapshot) {
        if (snapshot.version() <= lastVersion) {
            return List.of();
        }
        lastVersion = snapshot.version();
        boolean live = snapshot.health() == null || snapshot.health().freshness() == Freshness.LIVE;
        boolean announce = primed && live;
        List<Transition> found = new ArrayList<>();
        Map<TileKey, BuildState> seen = new HashMap<>();
        for (BuildTile tile : snapshot.tiles()) {
            BuildState before = settled.get(tile.key());
            if (tile.stale() || !settles(tile.state())) {
                // Unknown or still moving: keep what was known.
                if (before != null) {
                    seen.put(tile.key(), before);
                }
                continue;
            }
            seen.put(tile.key(), tile.state());
            if (announce && before != null && before != tile.state()) {
                found.add(new Transition(tile.state() == BuildState.FAILED ? Transition.Kind.BREAK
                        : Transition.Kind.FIX, tile, before));
            }
        }
        // Branches that left the snapshot are forgotten: if one comes back it has "just appeared".
        settled.clear();
        settled.putAll(seen);
        primed = true;
        return List.copyOf(found);
    }

    private static boolean settles(BuildState state) {
        return state == BuildState.PASSED || state == BuildState.FAILED;
    }
}
