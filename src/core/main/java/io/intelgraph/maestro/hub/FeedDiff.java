package io.intelgraph.maestro.hub;

import io.intelgraph.maestro.store.BuildSnapshot;
import io.intelgraph.maestro.store.BuildTile;
import io.intelgraph.maestro.store.TileKey;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What changed from one snapshot to the next, as deltas in a fixed order (source, tiles, previews,
 * evidence, policy, distillation). The store reuses the objects of what did not change, so most
 * comparisons end at the reference.
 */
public final class FeedDiff {

    private FeedDiff() {
    }

    public static List<Delta> between(BuildSnapshot before, BuildSnapshot after) {
        List<Delta> deltas = new ArrayList<>();
        if (!Objects.equals(before.health(), after.health()) || !before.repoErrors().equals(after.repoErrors())
                || !before.repos().equals(after.repos()) || before.eventsApplied() != after.eventsApplied()) {
            deltas.add(new Delta.SourceChanged());
        }
        tiles(before, after, deltas);
        if (!before.previews().equals(after.previews()) || !before.cluster().equals(after.cluster())) {
            deltas.add(new Delta.PreviewsChanged());
        }
        keyed(before.evidence(), after.evidence(), Delta.EvidenceChanged::new, Delta.EvidenceRemoved::new,
                deltas);
        keyed(before.policyVerdicts(), after.policyVerdicts(), Delta.PolicyChanged::new,
                Delta.PolicyRemoved::new, deltas);
        keyed(before.recommendations(), after.recommendations(), Delta.DistillationChanged::new,
                Delta.DistillationRemoved::new, deltas);
        return deltas;
    }

    private static void tiles(BuildSnapshot before, BuildSnapshot after, List<Delta> deltas) {
        if (before.tiles() == after.tiles() || sameKeysInOrder(before.tiles(), after.tiles(), deltas)) {
            return;
        }
        Map<TileKey, BuildTile> old = new HashMap<>();
        before.tiles().forEach(t -> old.put(t.key(), t));
        for (BuildTile tile : after.tiles()) {
            BuildTile was = old.remove(tile.key());
            if (was != tile && !tile.equals(was)) {
                deltas.add(new Delta.TileChanged(tile));
            }
        }
        old.keySet().stream().sorted().forEach(key -> deltas.add(new Delta.TileRemoved(key)));
    }

    /**
     * The common change, a tile updated in place: the same keys at the same places, compared pairwise
     * without a map of all tiles (which cost a tenth of the hub's own CPU at 500 changes a second).
     * Adds the changed tiles and returns true, or adds nothing and returns false when a tile came or went.
     */
    private static boolean sameKeysInOrder(List<BuildTile> before, List<BuildTile> after, List<Delta> deltas) {
        if (before.size() != after.size()) {
            return false;
        }
        List<Delta> changed = new ArrayList<>(2);
        for (int i = 0; i < after.size(); i++) {
            BuildTile was = before.get(i);
            BuildTile tile = after.get(i);
            if (was == tile) {
                continue;
            }
            if (!was.key().equals(tile.key())) {
                return false;
            }
            if (!tile.equals(was)) {
                changed.add(new Delta.TileChanged(tile));
            }
        }
        deltas.addAll(changed);
        return true;
    }

    private static <K extends Comparable<K>, V> void keyed(Map<K, V> before, Map<K, V> after, Function<V, Delta> changed,
            Function<K, Delta> removed, List<Delta> deltas) {
        if (before == after) {
            return; // the store hands on the same map when nothing in it changed
        }
        after.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            V was = before.get(e.getKey());
            if (was != e.getValue() && !e.getValue().equals(was)) {
                deltas.add(changed.apply(e.getValue()));
            }
        });
        before.entrySet().stream().filter(e -> !after.containsKey(e.getKey())).sorted(Map.Entry.comparingByKey())
                .forEach(e -> deltas.add(removed.apply(e.getKey())));
    }
}
