package io.intelgraph.maestro.hub;

/**
 * What this hub is to its displays: the only one, the leader of two or more (it polls GitHub, runs
 * the engines and serves the feed), a standby waiting for the lease, or a leader that lost it. A hub
 * that {@linkplain #serves() serves} is ready; a standby is ready only where the leader publishes
 * itself as the Service's one endpoint ({@link LeaderEndpoint}): otherwise its readiness is what
 * keeps the Service from sending displays and GitHub's deliveries to it.
 */
public sealed interface HubRole {

    /** No election (a single hub, or outside a cluster): always serving. */
    HubRole SOLE = new Sole();

    record Sole() implements HubRole {
    }

    record Leader(String identity) implements HubRole {
    }

    /**
     * @param leader who holds the lease, empty while not known yet
     * @param ready  whether it answers ready: yes where traffic is routed by the leader's endpoint, not by readiness
     */
    record Standby(String identity, String leader, boolean ready) implements HubRole {

        /** Not ready: readiness keeps traffic away from it. */
        public Standby(String identity, String leader) {
            this(identity, leader, false);
        }
    }

    /** Held the lease and lost it: its sources are stopped, and it serves nothing as live. */
    record Deposed(String identity, String why) implements HubRole {
    }

    default boolean serves() {
        return this instanceof Sole || this instanceof Leader;
    }

    /** What {@code /ready} answers: a hub that serves, or a standby that is {@linkplain Standby#ready() ready}. */
    default boolean ready() {
        return serves();
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
