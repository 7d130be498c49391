package io.intelgraph.maestro.github;

import java.time.Duration;
import java.util.random.RandomGenerator;

/** Exponential backoff with jitter for a source that keeps failing; reset on success. */
final class Backoff {

    private final Duration base;
    private final Duration max;
    private final RandomGenerator random;
    private int failures;

    Backoff(Duration base, Duration max, RandomGenerator random) {
        this.base = base;
        this.max = max;
        this.random = random;
    }

    /** The wait after one more failure: base·2ⁿ capped at max, then jittered to 50–100 % of it. */
    Duration nextDelay() {
        long ceiling = Math.min(max.toMillis(), base.toMillis() << Math.min(failures, 20));
        failures++;
        long jittered = ceiling / 2 + (long) (random.nextDouble() * (ceiling / 2.0));
        return Duration.ofMillis(Math.max(1, jittered));
    }

    /** Adds jitter to a wait the server asked for, so many HUDs do not all return at the same second. */
    Duration jitter(Duration wait) {
        return wait.plusMillis((long) (random.nextDouble() * 2000));
    }

    void reset() {
        failures = 0;
    }
}
