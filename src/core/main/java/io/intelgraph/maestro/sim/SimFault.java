package io.intelgraph.maestro.sim;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

/**
 * A failure the simulator serves instead of the real answer, for the next {@code times} requests
 * whose path starts with {@code pathPrefix}: how tests, soaks and demos show 401s, rate limits,
 * malformed JSON, outages and hostile servers through the same code path as production.
 *
 * @param status  the status of a {@link Delivery.Whole} answer (and of a stalled or huge one)
 * @param headers added to the answer (replacing the simulator's own header of that name)
 * @param body    the body of a {@link Delivery.Whole} answer
 */
public record SimFault(String pathPrefix, int status, Map<String, String> headers, String body, int times,
        Delivery delivery) {

    /** How the faulty answer is delivered. */
    public sealed interface Delivery {
        /** Status, headers and body, all at once. */
        record Whole() implements Delivery {
        }

        /** The real answer, with the fault's headers added (a hostile {@code Link}, say). */
        record RealAnswer() implements Delivery {
        }

        /** Status and headers, a first byte of the body ({@code [}), then nothing for {@code stall}; then the body ends there, truncated. */
        record StalledBody(Duration stall) implements Delivery {
        }

        /** Status and headers, then {@code bytes} bytes of a valid JSON array, streamed without a length. */
        record HugeBody(long bytes) implements Delivery {
        }

        /** The connection is closed before any answer. */
        record ConnectionReset() implements Delivery {
        }
    }

    public SimFault {
        headers = Map.copyOf(headers);
    }

    /** A whole answer: {@code status}, {@code headers} and {@code body}. */
    public SimFault(String pathPrefix, int status, Map<String, String> headers, String body, int times) {
        this(pathPrefix, status, headers, body, times, new Delivery.Whole());
    }

    /** The same fault, for one request fewer. */
    SimFault once() {
        return new SimFault(pathPrefix, status, headers, body, times - 1, delivery);
    }

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

    /** 200 and its headers at once, then the body stalls for {@code stall} (a hung proxy, a stuck backend). */
    public static SimFault stalledBody(String pathPrefix, Duration stall, int times) {
        return new SimFault(pathPrefix, 200, Map.of("Content-Type", "application/json"), "", times,
                new Delivery.StalledBody(stall));
    }

    /** 200 with a JSON array body of {@code bytes} bytes, streamed (chunked, no length announced). */
    public static SimFault hugeBody(String pathPrefix, long bytes, int times) {
        return new SimFault(pathPrefix, 200, Map.of("Content-Type", "application/json"), "", times,
                new Delivery.HugeBody(bytes));
    }

    /** The server closes the connection without answering. */
    public static SimFault connectionReset(String pathPrefix, int times) {
        return new SimFault(pathPrefix, 0, Map.of(), "", times, new Delivery.ConnectionReset());
    }

    /** The real answer, but its {@code Link} header sends the next page to {@code next} (another origin, say). */
    public static SimFault foreignNextLink(String pathPrefix, URI next, int times) {
        return new SimFault(pathPrefix, 200, Map.of("Link", "<" + next + ">; rel=\"next\""), "", times,
                new Delivery.RealAnswer());
    }
}
