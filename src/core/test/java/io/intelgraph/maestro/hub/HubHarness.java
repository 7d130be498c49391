package io.intelgraph.maestro.hub;

import io.intelgraph.maestro.github.WebhookSignature;
import io.intelgraph.maestro.model.repo.RepoId;
import io.intelgraph.maestro.store.BuildPlane;
import io.intelgraph.maestro.store.SourceHealth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static io.intelgraph.maestro.testing.Runs.T0;

/** A hub on a free loopback port over a plane of its own, and the HTTP client that talks to it. */
final class HubHarness implements AutoCloseable {

    static final String SECRET = "It's a Secret to Everybody";
    static final String TOKEN = "hub-token-for-the-tests-0123456789";

    final BuildPlane plane;
    final Hub hub;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final List<Optional<Duration>> paceCalls = new ArrayList<>();
    private final List<RepoId> delivered = new ArrayList<>();
    private final List<HubClient> clients = new ArrayList<>();

    HubHarness(BuildPlane plane, Hub.Settings settings, Hub.Sources sources) {
        this.plane = plane;
        try {
            this.hub = Hub.start(settings, plane, new Hub.Sources(sources.teachers(), sources.whyNoTeachers(), pace -> {
                synchronized (paceCalls) {
                    paceCalls.add(pace);
                }
                sources.pollPace().accept(pace);
            }, sources.github(), sources.role(), repo -> {
                synchronized (delivered) {
                    delivered.add(repo);
                }
                sources.deliveries().accept(repo);
            }), Clock.systemUTC());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The repositories the hub told the poller a delivery arrived for, in order. */
    List<RepoId> delivered() {
        synchronized (delivered) {
            return List.copyOf(delivered);
        }
    }

    /** A hub with the test secret and token over an empty plane. */
    static HubHarness withSecrets() {
        return new HubHarness(emptyPlane(), settings(), Hub.Sources.none());
    }

    static Hub.Settings settings() {
        return Hub.Settings.loopback(0).withSecrets(Optional.of(new WebhookSignature(SECRET)), HubToken.of(TOKEN));
    }

    /** An empty plane that hands its snapshots to subscribers on the writer's thread, so a test reads them at once. */
    static BuildPlane emptyPlane() {
        Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
        return new BuildPlane(clock, clock, SourceHealth.connecting("test plane", false), Runnable::run);
    }

    /** An empty plane with the store's own dispatch (a serial executor per subscriber, off the writer's thread). */
    static BuildPlane emptyPlaneDispatching() {
        return new BuildPlane(Clock.fixed(T0, ZoneOffset.UTC), SourceHealth.connecting("test plane", false));
    }

    URI uri(String path) {
        return URI.create(hub.server().baseUrl() + path);
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A signed delivery as GitHub sends it. */
    HttpResponse<String> deliver(String event, String delivery, byte[] body) throws IOException, InterruptedException {
        return deliver(event, delivery, body, new WebhookSignature(SECRET).sign(body));
    }

    HttpResponse<String> deliver(String event, String delivery, byte[] body, String signature)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/webhooks/github"))
                .header("X-GitHub-Event", event).header("X-GitHub-Delivery", delivery)
                .header("Content-Type", "application/json").header("User-Agent", "GitHub-Hookshot/test")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (signature != null) {
            request.header("X-Hub-Signature-256", signature);
        }
        return send(request);
    }

    HubClient client() throws InterruptedException {
        return client(new HubClient.Listener() { });
    }

    HubClient client(HubClient.Listener listener) throws InterruptedException {
        HubClient client = HubClient.connect(URI.create(hub.server().feedUrl()), Optional.empty(), listener,
                Duration.ofSeconds(10));
        clients.add(client);
        return client;
    }

    @Override
    public void close() {
        clients.forEach(HubClient::close);
        hub.close();
    }
}
