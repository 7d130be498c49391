package io.intelgraph.maestro.ui.tiles;

import io.intelgraph.maestro.store.BuildTile;
import io.intelgraph.maestro.store.TileSort;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sorts each snapshot's tiles in a {@link TileSort}'s order, starting from the order the previous
 * snapshot's ended in. Between two snapshots a handful of 2,000 builds change: the others keep their
 * order, and each changed one is put in its place by binary search — about a hundred comparisons a
 * snapshot, not the eleven a tile a sort from the snapshot's key order takes (nor the one a tile of
 * TimSort on the list nearly in order). Each comparison reads numbers kept per tile (its
 * state, its last activity), not the sort's chain of comparators, which the launcher's C1-only JIT
 * calls through one lambda per link (the chain was two fifths of the FX thread's time under 500
 * changes a second). The result is what {@link TileSort#order()} gives: both end on the tile's key.
 */
public final class TileOrder {

    /** A tile's sort fields, read once per tile object (tiles are immutable), and where it stood last time. */
    private static final class Place {
        final BuildTile tile;
        final int state;
        final long activitySeconds;
        final int activityNanos;
        int index;
        long round;

        Place(BuildTile tile) {
            this.tile = tile;
            this.state = tile.state().ordinal();
            Instant activity = tile.lastActivity();
            this.activitySeconds = activity.getEpochSecond();
            this.activityNanos = activity.getNano();
        }
    }

    private static final Comparator<Place> BY_KEY = (a, b) -> a.tile.key().compareTo(b.tile.key());
    private static final Comparator<Place> MOST_RECENT = (a, b) -> {
        int byActivity = newerFirst(a, b);
        return byActivity != 0 ? byActivity : BY_KEY.compare(a, b);
    };
    private static final Comparator<Place> FAILING_FIRST =
            (a, b) -> a.state != b.state ? Integer.compare(a.state, b.state) : MOST_RECENT.compare(a, b);

    /**
     * By the tile object: the store hands an unchanged tile over as the same object, and a changed one
     * is new, so it goes with the newcomers to be put in its place (hashing 2,192 keys a snapshot, their
     * strings and records, cost more than the sort saved).
     */
    private final Map<BuildTile, Place> places = new IdentityHashMap<>();
    private TileSort order;
    private long round;
    private int placed;

    /** {@code tiles} sorted as {@code by} orders them, as an unmodifiable list. */
    public List<BuildTile> sort(List<BuildTile> tiles, TileSort by) {
        Comparator<Place> comparator = comparator(by);
        Place[] sorted = new Place[tiles.size()];
        int n;
        if (by == order && placed > 0) {
            Place[] kept = new Place[placed];
            List<Place> newcomers = new ArrayList<>();
            for (BuildTile tile : tiles) {
                Place place = places.get(tile);
                if (place != null && place.round == round) {
                    kept[place.index] = place;
                } else {
                    newcomers.add(place != null ? place : placeOf(tile));
                }
            }
            int keptCount = 0;
            for (Place place : kept) {
                if (place != null) {
                    kept[keptCount++] = place;
                }
            }
            n = mergeInto(sorted, kept, keptCount, newcomers, comparator);
        } else {
            n = 0;
            for (BuildTile tile : tiles) {
                sorted[n++] = placeOf(tile);
            }
            Arrays.sort(sorted, 0, n, comparator);
        }
        order = by;
        round++;
        BuildTile[] result = new BuildTile[n];
        for (int i = 0; i < n; i++) {
            sorted[i].index = i;
            sorted[i].round = round;
            result[i] = sorted[i].tile;
        }
        placed = n;
        if (places.size() > 2 * placed + 64) {
            // Tiles replaced by newer ones, or filtered out.
            places.values().removeIf(place -> place.round != round);
        }
        return Collections.unmodifiableList(Arrays.asList(result));
    }

    /**
     * The tiles still in their last places ({@code kept}, in order: taking some out leaves the rest in
     * order) with the newcomers put among them. A handful of newcomers are sorted and each found its place
     * by binary search: a few dozen comparisons instead of the one a tile TimSort's run check makes. Many
     * (a new filter) go to TimSort with the rest.
     */
    private static int mergeInto(Place[] out, Place[] kept, int keptCount, List<Place> newcomers, Comparator<Place> comparator) {
        if (newcomers.size() * 8 > keptCount) {
            System.arraycopy(kept, 0, out, 0, keptCount);
            int n = keptCount;
            for (Place place : newcomers) {
                out[n++] = place;
            }
            Arrays.sort(out, 0, n, comparator);
            return n;
        }
        newcomers.sort(comparator);
        int n = 0;
        int from = 0;
        for (Place place : newcomers) {
            int at = firstAfter(kept, from, keptCount, place, comparator);
            System.arraycopy(kept, from, out, n, at - from);
            n += at - from;
            from = at;
            out[n++] = place;
        }
        System.arraycopy(kept, from, out, n, keptCount - from);
        return n + keptCount - from;
    }

    /** The first index in {@code sorted[from, to)} whose place comes after {@code place}. */
    private static int firstAfter(Place[] sorted, int from, int to, Place place, Comparator<Place> comparator) {
        int low = from;
        int high = to;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (comparator.compare(sorted[middle], place) < 0) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    private Place placeOf(BuildTile tile) {
        return places.computeIfAbsent(tile, Place::new);
    }

    private static Comparator<Place> comparator(TileSort by) {
        return switch (by) {
            case FAILING_FIRST -> FAILING_FIRST;
            case MOST_RECENT -> MOST_RECENT;
            case NAME -> BY_KEY;
        };
    }

    /** Later activity first, as {@code Comparator.reverseOrder()} on the instants. */
    private static int newerFirst(Place a, Place b) {
        if (a.activitySeconds != b.activitySeconds) {
            return Long.compare(b.activitySeconds, a.activitySeconds);
        }
        return Integer.compare(b.activityNanos, a.activityNanos);
    }
}
