package io.intelgraph.maestro.slo;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Percentiles by the nearest-rank method: the p-th percentile of n sorted values is the value at
 * rank ⌈p/100 × n⌉ (1-based). It is always one of the measured durations, never an interpolation
 * between two builds, and the p95 of fewer than 20 runs is their slowest.
 */
public final class Percentiles {

    private Percentiles() {
    }

    public static Optional<Duration> of(List<Duration> values, int percentile) {
        if (percentile <= 0 || percentile > 100) {
            throw new IllegalArgumentException("a percentile is above 0 and at most 100: " + percentile);
        }
        if (values.isEmpty()) {
            return Optional.empty();
        }
        List<Duration> sorted = values.stream().sorted().toList();
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.size());
        return Optional.of(sorted.get(Math.max(1, rank) - 1));
    }
}
