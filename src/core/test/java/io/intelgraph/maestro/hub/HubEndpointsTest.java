package io.intelgraph.maestro.hub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.intelgraph.maestro.model.build.Conclusion;
import io.intelgraph.maestro.model.build.RunStatus;
import io.intelgraph.maestro.model.repo.RepoId;
import io.intelgraph.maestro.store.BuildSnapshot;
import org.java_websocket.framing.CloseFrame;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static io.intelgraph.maestro.testing.Runs.pr;
import static io.intelgraph.maestro.testing.Runs.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The REST endpoints and the WebSocket feed on one port. */
class HubEndpointsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HubHarness harness = HubHarness.withSecrets();

    HubEndpointsTest() {
        harness.plane.putRuns(RepoId.parse("o/a"), List.of(
                run(1, "o/a", "main", "CI", RunStatus.COMPLETED, Conclusion.SUCCESS, 0),
                run(2, "o/a", "feature/x", "CI", RunStatus.COMPLETED, Conclusion.FAILURE, 1),
                run(3, "o/a", "feature/x", "CI", RunStatus.IN_PROGRESS, Conclusion.NONE, 2)));
        harness.plane.putPullRequest(pr("o/a", 7, "feature/x", "A feature", "bob"));
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void healthHasTheOriginalsShape() throws Exception {
        HttpResponse<String> health = harness.get("/health");
        assertEquals(200, health.statusCode());
        assertEquals("application/json", health.headers().firstValue("content-type").orElse(""));
        JsonNode body = JSON.readTree(health.body());
        assertEquals("ok", body.get("status").asText());
        assertEquals(0, body.get("clients").asInt());
        assertTrue(body.get("uptime").isNumber() && body.get("timestamp").isTextual(), health.body());
    }

    @Test
    void buildsIsTheSnapshotFrameAClientCanRead() throws Exception {
        HttpResponse<String> builds = harness.get("/api/builds");
        assertEquals(200, builds.statusCode());
        HubMirror mirror = new HubMirror();
        mirror.apply(builds.body());
        assertEquals(harness.plane.snapshot(), mirror.snapshot());
    }

    @Test
    void previewsAndDistillationAnswerWithTheirDocuments() throws Exception {
        JsonNode previews = JSON.readTree(harness.get("/api/previews").body());
        assertTrue(previews.get("previews").isArray() && previews.get("cluster").has("name"), previews.toString());
        JsonNode distillation = JSON.readTree(harness.get("/api/distillation").body());
        assertEquals("distillation-snapshot", distillation.get("type").asText());
        assertTrue(distillation.get("branches").isArray(), distillation.toString());
    }

    @Test
    void aWebSocketClientGetsTheSnapshotThenEveryChangeInOrder() throws Exception {
        HubClient client = harness.client();
        assertTrue(client.awaitSeq(0, Duration.ofSeconds(5)));
        assertEquals(harness.plane.snapshot(), client.latest());

        harness.plane.putRun(run(3, "o/a", "feature/x", "CI", RunStatus.COMPLETED, Conclusion.SUCCESS, 2));
        harness.plane.putRun(run(4, "o/b", "main", "CI", RunStatus.QUEUED, Conclusion.NONE, 3));
        long seq = harness.hub.feed().seq();
        assertTrue(client.awaitSeq(seq, Duration.ofSeconds(5)), "reached " + client.seq() + " of " + seq);
        assertEquals(harness.plane.snapshot(), client.latest());
        assertEquals(1, client.snapshots());
        assertEquals(0, client.gaps());
        assertEquals(1, JSON.readTree(harness.get("/health").body()).get("clients").asInt());
    }

    @Test
    void aClientThatAsksForAFreshSnapshotGetsOne() throws Exception {
        HubClient client = harness.client();
        assertTrue(client.awaitSeq(0, Duration.ofSeconds(5)));
        client.resync();
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (client.snapshots() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertEquals(2, client.snapshots());
    }

    @Test
    void whenTheHubStopsItTellsEveryClientItIsGoingAway() throws Exception {
        CompletableFuture<Integer> code = new CompletableFuture<>();
        HubClient client = harness.client(new HubClient.Listener() {
            @Override
            public void closed(int closeCode, String reason, boolean byHub) {
                code.complete(closeCode);
            }
        });
        assertTrue(client.awaitSeq(0, Duration.ofSeconds(5)));
        harness.hub.close();
        assertEquals(CloseFrame.GOING_AWAY, code.get(5, TimeUnit.SECONDS));
    }

    @Test
    void metricsAreInPrometheusTextFormat() throws Exception {
        harness.client().awaitSeq(0, Duration.ofSeconds(5));
        HttpResponse<String> metrics = harness.get("/metrics");
        assertEquals(200, metrics.statusCode());
        assertTrue(metrics.headers().firstValue("content-type").orElse("").startsWith("text/plain; version=0.0.4"));
        String text = metrics.body();
        for (String name : List.of("maestro_hub_clients 1", "maestro_hub_frames_sent_total ", "maestro_hub_bytes_sent_total ",
                "maestro_github_requests_total ", "maestro_github_not_modified_ratio ", "maestro_hub_snapshot_version ")) {
            assertTrue(text.contains("\n" + name) || text.startsWith(name), name + " in\n" + text);
        }
        // Every sample line is NAME[{labels}] VALUE, under its # TYPE.
        for (String line : text.split("\n")) {
            assertTrue(line.startsWith("# HELP ") || line.startsWith("# TYPE ")
                    || line.matches("[a-z_]+(\\{[a-z_]+=\"[^\"]*\"(,[a-z_]+=\"[^\"]*\")*})? (-?[0-9.E]+|[+-]Inf|NaN)"), line);
        }
    }

    @Test
    void unknownPathsAndMethodsAreRefusedWithTheirStatus() throws Exception {
        assertEquals(404, harness.get("/nothing-here").statusCode());
        HttpResponse<String> post = harness.send(HttpRequest.newBuilder(harness.uri("/health"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertEquals(405, post.statusCode());
        assertEquals("GET, HEAD", post.headers().firstValue("allow").orElse(""));
        assertEquals(426, harness.get("/api/buildhub").statusCode(), "the feed's path without an upgrade");
        HttpResponse<String> head = harness.send(HttpRequest.newBuilder(harness.uri("/api/builds"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
    }

    @Test
    void ccXmlListsEveryTile() throws Exception {
        HttpResponse<String> cc = harness.get("/cc.xml");
        assertEquals(200, cc.statusCode());
        assertTrue(cc.headers().firstValue("content-type").orElse("").startsWith("application/xml"));
        BuildSnapshot snapshot = harness.plane.snapshot();
        assertEquals(snapshot.tiles().size(), cc.body().split("<Project ", -1).length - 1, cc.body());
        assertTrue(cc.body().contains("name=\"o/a@feature/x\" activity=\"Building\" lastBuildStatus=\"Failure\" lastBuildLabel=\"2\""),
                cc.body());
    }
}
