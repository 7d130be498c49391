package io.intelgraph.maestro.store;

import io.intelgraph.maestro.model.repo.RateLimit;

import java.time.Instant;
import java.util.Optional;

/**
 * The state of the data source as the status bar shows it.
 *
 * @param sourceName e.g. "github.com" or "SIMULATED build plane"
 * @param simulated true when the data is made up by the embedded simulator
 * @param message what went wrong, in words, when not live (empty otherwise)
 * @param lastSuccess the end of the latest successful sync, null before the first
 * @param retryAt when a rate-limited or failed source is tried again, null when not waiting
 */
public record SourceHealth(String sourceName, boolean simulated, Freshness freshness, String message,
        Instant lastSuccess, Optional<RateLimit> rateLimit, Instant retryAt, long pollIntervalSeconds) {

    public static SourceHealth connecting(String sourceName, boolean simulated) {
        return new SourceHealth(sourceName, simulated, Freshness.CONNECTING, "", null, Optional.empty(), null, 0);
    }
}
