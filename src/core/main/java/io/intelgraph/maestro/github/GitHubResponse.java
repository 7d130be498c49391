package io.intelgraph.maestro.github;

import com.fasterxml.jackson.databind.JsonNode;
import io.intelgraph.maestro.model.repo.RateLimit;

import java.net.URI;
import java.time.Instant;
import java.util.Optional;

/**
 * One GitHub response: the JSON body (served from the ETag cache when {@code notModified}), the
 * next page, the rate-limit headers and the server's clock.
 */
record GitHubResponse(URI uri, JsonNode body, boolean notModified, Optional<URI> next,
        Optional<RateLimit> rateLimit, Optional<Instant> serverDate) {
}
