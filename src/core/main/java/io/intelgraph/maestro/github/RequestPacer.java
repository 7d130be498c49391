package io.intelgraph.maestro.github;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Keeps one client under GitHub's secondary limits, for every request it sends: points per minute
 * on each endpoint (see {@link RestRoute}) and requests open at once. Background work (polling,
 * evidence reads) may use a smaller share of each than what a person does (detail views, re-runs),
 * so a click always finds room. A request over its share waits for room up to
 * {@link Policy#maxWait()}; past that it is refused here, with when room returns, and never reaches
 * GitHub: being refused by GitHub can block the token for a while.
 */
public final class RequestPacer {

    /** Whose request: a person's, or the HUD's own background work. */
    public enum Lane {
        INTERACTIVE, BACKGROUND
    }

    /**
     * @param pointsPerMinute      GitHub's limit per endpoint (900)
     * @param backgroundShare      the share of it background work may use
     * @param interactiveShare     the share anything may use: the margin left below GitHub's limit
     * @param concurrent           requests open at once, in all
     * @param backgroundConcurrent of which background work may hold this many
     * @param maxWait              how long a request waits for room before it is refused
     */
    public record Policy(int pointsPerMinute, double backgroundShare, double interactiveShare, int concurrent,
            int backgroundConcurrent, Duration maxWait) {

        public Policy {
            if (pointsPerMinute < 1 || backgroundShare <= 0 || backgroundShare > interactiveShare || interactiveShare > 1
                    || concurrent < 1 || backgroundConcurrent < 1 || backgroundConcurrent > concurrent) {
                throw new IllegalArgumentException("need 0 < backgroundShare <= interactiveShare <= 1 and "
                        + "1 <= backgroundConcurrent <= concurrent");
            }
        }

        /**
         * GitHub's 900 points a minute per endpoint: background work up to 70 % of it, anything up to
         * 90 %; 8 requests open at once (GitHub allows 100), 6 of them for background work.
         */
        public static Policy github() {
            return new Policy(900, 0.7, 0.9, 8, 6, Duration.ofSeconds(5));
        }

        /** No pacing at all: how the HUD sent requests before it knew of secondary limits (for comparisons). */
        public static Policy unpaced() {
            return new Policy(Integer.MAX_VALUE, 1, 1, Integer.MAX_VALUE, Integer.MAX_VALUE, Duration.ZERO);
        }

        /** The points a minute one endpoint may take from {@code lane}. */
        public int allowance(Lane lane) {
            double share = lane == Lane.BACKGROUND ? backgroundShare : interactiveShare;
            return pointsPerMinute == Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) Math.floor(pointsPerMinute * share);
        }
    }

    /** Room taken by a request until it is answered; closing it gives the connection slot back. */
    public interface Permit extends AutoCloseable {
        @Override
        void close();
    }

    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final Policy policy;
    private final Clock clock;
    private final Semaphore open;
    private final Semaphore openInBackground;
    private final Map<String, Deque<Spent>> spent = new HashMap<>();

    private record Spent(Instant at, int points) {
    }

    public RequestPacer(Policy policy, Clock clock) {
        this.policy = policy;
        this.clock = clock;
        this.open = new Semaphore(Math.min(policy.concurrent(), Integer.MAX_VALUE / 2), true);
        this.openInBackground = new Semaphore(Math.min(policy.backgroundConcurrent(), Integer.MAX_VALUE / 2), true);
    }

    public Policy policy() {
        return policy;
    }

    /**
     * Takes room for one request of {@code points} to {@code endpoint}, waiting for it if need be.
     *
     * @throws GitHubException RATE_LIMITED when there is no room within {@link Policy#maxWait()},
     *                         with when there will be
     */
    public Permit admit(String endpoint, int points, Lane lane) throws GitHubException {
        long deadline = System.nanoTime() + policy.maxWait().toNanos();
        Semaphore laneSlots = lane == Lane.BACKGROUND ? openInBackground : null;
        acquire(laneSlots, deadline, endpoint);
        try {
            acquire(open, deadline, endpoint);
        } catch (GitHubException e) {
            release(laneSlots);
            throw e;
        }
        try {
            spend(endpoint, points, lane, deadline);
        } catch (GitHubException e) {
            open.release();
            release(laneSlots);
            throw e;
        }
        return () -> {
            open.release();
            release(laneSlots);
        };
    }

    private void acquire(Semaphore slots, long deadline, String endpoint) throws GitHubException {
        if (slots == null) {
            return;
        }
        try {
            if (!slots.tryAcquire(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                throw new GitHubException(GitHubException.Kind.RATE_LIMITED, "Held back " + endpoint + ": "
                        + (slots == open ? policy.concurrent() : policy.backgroundConcurrent())
                        + " requests to GitHub are already open, and GitHub refuses a client that opens too many at once.",
                        clock.instant().plusSeconds(1), null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GitHubException(GitHubException.Kind.UNREACHABLE, "Interrupted while waiting to send " + endpoint,
                    null, e);
        }
    }

    private static void release(Semaphore slots) {
        if (slots != null) {
            slots.release();
        }
    }

    /** Records the points once the endpoint's minute has room for them. */
    private void spend(String endpoint, int points, Lane lane, long deadline) throws GitHubException {
        int allowance = policy.allowance(lane);
        while (true) {
            Instant now = clock.instant();
            Instant roomAt;
            synchronized (this) {
                Deque<Spent> window = window(endpoint, now);
                int used = window.stream().mapToInt(Spent::points).sum();
                if (used + points <= allowance) {
                    window.addLast(new Spent(now, points));
                    return;
                }
                roomAt = roomAt(window, used + points - allowance);
            }
            long waitNanos = Math.min(Duration.between(now, roomAt).toNanos(), deadline - System.nanoTime());
            if (waitNanos <= 0) {
                throw new GitHubException(GitHubException.Kind.RATE_LIMITED, "Held back " + endpoint
                        + " to stay under GitHub's secondary limit of " + policy.pointsPerMinute()
                        + " points a minute on it (" + (lane == Lane.BACKGROUND ? "background work may use "
                        : "this HUD uses at most ") + allowance + "); room again at "
                        + DateTimeFormatter.ofPattern("HH:mm:ss 'UTC'").format(roomAt.atZone(ZoneOffset.UTC)), roomAt, null);
            }
            try {
                TimeUnit.NANOSECONDS.sleep(Math.min(waitNanos, Duration.ofMillis(250).toNanos()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new GitHubException(GitHubException.Kind.UNREACHABLE, "Interrupted while waiting to send " + endpoint,
                        null, e);
            }
        }
    }

    /** When enough of the window's points have left it to free {@code needed} points. */
    private static Instant roomAt(Deque<Spent> window, int needed) {
        int freed = 0;
        for (Spent s : window) {
            freed += s.points();
            if (freed >= needed) {
                return s.at().plus(WINDOW);
            }
        }
        return window.isEmpty() ? Instant.MIN : window.peekLast().at().plus(WINDOW);
    }

    private Deque<Spent> window(String endpoint, Instant now) {
        Deque<Spent> window = spent.computeIfAbsent(endpoint, k -> new ArrayDeque<>());
        Instant cutoff = now.minus(WINDOW);
        while (!window.isEmpty() && !window.peekFirst().at().isAfter(cutoff)) {
            window.removeFirst();
        }
        return window;
    }

    /** The points spent on each endpoint in the last minute. */
    public synchronized Map<String, Integer> pointsLastMinute() {
        Instant now = clock.instant();
        Map<String, Integer> out = new TreeMap<>();
        for (String endpoint : spent.keySet()) {
            int used = window(endpoint, now).stream().mapToInt(Spent::points).sum();
            if (used > 0) {
                out.put(endpoint, used);
            }
        }
        return out;
    }
}
