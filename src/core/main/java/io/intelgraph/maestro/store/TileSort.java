package io.intelgraph.maestro.store;

import java.util.Comparator;

/** The tile orders the filter bar offers. */
public enum TileSort {
    FAILING_FIRST("Failing first", Comparator.comparingInt((BuildTile t) -> t.state().ordinal())
            .thenComparing(BuildTile::lastActivity, Comparator.reverseOrder())),
    MOST_RECENT("Most recent", Comparator.comparing(BuildTile::lastActivity, Comparator.reverseOrder())),
    NAME("Name", Comparator.comparing(BuildTile::key));

    private final String label;
    private final Comparator<BuildTile> order;

    TileSort(String label, Comparator<BuildTile> order) {
        this.label = label;
        this.order = order.thenComparing(BuildTile::key);
    }

    public String label() {
        return label;
    }

    public Comparator<BuildTile> order() {
        return order;
    }
}
