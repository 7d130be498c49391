package io.intelgraph.maestro.hub;

import java.time.Instant;

/**
 * The hub's clock when it sent a frame, and how fast it runs against real time: 1 for a hub on
 * GitHub, the simulator's speed for {@code hub --sim}. A display computes a running build's elapsed
 * time on this clock, not its own, or a simulated hub's builds would read "0m 00s".
 */
public record HubTime(Instant now, double rate) {

    public HubTime {
        if (!(rate >= 0) || Double.isInfinite(rate)) {
            throw new IllegalArgumentException("a clock rate is a finite number ≥ 0, not " + rate);
        }
    }
}
