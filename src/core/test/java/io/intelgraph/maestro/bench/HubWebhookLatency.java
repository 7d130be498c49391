package io.intelgraph.maestro.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.intelgraph.maestro.github.WebhookSignature;
import io.intelgraph.maestro.hub.Backoff;
import io.intelgraph.maestro.hub.FollowedClock;
import io.intelgraph.maestro.hub.Hub;
import io.intelgraph.maestro.hub.HubSource;
import io.intelgraph.maestro.hub.HubToken;
import io.intelgraph.maestro.store.BuildPlane;
import io.intelgraph.maestro.store.BuildTile;
import io.intelgraph.maestro.store.SourceHealth;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * End to end, webhook to a display's store: a signed {@code workflow_run} delivery (octokit's example,
 * with a new run id, number and time each) is POSTed to the hub, which applies it and sends the delta
 * to a HUD-side {@link HubSource}; the time runs from just before the POST to the display's store
 * holding the run as its tile's headline (the window paints it at its next pulse, within 16.7 ms).
 * Hub, display and sender share this JVM and loopback, as a hub and a wall display on one host would.
 *
 * <pre>
 * ./mvnw -q -pl src/core -am test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *   -Dexec.args="-cp %classpath io.intelgraph.maestro.bench.HubWebhookLatency 1000 20"
 * </pre>
 * Arguments: deliveries (default 1,000) and deliveries a second (default 20); the first 50 warm up.
 */
public final class HubWebhookLatency {

    private static final String SECRET = "bench-webhook-secret";
    private static final int WARM_UP = 50;

    private HubWebhookLatency() {
    }

    public static void main(String[] args) throws Exception {
        int deliveries = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int perSecond = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        ObjectMapper json = new ObjectMapper();
        ObjectNode example;
        // From the classpath: the benchmark runs from the module's directory, the tests from the repository's.
        try (InputStream octokit = HubWebhookLatency.class.getResourceAsStream("/github/webhooks/workflow_run.completed.payload.json")) {
            example = (ObjectNode) json.readTree(octokit);
        }
        WebhookSignature signature = new WebhookSignature(SECRET);
        BuildPlane hubPlane = new BuildPlane(Clock.systemUTC(), SourceHealth.connecting("bench", false));
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        BuildPlane display = new BuildPlane(new FollowedClock(Clock.systemUTC()), Clock.systemUTC(),
                SourceHealth.connecting("hub", false));
        Map<Long, Long> sentAt = new ConcurrentHashMap<>();
        LatencyHistogram latency = new LatencyHistogram();
        long[] worst = {0};
        display.subscribe("bench", snapshot -> {
            long now = System.nanoTime();
            for (BuildTile tile : snapshot.tiles()) {
                Long sent = sentAt.remove(tile.headline().id());
                if (sent != null && tile.headline().id() % 1_000_000 >= WARM_UP) {
                    latency.record(now - sent);
                    synchronized (worst) {
                        worst[0] = Math.max(worst[0], now - sent);
                    }
                }
            }
        });
        try (Hub hub = Hub.start(Hub.Settings.loopback(0).withSecrets(Optional.of(signature), HubToken.none()), hubPlane,
                Hub.Sources.none(), Clock.systemUTC());
                HubSource source = new HubSource(HubSource.feedUri(URI.create(hub.server().baseUrl())), Optional.empty(),
                        display, scheduler, Backoff.standard(new SecureRandom()), Clock.systemUTC()).start()) {
            while (!source.received()) {
                Thread.sleep(10);
            }
            HttpClient http = HttpClient.newHttpClient();
            URI webhooks = URI.create(hub.server().baseUrl() + "/webhooks/github");
            long interval = TimeUnit.SECONDS.toNanos(1) / perSecond;
            long next = System.nanoTime();
            int refused = 0;
            for (int i = 0; i < deliveries; i++) {
                long runId = 900_000_000L + i;
                ObjectNode payload = example.deepCopy();
                ObjectNode run = (ObjectNode) payload.get("workflow_run");
                String at = Instant.now().toString();
                run.put("id", runId).put("run_number", 1000 + i).put("created_at", at).put("updated_at", at)
                        .put("run_started_at", at).put("head_branch", "bench-" + (i % 40));
                byte[] body = json.writeValueAsBytes(payload);
                while (System.nanoTime() < next) {
                    Thread.onSpinWait();
                }
                next += interval;
                sentAt.put(runId, System.nanoTime());
                HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(webhooks)
                        .header("X-GitHub-Event", "workflow_run").header("X-GitHub-Delivery", "bench-" + i)
                        .header("X-Hub-Signature-256", signature.sign(body)).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.discarding());
                if (answer.statusCode() != 200) {
                    refused++;
                }
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (!sentAt.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            System.out.printf("Webhook POST → hub → HUD store, %d deliveries at %d/s (first %d warm up); load %s%n",
                    deliveries, perSecond, WARM_UP, loadAverage());
            System.out.printf("  p50 %.1f ms · p99 %.1f ms · max %.1f ms · not arrived %d · refused %d  (goal: p99 < 100 ms)%n",
                    latency.percentileMillis(0.5), latency.percentileMillis(0.99), worst[0] / 1e6, sentAt.size(), refused);
        } finally {
            scheduler.shutdownNow();
            display.close();
            hubPlane.close();
        }
    }

    /** The load average, as /proc says it (where there is one). */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
