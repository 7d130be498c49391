package io.intelgraph.maestro.hub;

/**
 * What this hub is to its displays: the only one, the leader of two or more (it polls GitHub, runs
 * the engines and serves the feed), a standby waiting for the lease, or a leader that lost it. Only
 * a hub that {@linkplain #serves() serves} is ready: the Service sends the displays and GitHub's
 * deliveries to it alone.
 */
public sealed interface HubRole {

    /** No election (a single hub, or outside a cluster): always serving. */
    HubRole SOLE = new Sole();

    record Sole() implements HubRole {
    }

    record Leader(String identity) implements HubRole {
    }

    /** @param leader who holds the lease, empty while not known yet */
    record Standby(String identity, String leader) implements HubRole {
    }

    /** Held the lease and lost it: its sources are stopped, and it serves nothing as live. */
    record Deposed(String identity, String why) implements HubRole {
    }

    default boolean serves() {
        return this instanceof Sole || this instanceof Leader;
    }

    /** {@code sole}, {@code leader}, {@code standby}, {@code deposed}. */
    default String word() {
        return switch (this) {
            case Sole s -> "sole";
            case Leader l -> "leader";
            case Standby s -> "standby";
            case Deposed d -> "deposed";
        };
    }

    /** Why this hub does not serve, in a sentence; empty when it does. */
    default String whyNotServing() {
        return switch (this) {
            case Sole s -> "";
            case Leader l -> "";
            case Standby s -> "this hub (" + s.identity() + ") is the standby"
                    + (s.leader().isEmpty() ? "; no leader is known yet" : "; " + s.leader() + " leads and serves the feed");
            case Deposed d -> "this hub (" + d.identity() + ") lost the lease: " + d.why();
        };
    }
}
