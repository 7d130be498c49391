package io.intelgraph.maestro.model.repo;

import java.time.Instant;

/** GitHub's {@code x-ratelimit-*} headers of the latest response. */
public record RateLimit(int limit, int remaining, int used, Instant reset, String resource) {

    public boolean exhausted() {
        return remaining <= 0;
    }
}
