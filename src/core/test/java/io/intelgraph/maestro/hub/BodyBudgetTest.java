package io.intelgraph.maestro.hub;

import io.intelgraph.maestro.github.WebhookSignature;
import io.intelgraph.maestro.hub.HubMetrics.DeliveryOutcome;
import io.intelgraph.maestro.model.build.Conclusion;
import io.intelgraph.maestro.model.build.RunStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;

import static io.intelgraph.maestro.testing.Runs.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Large bodies sent at once: the hub holds at most its budget of them (each admitted body costs its
 * declared size, allocated once admitted), turns the rest away with 503 and Retry-After before
 * reading them, and keeps serving everyone else.
 */
class BodyBudgetTest {

    private static final int MB = 1024 * 1024;
    private HubHarness harness;

    @AfterEach
    void stop() {
        if (harness != null) {
            harness.close();
        }
    }

    private HubHarness start(long budget) {
        harness = new HubHarness(HubHarness.emptyPlane(),
                HubHarness.settings().withLimits(HubLimits.defaults().withBufferedBodies(budget)), Hub.Sources.none());
        return harness;
    }

    /** A signed {@code ping} delivery padded to {@code size} bytes. */
    private static byte[] ping(int size) {
        String head = "{\"zen\":\"Keep it logically awesome.\",\"hook_id\":1,\"pad\":\"";
        byte[] body = new byte[size];
        Arrays.fill(body, (byte) 'x');
        byte[] start = head.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(start, 0, body, 0, start.length);
        body[size - 2] = '"';
        body[size - 1] = '}';
        return body;
    }

    private static String postHead(String delivery, byte[] body) {
        return "POST /webhooks/github HTTP/1.1\r\nHost: localhost\r\nX-GitHub-Event: ping\r\nX-GitHub-Delivery: " + delivery
                + "\r\nX-Hub-Signature-256: " + new WebhookSignature(HubHarness.SECRET).sign(body)
                + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n";
    }

    @Test
    void slowLargeBodiesFillTheBudgetAndTheNextIs503WithRetryAfterWhileOthersAreServed() throws Exception {
        start(3L * MB);
        HubClient feed = harness.client();
        byte[] body = ping(MB);
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                Socket socket = RawSockets.connect(harness.hub, 0);
                slow.add(socket);
                OutputStream out = socket.getOutputStream();
                out.write(postHead("slow-" + i, body).getBytes(StandardCharsets.US_ASCII));
                out.write(body, 0, 100_000);
                out.flush();
            }
            await(() -> harness.hub.server().bufferedBodyBytes() == 3L * MB);

            HttpResponse<String> turnedAway = harness.deliver("ping", "one-more", body);
            assertEquals(503, turnedAway.statusCode(), turnedAway.body());
            assertEquals("5", turnedAway.headers().firstValue("Retry-After").orElse(""));
            assertTrue(turnedAway.body().contains("the hub holds at most 3 MB of request bodies at once"), turnedAway.body());
            assertEquals(1, harness.hub.metrics().deliveries("ping", DeliveryOutcome.REFUSED));

            assertEquals(200, harness.get("/health").statusCode(), "reads go on");
            harness.plane.putRun(run(1, "o/ok", "main", "CI", RunStatus.COMPLETED, Conclusion.SUCCESS, 1));
            assertTrue(feed.awaitSeq(harness.hub.feed().seq(), Duration.ofSeconds(5)), "and the feed");

            for (Socket socket : slow) {
                socket.getOutputStream().write(body, 100_000, body.length - 100_000);
                socket.getOutputStream().flush();
                assertEquals("HTTP/1.1 200 OK", RawSockets.head(socket.getInputStream()).split("\r\n", 2)[0]);
            }
        } finally {
            for (Socket socket : slow) {
                socket.close();
            }
        }
        await(() -> harness.hub.server().bufferedBodyBytes() == 0);
        assertEquals(200, harness.deliver("ping", "after", body).statusCode(), "room again once they are answered");
        assertEquals(3L * MB, harness.hub.server().bufferedBodyBytesPeak());
    }

    @Test
    void aBurstOfParallelLargePostsNeverHoldsMoreThanTheBudget() throws Exception {
        start(8L * MB);
        byte[] body = ping(2 * MB);
        List<Integer> statuses = new ArrayList<>();
        try (ExecutorService senders = Executors.newFixedThreadPool(16)) {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                String delivery = "burst-" + i;
                answers.add(senders.submit(() -> harness.deliver("ping", delivery, body)));
            }
            for (Future<HttpResponse<String>> answer : answers) {
                HttpResponse<String> response = answer.get();
                statuses.add(response.statusCode());
                if (response.statusCode() == 503) {
                    assertEquals("5", response.headers().firstValue("Retry-After").orElse(""));
                }
            }
        }
        assertTrue(statuses.stream().allMatch(s -> s == 200 || s == 503), statuses.toString());
        assertTrue(statuses.contains(200), statuses.toString());
        assertTrue(harness.hub.server().bufferedBodyBytesPeak() <= 8L * MB, "held " + harness.hub.server().bufferedBodyBytesPeak());
        await(() -> harness.hub.server().bufferedBodyBytes() == 0);
        assertEquals(200, harness.get("/health").statusCode());
    }

    private static void await(BooleanSupplier condition) throws InterruptedException, IOException {
        Instant deadline = Instant.now().plusSeconds(10);
        while (!condition.getAsBoolean()) {
            assertTrue(Instant.now().isBefore(deadline), "timed out");
            Thread.sleep(20);
        }
    }
}
