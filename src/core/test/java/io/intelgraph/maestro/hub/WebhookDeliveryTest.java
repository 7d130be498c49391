package io.intelgraph.maestro.hub;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.intelgraph.maestro.github.WebhookSignature;
import io.intelgraph.maestro.hub.HubMetrics.DeliveryOutcome;
import io.intelgraph.maestro.model.repo.RepoId;
import io.intelgraph.maestro.store.BuildSnapshot;
import io.intelgraph.maestro.store.TileKey;
import io.intelgraph.maestro.testing.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** GitHub's deliveries over HTTP: what is applied, what is refused, and that a refusal applies nothing. */
class WebhookDeliveryTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] WORKFLOW_RUN = Fixtures.bytes("github/webhooks/workflow_run.completed.payload.json");
    private static final TileKey OCTO = new TileKey(RepoId.parse("octo-org/octo-repo"), "master");

    private HubHarness harness = HubHarness.withSecrets();

    @AfterEach
    void stop() {
        harness.close();
    }

    /**
     * The end-to-end figure: a signed delivery reaches a connected client well within a
     * second, through the store's own dispatch (its serial executor per subscriber).
     */
    @Test
    void aSignedWorkflowRunReachesAConnectedClientWithinASecond() throws Exception {
        harness.close();
        harness = new HubHarness(HubHarness.emptyPlaneDispatching(), HubHarness.settings(), Hub.Sources.none());
        AtomicLong arrived = new AtomicLong();
        HubClient client = harness.client(new HubClient.Listener() {
            @Override
            public void applied(BuildSnapshot snapshot, long seq) {
                if (snapshot.tiles().stream().anyMatch(t -> t.key().equals(OCTO))) {
                    arrived.compareAndSet(0, System.nanoTime());
                }
            }
        });
        assertTrue(client.awaitSeq(0, Duration.ofSeconds(5)));
        long sent = System.nanoTime();
        HttpResponse<String> answer = harness.deliver("workflow_run", "d-1", WORKFLOW_RUN);
        assertEquals(200, answer.statusCode(), answer.body());
        assertEquals("workflow_run", JSON.readTree(answer.body()).get("applied").asText());
        long deadline = sent + TimeUnit.SECONDS.toNanos(1);
        while (arrived.get() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(2);
        }
        assertTrue(arrived.get() != 0, "the tile did not reach the client within a second");
        System.out.printf("webhook → WebSocket client: %.1f ms%n", (arrived.get() - sent) / 1e6);
        assertEquals(1, harness.plane.snapshot().eventsApplied());
        assertEquals(1, harness.hub.metrics().deliveries("workflow_run", DeliveryOutcome.APPLIED));
    }

    /** GitHub's documented example: the hub accepts exactly that signature, and refuses it changed by one digit. */
    @Test
    void githubsDocumentedSignatureExampleIsAcceptedAndAnyOtherRefused() throws Exception {
        byte[] hello = "Hello, World!".getBytes(StandardCharsets.UTF_8);
        String documented = "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17";
        // The signature is good, so the hub reads on and finds the body is not JSON: 400, not 401.
        HttpResponse<String> good = harness.deliver("push", "d-2", hello, documented);
        assertEquals(400, good.statusCode(), good.body());
        assertTrue(good.body().contains("not valid JSON"), good.body());
        HttpResponse<String> bad = harness.deliver("push", "d-3", hello, documented.replace("757107", "757108"));
        assertEquals(401, bad.statusCode(), bad.body());
    }

    @Test
    void aMissingOrWrongSignatureIs401AndNothingIsApplied() throws Exception {
        long version = harness.plane.snapshot().version();
        HttpResponse<String> missing = harness.deliver("workflow_run", "d-4", WORKFLOW_RUN, null);
        assertEquals(401, missing.statusCode());
        assertTrue(missing.body().contains("X-Hub-Signature-256"), missing.body());
        HttpResponse<String> wrong = harness.deliver("workflow_run", "d-5", WORKFLOW_RUN,
                new WebhookSignature("another secret").sign(WORKFLOW_RUN));
        assertEquals(401, wrong.statusCode());
        HttpResponse<String> sha1Only = harness.deliver("workflow_run", "d-6", WORKFLOW_RUN, "sha1=0123");
        assertEquals(401, sha1Only.statusCode());
        assertEquals(version, harness.plane.snapshot().version(), "the plane did not change");
        assertEquals(0, harness.plane.snapshot().eventsApplied());
        assertEquals(3, harness.hub.metrics().deliveries("workflow_run", DeliveryOutcome.UNAUTHORIZED));
    }

    @Test
    void aReplayedDeliveryIsAppliedOnce() throws Exception {
        assertEquals(200, harness.deliver("workflow_run", "same-id", WORKFLOW_RUN).statusCode());
        HttpResponse<String> replay = harness.deliver("workflow_run", "same-id", WORKFLOW_RUN);
        assertEquals(200, replay.statusCode());
        assertTrue(JSON.readTree(replay.body()).get("duplicate").asBoolean(), replay.body());
        assertEquals(1, harness.plane.snapshot().eventsApplied());
        assertEquals(200, harness.deliver("workflow_run", "another-id", WORKFLOW_RUN).statusCode());
        assertEquals(2, harness.plane.snapshot().eventsApplied());
    }

    @Test
    void eachAppliedDeliveryTellsThePollerItsRepositoryAndNothingElseDoes() throws Exception {
        assertEquals(200, harness.deliver("workflow_run", "p-1", WORKFLOW_RUN).statusCode());
        assertEquals(200, harness.deliver("workflow_run", "p-1", WORKFLOW_RUN).statusCode(), "a replay");
        assertEquals(200, harness.deliver("ping", "p-2", Fixtures.bytes("github/webhooks/ping.payload.json")).statusCode());
        assertEquals(401, harness.deliver("workflow_run", "p-3", WORKFLOW_RUN, "sha256=00").statusCode());
        assertEquals(202, harness.deliver("release", "p-4",
                Fixtures.bytes("github/webhooks/release.published.payload.json")).statusCode());
        assertEquals(400, harness.deliver("workflow_run", "p-5", "{\"action\":\"completed\"}".getBytes()).statusCode());
        assertEquals(List.of(OCTO.repo()), harness.delivered(), "the applied one alone, once");
        assertEquals(200, harness.deliver("workflow_run", "p-6", WORKFLOW_RUN).statusCode());
        assertEquals(List.of(OCTO.repo(), OCTO.repo()), harness.delivered());
    }

    @Test
    void theIdsOfPastDeliveriesAreBounded() {
        DeliveryIds ids = new DeliveryIds(100);
        for (int i = 0; i < 1000; i++) {
            assertTrue(ids.first("id-" + i));
        }
        assertEquals(100, ids.size());
        assertFalse(ids.first("id-999"), "a recent id is remembered");
        assertTrue(ids.first("id-0"), "the oldest are forgotten first");
    }

    @Test
    void pingIsAnsweredUnknownEventsAcceptedAndIgnoredMalformedJsonRefused() throws Exception {
        HttpResponse<String> ping = harness.deliver("ping", "d-7", Fixtures.bytes("github/webhooks/ping.payload.json"));
        assertEquals(200, ping.statusCode());
        assertTrue(JSON.readTree(ping.body()).get("pong").asBoolean());

        HttpResponse<String> unknown = harness.deliver("sponsorship", "d-8", "{\"action\":\"created\"}".getBytes());
        assertEquals(202, unknown.statusCode());
        HttpResponse<String> release = harness.deliver("release", "d-9", Fixtures.bytes("github/webhooks/release.published.payload.json"));
        assertEquals(202, release.statusCode(), "an event the hub does not use");

        HttpResponse<String> malformed = harness.deliver("workflow_run", "d-10", "{\"workflow_run\": [".getBytes());
        assertEquals(400, malformed.statusCode());
        HttpResponse<String> wrongShape = harness.deliver("workflow_run", "d-11", "{\"action\":\"completed\"}".getBytes());
        assertEquals(400, wrongShape.statusCode(), "valid JSON, but no workflow_run");
        assertEquals(0, harness.plane.snapshot().eventsApplied());
    }

    @Test
    void everyEventTheHubUsesIsApplied() throws Exception {
        String[] examples = {"workflow_run.completed", "workflow_job.completed.success.with-organization", "pull_request.opened",
                "push", "check_run.completed", "check_suite.completed", "deployment_status"};
        int n = 0;
        for (String example : examples) {
            String event = example.split("\\.")[0];
            HttpResponse<String> answer = harness.deliver(event, "e-" + n++,
                    Fixtures.bytes("github/webhooks/" + example + ".payload.json"));
            assertEquals(200, answer.statusCode(), example + ": " + answer.body());
        }
        assertEquals(examples.length, harness.plane.snapshot().eventsApplied());
    }

    /** A body declared larger than GitHub's 25 MB cap is refused on its header, without being read. */
    @Test
    void aThirtyMegabyteBodyIs413WithoutBeingRead() throws Exception {
        long thirtyMb = 30L * 1024 * 1024;
        URI base = URI.create(harness.hub.server().baseUrl());
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /webhooks/github HTTP/1.1\r\nHost: localhost\r\nX-GitHub-Event: push\r\nX-GitHub-Delivery: big\r\n"
                    + "X-Hub-Signature-256: sha256=00\r\nContent-Type: application/json\r\nContent-Length: " + thirtyMb
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            AtomicLong written = new AtomicLong();
            // A thread of its own, not the common pool, which another test's leftover task could hold.
            CompletableFuture<Void> sender = CompletableFuture.runAsync(() -> {
                byte[] chunk = new byte[64 * 1024];
                try {
                    while (written.get() < thirtyMb) {
                        out.write(chunk);
                        written.addAndGet(chunk.length);
                    }
                } catch (IOException e) {
                    // the hub closed the connection: what the test expects
                }
            }, Thread.ofPlatform().daemon().name("big-sender")::start);
            InputStream in = socket.getInputStream();
            String status = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            assertEquals("HTTP/1.1 413", status);
            sender.get(20, TimeUnit.SECONDS);
            assertTrue(written.get() < thirtyMb, "the hub read the whole body: " + written.get());
        }
        assertEquals(1, harness.hub.metrics().deliveries("push", DeliveryOutcome.TOO_LARGE));
        assertEquals(200, harness.get("/health").statusCode(), "and the hub serves on");
    }

    @Test
    void withoutASecretDeliveriesAreRefusedNotBelieved() throws Exception {
        try (HubHarness open = new HubHarness(HubHarness.emptyPlane(), Hub.Settings.loopback(0), Hub.Sources.none())) {
            HttpResponse<String> answer = open.deliver("workflow_run", "d-12", WORKFLOW_RUN);
            assertEquals(403, answer.statusCode());
            assertTrue(answer.body().contains("MAESTRO_WEBHOOK_SECRET"), answer.body());
            assertEquals(0, open.plane.snapshot().eventsApplied());
        }
    }

    @Test
    void theCompatibilityWebhooksNeedTheHubToken() throws Exception {
        for (String path : new String[] {"/webhooks/k8s", "/webhooks/security"}) {
            HttpRequest.Builder post = HttpRequest.newBuilder(harness.uri(path))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"kind\":\"event\"}"));
            HttpResponse<String> anonymous = harness.send(post);
            assertEquals(401, anonymous.statusCode(), path);
            assertEquals(Optional.of("Bearer realm=\"maestro-hub\""), anonymous.headers().firstValue("www-authenticate"));
            assertEquals(403, harness.send(HttpRequest.newBuilder(harness.uri(path)).header("Authorization", "Bearer wrong")
                    .POST(HttpRequest.BodyPublishers.ofString("{}"))).statusCode(), path);
            assertEquals(202, harness.send(HttpRequest.newBuilder(harness.uri(path))
                    .header("Authorization", "Bearer " + HubHarness.TOKEN)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"kind\":\"event\"}"))).statusCode(), path);
            assertEquals(400, harness.send(HttpRequest.newBuilder(harness.uri(path))
                    .header("Authorization", "Bearer " + HubHarness.TOKEN)
                    .POST(HttpRequest.BodyPublishers.ofString("{not json"))).statusCode(), path);
        }
    }
}
