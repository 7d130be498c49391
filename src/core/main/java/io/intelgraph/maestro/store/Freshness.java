package io.intelgraph.maestro.store;

/** How current the HUD's picture of the source is. */
public enum Freshness {
    /** No successful sync yet. */
    CONNECTING,
    /** The latest sync succeeded. */
    LIVE,
    /** The source is unreachable, refused us, or the budget is exhausted: data shown is the last known. */
    STALE
}
