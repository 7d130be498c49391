package io.intelgraph.maestro.github;

import com.fasterxml.jackson.databind.JsonNode;
import io.intelgraph.maestro.model.repo.RateLimit;

import java.net.URI;
import java.util.Optional;

/**
 * One GitHub response: the JSON body (served from the ETag cache when {@code notModified}), the
 * next page and the rate-limit headers.
 */
record GitHubResponse(URI uri, JsonNode body, boolean notModified, Optional<URI> next,
        Optional<RateLimit> rateLimit) {
}
