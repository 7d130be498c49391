package io.intelgraph.maestro.store;

import io.intelgraph.maestro.model.repo.RepoId;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.RandomAccess;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * The plane's tiles by key, and the list each snapshot hands over, made from the previous one: when
 * only tiles' contents changed (a run moved on — nearly every write), the last list's array is copied
 * and the changed places set, instead of walking the tree of 2,000 tiles and copying its values twice
 * (under 500 writes a second that was half the writing thread's time and a quarter of what the process
 * allocated). A branch that comes or goes lays the list out again. Not thread-safe: the plane's lock
 * guards it.
 */
final class OrderedTiles {

    private final TreeMap<TileKey, BuildTile> byKey = new TreeMap<>();
    /** The last list handed over; its array is never written once handed over. */
    private Frozen handedOver = new Frozen(new BuildTile[0]);
    private final Map<TileKey, Integer> places = new HashMap<>();
    /** Keys whose tile was replaced since the last list. */
    private final Set<TileKey> replaced = new HashSet<>();
    /** A key came or went since the last list: its places are no longer right. */
    private boolean reshaped = true;

    boolean isEmpty() {
        return byKey.isEmpty();
    }

    BuildTile get(TileKey key) {
        return byKey.get(key);
    }

    void put(TileKey key, BuildTile tile) {
        if (byKey.put(key, tile) == null) {
            reshaped = true;
        } else if (!reshaped) {
            replaced.add(key);
        }
    }

    void remove(TileKey key) {
        if (byKey.remove(key) != null) {
            reshaped = true;
        }
    }

    void clear() {
        byKey.clear();
        reshaped = true;
    }

    void retainKeys(Collection<TileKey> keep) {
        if (byKey.keySet().retainAll(keep)) {
            reshaped = true;
        }
    }

    /** The keys in order, read-only. */
    NavigableSet<TileKey> keys() {
        return Collections.unmodifiableNavigableSet(byKey.navigableKeySet());
    }

    /** The keys of {@code repo}'s tiles: together in key order, from its first. */
    List<TileKey> keysOf(RepoId repo) {
        return byKey.tailMap(new TileKey(repo, ""), true).keySet().stream().takeWhile(key -> key.repo().equals(repo)).toList();
    }

    /** Replaces each tile by what {@code change} makes of it (itself when unchanged). */
    void replaceEach(UnaryOperator<BuildTile> change) {
        for (Map.Entry<TileKey, BuildTile> entry : byKey.entrySet()) {
            BuildTile tile = entry.getValue();
            BuildTile changed = change.apply(tile);
            if (changed != tile) {
                entry.setValue(changed);
                if (!reshaped) {
                    replaced.add(entry.getKey());
                }
            }
        }
    }

    /** Every tile in key order, as an unmodifiable list that no later change touches. */
    List<BuildTile> list() {
        BuildTile[] next;
        if (reshaped) {
            next = byKey.values().toArray(BuildTile[]::new);
            places.clear();
            for (int i = 0; i < next.length; i++) {
                places.put(next[i].key(), i);
            }
        } else if (replaced.isEmpty()) {
            return handedOver;
        } else {
            next = handedOver.tiles.clone();
            for (TileKey key : replaced) {
                next[places.get(key)] = byKey.get(key);
            }
        }
        reshaped = false;
        replaced.clear();
        handedOver = new Frozen(next);
        return handedOver;
    }

    /**
     * A snapshot's tiles: an array nobody writes any more, read as a list. {@link BuildSnapshot} keeps it
     * as it is rather than copying it again, as {@code List.copyOf} would.
     */
    static final class Frozen extends AbstractList<BuildTile> implements RandomAccess {
        private final BuildTile[] tiles;

        private Frozen(BuildTile[] tiles) {
            this.tiles = tiles;
        }

        @Override
        public BuildTile get(int index) {
            return tiles[index];
        }

        @Override
        public int size() {
            return tiles.length;
        }

        @Override
        public Object[] toArray() {
            return Arrays.copyOf(tiles, tiles.length, Object[].class);
        }
    }
}
