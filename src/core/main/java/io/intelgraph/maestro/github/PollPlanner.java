package io.intelgraph.maestro.github;

import io.intelgraph.maestro.model.repo.RateLimit;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Picks the next poll interval so polling never outruns the rate limit: the remaining budget
 * (less a reserve for detail views and re-runs) is spread over the time until the limit resets.
 * Only charged requests count; 304s are free, so a quiet org is polled at {@code minInterval}.
 */
public record PollPlanner(Duration minInterval, Duration maxInterval, double budgetShare) {

    public PollPlanner {
        if (minInterval.isNegative() || maxInterval.compareTo(minInterval) < 0) {
            throw new IllegalArgumentException("need 0 <= minInterval <= maxInterval");
        }
        if (budgetShare <= 0 || budgetShare > 1) {
            throw new IllegalArgumentException("budgetShare must be in (0, 1]");
        }
    }

    public static PollPlanner defaults() {
        return new PollPlanner(Duration.ofSeconds(10), Duration.ofMinutes(10), 0.8);
    }

    /**
     * @param chargedPerCycle requests of the last cycle that were not 304 (at least one is assumed)
     */
    public Duration next(Optional<RateLimit> rateLimit, long chargedPerCycle, Instant now) {
        if (rateLimit.isEmpty()) {
            return minInterval;
        }
        RateLimit rl = rateLimit.get();
        long secondsToReset = Math.max(1, Duration.between(now, rl.reset()).toSeconds());
        double usable = rl.remaining() * budgetShare;
        if (usable < 1) {
            return clamp(Duration.ofSeconds(secondsToReset + 1));
        }
        double cycles = usable / Math.max(1, chargedPerCycle);
        return clamp(Duration.ofMillis((long) Math.ceil(secondsToReset * 1000.0 / cycles)));
    }

    private Duration clamp(Duration d) {
        if (d.compareTo(minInterval) < 0) {
            return minInterval;
        }
        return d.compareTo(maxInterval) > 0 ? maxInterval : d;
    }
}
