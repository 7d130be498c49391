package io.intelgraph.maestro.sim;

import io.intelgraph.maestro.github.RestRoute;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * GitHub's secondary rate limits as the simulator enforces them, per client (a token, or the
 * anonymous caller): points per minute on each REST endpoint and concurrent requests. A GET, HEAD
 * or OPTIONS is one point and any other method five, whatever the answer (a free 304 too); an
 * endpoint is the route, so {@code GET /repos/a/x/actions/runs} and {@code GET /repos/b/y/actions/runs}
 * share one budget. Over a limit, the client is refused on that endpoint (or everywhere, for
 * concurrency) for {@link Limits#block()} with 403, {@code Retry-After} and GitHub's message.
 * SOURCE: docs.github.com, "Rate limits for the REST API", About secondary rate limits and
 * Calculating points for the secondary rate limit (100 concurrent requests; 900 points per minute
 * for REST API endpoints; GET 1 point, POST/PATCH/PUT/DELETE 5); the message text and
 * documentation_url are those GitHub's API answers with.
 */
public final class SimSecondaryLimits {

    /** GitHub's answer body when a secondary limit is exceeded. */
    static final String MESSAGE = "You have exceeded a secondary rate limit. Please wait a few minutes before you try again.";
    static final String DOCUMENTATION_URL =
            "https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits";
    private static final Duration WINDOW = Duration.ofMinutes(1);

    /**
     * @param pointsPerMinute the points one client may spend on one endpoint in any minute
     * @param concurrent      how many requests one client may have open at once
     * @param block           how long a client over a limit is refused (sent as {@code Retry-After})
     */
    public record Limits(int pointsPerMinute, int concurrent, Duration block) {
        /** As GitHub documents them; GitHub asks to wait at least a minute. */
        public static final Limits GITHUB = new Limits(900, 100, Duration.ofMinutes(1));
        /** No secondary limits: for a test that measures something else under a burst. */
        public static final Limits OFF = new Limits(Integer.MAX_VALUE, Integer.MAX_VALUE, Duration.ZERO);

        public Limits {
            if (pointsPerMinute < 1 || concurrent < 1 || block.isNegative()) {
                throw new IllegalArgumentException("limits must be positive");
            }
        }
    }

    /** Why a request was refused, and for how long. */
    record Refusal(String endpoint, String reason, Duration retryAfter) {
    }

    /** Peak use of one endpoint: the most points any client spent on it within a minute, and refusals. */
    public record EndpointPeak(int pointsPerMinute, long refused) {
    }

    private final Limits limits;
    private final Map<String, Client> clients = new HashMap<>();
    private final Map<String, EndpointPeak> peaks = new TreeMap<>();

    public SimSecondaryLimits(Limits limits) {
        this.limits = limits;
    }

    public Limits limits() {
        return limits;
    }

    /** One client's minute of points per endpoint, its open requests, and when its refusals end. */
    private static final class Client {
        final Map<String, Deque<Spent>> spent = new HashMap<>();
        final Map<String, Instant> blockedUntil = new HashMap<>();
        Instant allBlockedUntil = Instant.MIN;
        int open;
    }

    private record Spent(Instant at, int points) {
    }

    /**
     * Admits a request of {@code client} or says why not. An admitted request is open until
     * {@link #finished}; a refused one spends nothing and is not open.
     */
    synchronized Optional<Refusal> admit(String client, String method, String path, Instant now) {
        Client c = clients.computeIfAbsent(client, k -> new Client());
        String endpoint = RestRoute.of(method, path);
        Instant blocked = later(c.allBlockedUntil, c.blockedUntil.getOrDefault(endpoint, Instant.MIN));
        if (now.isBefore(blocked)) {
            return Optional.of(refuse(endpoint, "still blocked", Duration.between(now, blocked)));
        }
        if (c.open >= limits.concurrent()) {
            c.allBlockedUntil = now.plus(limits.block());
            return Optional.of(refuse(endpoint, "more than " + limits.concurrent() + " concurrent requests",
                    limits.block()));
        }
        Deque<Spent> window = c.spent.computeIfAbsent(endpoint, k -> new ArrayDeque<>());
        while (!window.isEmpty() && !window.peekFirst().at().isAfter(now.minus(WINDOW))) {
            window.removeFirst();
        }
        int used = window.stream().mapToInt(Spent::points).sum();
        int points = RestRoute.points(method);
        if (used + points > limits.pointsPerMinute()) {
            c.blockedUntil.put(endpoint, now.plus(limits.block()));
            return Optional.of(refuse(endpoint, "more than " + limits.pointsPerMinute() + " points a minute on "
                    + endpoint, limits.block()));
        }
        window.addLast(new Spent(now, points));
        c.open++;
        peaks.merge(endpoint, new EndpointPeak(used + points, 0),
                (a, b) -> new EndpointPeak(Math.max(a.pointsPerMinute(), b.pointsPerMinute()), a.refused()));
        return Optional.empty();
    }

    /** An admitted request of {@code client} has been answered. */
    synchronized void finished(String client) {
        Client c = clients.get(client);
        if (c != null && c.open > 0) {
            c.open--;
        }
    }

    private Refusal refuse(String endpoint, String reason, Duration retryAfter) {
        peaks.merge(endpoint, new EndpointPeak(0, 1),
                (a, b) -> new EndpointPeak(a.pointsPerMinute(), a.refused() + 1));
        return new Refusal(endpoint, reason, retryAfter);
    }

    /** Per endpoint, the most points a client spent on it within a minute so far, and how many requests were refused. */
    public synchronized Map<String, EndpointPeak> peaks() {
        return Map.copyOf(peaks);
    }

    /** Requests refused so far, on every endpoint. */
    public synchronized long refused() {
        return peaks.values().stream().mapToLong(EndpointPeak::refused).sum();
    }

    /** Forgets what was spent and refused (a benchmark's second run on the same server). */
    public synchronized void reset() {
        clients.clear();
        peaks.clear();
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
