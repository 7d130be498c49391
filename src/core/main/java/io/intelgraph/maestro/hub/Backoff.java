package io.intelgraph.maestro.hub;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Jittered exponential backoff ("full jitter"): the n-th retry waits a random time between half
 * and all of {@code min(max, first × 2ⁿ)}, so displays that lost the same hub do not all come back
 * at the same instant.
 */
public record Backoff(Duration first, Duration max, RandomGenerator random) {

    public static Backoff standard(RandomGenerator random) {
        return new Backoff(Duration.ofMillis(500), Duration.ofSeconds(30), random);
    }

    /** The wait before retry number {@code attempt} (0 for the first retry). */
    public Duration delay(int attempt) {
        long ceiling = first.toMillis() << Math.min(attempt, 20);
        long capped = Math.min(max.toMillis(), ceiling);
        long half = capped / 2;
        return Duration.ofMillis(half + (half == 0 ? 0 : random.nextLong(half + 1)));
    }
}
