package io.intelgraph.maestro.slo;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** p50 and p95 of some durations, and how many there were. */
public record Stats(int count, Optional<Duration> p50, Optional<Duration> p95) {

    public static final Stats NONE = new Stats(0, Optional.empty(), Optional.empty());

    public static Stats of(List<Duration> durations) {
        return new Stats(durations.size(), Percentiles.of(durations, 50), Percentiles.of(durations, 95));
    }
}
