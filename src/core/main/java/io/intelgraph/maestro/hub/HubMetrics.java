package io.intelgraph.maestro.hub;

import io.intelgraph.maestro.github.GitHubTraffic;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * The hub's counters, for {@code GET /metrics}. Label values come from closed sets only (event
 * names the hub knows, outcomes, status codes), so nobody can grow the page by sending odd headers.
 */
public final class HubMetrics {

    /** How a webhook delivery ended. */
    public enum DeliveryOutcome {
        APPLIED, IGNORED, PING, DUPLICATE, UNAUTHORIZED, MALFORMED, TOO_LARGE, REFUSED, FAILED;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Why the hub closed a client. */
    public enum DropReason {
        SLOW, NO_PONG, GARBAGE, SHUTDOWN;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The event names counted by name; any other is counted as "other". */
    static final Set<String> KNOWN_EVENTS = Set.of("workflow_run", "workflow_job", "pull_request", "push", "check_run",
            "check_suite", "deployment_status", "deployment", "release", "code_scanning_alert", "ping", "k8s", "security");

    private final LongAdder connections = new LongAdder();
    private final LongAdder framesSent = new LongAdder();
    private final LongAdder bytesSent = new LongAdder();
    private final LongAdder overflows = new LongAdder();
    private final AtomicLong snapshotVersion = new AtomicLong();
    private final AtomicLong seq = new AtomicLong();
    private final Map<String, LongAdder> deliveries = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> drops = new ConcurrentHashMap<>();
    private final Map<Integer, LongAdder> responses = new ConcurrentHashMap<>();

    public void connected() {
        connections.increment();
    }

    public void sent(Frame frame) {
        framesSent.increment();
        bytesSent.add(frame.size());
    }

    public void overflowed() {
        overflows.increment();
    }

    public void dropped(DropReason reason) {
        drops.computeIfAbsent(reason.label(), k -> new LongAdder()).increment();
    }

    public void delivery(String event, DeliveryOutcome outcome) {
        String name = event != null && KNOWN_EVENTS.contains(event) ? event : "other";
        deliveries.computeIfAbsent(name + "\u0000" + outcome.label(), k -> new LongAdder()).increment();
    }

    public void answered(int status) {
        responses.computeIfAbsent(status, k -> new LongAdder()).increment();
    }

    public void snapshotVersion(long version) {
        snapshotVersion.set(version);
    }

    public void seq(long value) {
        seq.set(value);
    }

    public long framesSent() {
        return framesSent.sum();
    }

    public long overflows() {
        return overflows.sum();
    }

    public long deliveries(String event, DeliveryOutcome outcome) {
        LongAdder count = deliveries.get(event + "\u0000" + outcome.label());
        return count == null ? 0 : count.sum();
    }

    public long drops(DropReason reason) {
        LongAdder count = drops.get(reason.label());
        return count == null ? 0 : count.sum();
    }

    /** What the page shows besides the counters, read when it is asked for. */
    public record Gauges(int clients, int longestQueue, long uptimeSeconds, GitHubTraffic github,
            Integer rateLimitRemaining, Integer rateLimitLimit) {
    }

    /** The Prometheus text exposition format (version 0.0.4). */
    public String render(Gauges gauges) {
        PrometheusText out = new PrometheusText();
        out.gauge("maestro_hub_clients", "WebSocket clients connected now.", gauges.clients());
        out.gauge("maestro_hub_client_queue_longest", "Frames queued for the client furthest behind.", gauges.longestQueue());
        out.counter("maestro_hub_connections_total", "WebSocket clients that connected since the hub started.",
                connections.sum());
        out.counter("maestro_hub_frames_sent_total", "Feed frames written to clients.", framesSent.sum());
        out.counter("maestro_hub_bytes_sent_total", "Bytes of feed frames written to clients.", bytesSent.sum());
        out.counter("maestro_hub_client_overflows_total",
                "Times a slow client's queue overflowed and it was sent a fresh snapshot instead of its backlog.",
                overflows.sum());
        out.header("maestro_hub_clients_dropped_total", "Clients the hub disconnected, by reason.", "counter");
        new TreeMap<>(drops).forEach((reason, n) -> out.sample("maestro_hub_clients_dropped_total",
                Map.of("reason", reason), n.sum()));
        out.header("maestro_hub_webhook_deliveries_total", "Webhook deliveries by event and outcome.", "counter");
        new TreeMap<>(deliveries).forEach((key, n) -> {
            String[] parts = key.split("\u0000", 2);
            out.sample("maestro_hub_webhook_deliveries_total", new TreeMap<>(Map.of("event", parts[0], "outcome", parts[1])),
                    n.sum());
        });
        out.header("maestro_hub_http_responses_total", "HTTP answers by status code.", "counter");
        new TreeMap<>(responses).forEach((status, n) -> out.sample("maestro_hub_http_responses_total",
                Map.of("code", Integer.toString(status)), n.sum()));
        GitHubTraffic github = gauges.github();
        long sent = github.total().sent();
        out.counter("maestro_github_requests_total", "Requests sent to GitHub's REST API.", sent);
        out.counter("maestro_github_not_modified_total", "GitHub answers that were 304 Not Modified (free).",
                github.total().notModified());
        out.gauge("maestro_github_not_modified_ratio", "Share of GitHub answers that were 304 Not Modified.",
                sent == 0 ? 0 : (double) github.total().notModified() / sent);
        out.header("maestro_github_endpoint_requests_total", "Requests sent to GitHub, by REST endpoint.", "counter");
        github.byEndpoint().forEach((endpoint, counts) -> out.sample("maestro_github_endpoint_requests_total",
                Map.of("endpoint", endpoint), counts.sent()));
        out.header("maestro_github_endpoint_not_modified_total", "GitHub's 304 answers, by REST endpoint.", "counter");
        github.byEndpoint().forEach((endpoint, counts) -> out.sample("maestro_github_endpoint_not_modified_total",
                Map.of("endpoint", endpoint), counts.notModified()));
        out.gauge("maestro_github_secondary_limit_points_per_minute",
                "GitHub's secondary limit: points a minute on each endpoint (a read is one, a change five).",
                github.pointsPerMinute());
        out.header("maestro_github_endpoint_points_last_minute", "Secondary-limit points spent in the last minute, by endpoint.",
                "gauge");
        github.pointsLastMinute().forEach((endpoint, points) -> out.sample("maestro_github_endpoint_points_last_minute",
                Map.of("endpoint", endpoint), points));
        out.header("maestro_github_endpoint_seconds_to_secondary_limit", "At the last minute's rate, seconds of requests an"
                + " endpoint could still take before a minute held the limit (+Inf: idle; 0: at the limit).", "gauge");
        github.byEndpoint().keySet().forEach(endpoint -> out.sample("maestro_github_endpoint_seconds_to_secondary_limit",
                Map.of("endpoint", endpoint), github.secondsToSecondaryLimit(endpoint)));
        if (gauges.rateLimitRemaining() != null) {
            out.gauge("maestro_github_rate_limit_remaining", "GitHub requests left in the current rate-limit window.",
                    gauges.rateLimitRemaining());
            out.gauge("maestro_github_rate_limit_limit", "GitHub requests allowed per rate-limit window.",
                    gauges.rateLimitLimit());
        }
        out.gauge("maestro_hub_snapshot_version", "Version of the newest build-plane snapshot.", snapshotVersion.get());
        out.gauge("maestro_hub_feed_seq", "Sequence number of the newest feed frame.", seq.get());
        out.gauge("maestro_hub_uptime_seconds", "Seconds since the hub started.", gauges.uptimeSeconds());
        return out.toString();
    }
}
