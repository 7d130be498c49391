package io.intelgraph.maestro.sim;

import java.util.Map;

/**
 * A failure the simulator serves instead of the real answer, for the next {@code times} requests
 * whose path starts with {@code pathPrefix}: how tests (and demos) show 401s, rate limits,
 * malformed JSON and outages through the same code path as production.
 */
public record SimFault(String pathPrefix, int status, Map<String, String> headers, String body, int times) {

    public static SimFault status(String pathPrefix, int status, String message, int times) {
        return new SimFault(pathPrefix, status, Map.of(), "{\"message\":\"" + message + "\"}", times);
    }

    public static SimFault secondaryRateLimit(String pathPrefix, int retryAfterSeconds, int times) {
        return new SimFault(pathPrefix, 403, Map.of("Retry-After", Integer.toString(retryAfterSeconds)),
                "{\"message\":\"You have exceeded a secondary rate limit. Please wait a few minutes before you try again.\"}",
                times);
    }

    public static SimFault malformedJson(String pathPrefix, int times) {
        return new SimFault(pathPrefix, 200, Map.of("Content-Type", "application/json"), "{\"total_count\": 3, \"workflow_runs\": [", times);
    }
}
