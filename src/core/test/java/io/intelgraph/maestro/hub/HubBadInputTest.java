package io.intelgraph.maestro.hub;

import io.intelgraph.maestro.hub.HubMetrics.DropReason;
import io.intelgraph.maestro.model.build.Conclusion;
import io.intelgraph.maestro.model.build.RunStatus;
import org.java_websocket.client.WebSocketClient;
import org.java_websocket.enums.Opcode;
import org.java_websocket.framing.CloseFrame;
import org.java_websocket.handshake.ServerHandshake;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

import static io.intelgraph.maestro.testing.Runs.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Clients that send nonsense, send slowly, never read or just sit there: each gets a clear status
 * (an HTTP status, an error frame, a close code) and the hub goes on serving a well-behaved client
 * beside them, which this test checks after each.
 */
class HubBadInputTest {

    private HubHarness harness;

    private HubHarness start(HubLimits limits) {
        harness = new HubHarness(HubHarness.emptyPlane(), HubHarness.settings().withLimits(limits), Hub.Sources.none());
        return harness;
    }

    @AfterEach
    void stop() {
        if (harness != null) {
            harness.close();
        }
    }

    /** A well-behaved client still gets a change promptly, and /health still answers. */
    private void theHubStillServes(HubClient client, int run) throws Exception {
        harness.plane.putRun(run(run, "o/ok", "main", "CI", RunStatus.COMPLETED, Conclusion.SUCCESS, run));
        assertTrue(client.awaitSeq(harness.hub.feed().seq(), Duration.ofSeconds(5)), "the good client fell behind");
        assertEquals(harness.plane.snapshot(), client.latest());
        assertEquals(200, harness.get("/health").statusCode());
    }

    @Test
    void bytesThatAreNotHttpGet400AndAnEndlessHeadGets431() throws Exception {
        start(HubLimits.defaults());
        HubClient good = harness.client();
        assertEquals("HTTP/1.1 400 Bad Request", RawSockets.exchange(harness.hub, "GARBAGE\r\n\r\n".getBytes()));
        byte[] noise = new byte[2000];
        new Random(1).nextBytes(noise);
        noise[noise.length - 2] = '\n';
        noise[noise.length - 1] = '\n';
        assertTrue(RawSockets.exchange(harness.hub, noise).startsWith("HTTP/1.1 400"));
        assertEquals("HTTP/1.1 505 HTTP Version Not Supported",
                RawSockets.exchange(harness.hub, "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n".getBytes()));
        String endless = "GET /health HTTP/1.1\r\nX-Long: " + "a".repeat(20_000) + "\r\n\r\n";
        assertEquals("HTTP/1.1 431 Request Header Fields Too Large", RawSockets.exchange(harness.hub, endless.getBytes()));
        assertEquals("HTTP/1.1 411 Length Required", RawSockets.exchange(harness.hub,
                "POST /webhooks/github HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n".getBytes()));
        theHubStillServes(good, 1);
    }

    @Test
    void aHeadSentSlowlyIsCutOffWith408() throws Exception {
        start(HubLimits.defaults().withHeadTimeout(Duration.ofMillis(500)));
        HubClient good = harness.client();
        try (Socket slow = RawSockets.connect(harness.hub, 0)) {
            slow.getOutputStream().write("GET /health HTTP/1.1\r\nHost: ".getBytes());
            long started = System.nanoTime();
            assertEquals("HTTP/1.1 408 Request Timeout", RawSockets.head(slow.getInputStream()).split("\r\n")[0]);
            assertTrue(System.nanoTime() - started < TimeUnit.SECONDS.toNanos(3));
        }
        theHubStillServes(good, 1);
    }

    @Test
    void aBrokenHandshakeIsRefusedAndAnUpgradeElsewhereIs404() throws Exception {
        start(HubLimits.defaults());
        HubClient good = harness.client();
        String noKey = "GET /api/buildhub HTTP/1.1\r\nHost: localhost\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n";
        assertTrue(RawSockets.exchange(harness.hub, noKey.getBytes()).startsWith("HTTP/1.1 404"), "no Sec-WebSocket-Key");
        String elsewhere = "GET /other HTTP/1.1\r\nHost: localhost\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n";
        assertEquals("HTTP/1.1 404 Not Found", RawSockets.exchange(harness.hub, elsewhere.getBytes()));
        theHubStillServes(good, 1);
    }

    @Test
    void aWebPageOfAnotherOriginCannotOpenTheFeedUnlessAllowed() throws Exception {
        harness = new HubHarness(HubHarness.emptyPlane(),
                HubHarness.settings().withOrigins(Origins.allowing(List.of("https://dash.example.com/"))), Hub.Sources.none());
        HubClient good = harness.client();
        try (Socket evil = RawSockets.connect(harness.hub, 0)) {
            assertEquals("HTTP/1.1 403 Forbidden", RawSockets.handshake(evil, "Origin: https://evil.example\r\n"));
        }
        try (Socket file = RawSockets.connect(harness.hub, 0)) {
            assertEquals("HTTP/1.1 403 Forbidden", RawSockets.handshake(file, "Origin: null\r\n"));
        }
        try (Socket same = RawSockets.connect(harness.hub, 0)) {
            assertEquals("HTTP/1.1 101 Web Socket Protocol Handshake", RawSockets.handshake(same, "Origin: http://localhost\r\n"));
        }
        try (Socket allowed = RawSockets.connect(harness.hub, 0)) {
            assertEquals("HTTP/1.1 101 Web Socket Protocol Handshake",
                    RawSockets.handshake(allowed, "Origin: https://DASH.example.com\r\n"));
        }
        theHubStillServes(good, 1);
    }

    @Test
    void aClientThatAnswersNoPingIsDisconnected() throws Exception {
        start(HubLimits.defaults().withPing(Duration.ofMillis(200), Duration.ofSeconds(30)));
        HubClient good = harness.client();
        try (Socket mute = RawSockets.upgraded(harness.hub)) {
            assertTrue(RawSockets.closedByHub(mute), "reads its pings, never answers");
        }
        assertEquals(1, harness.hub.metrics().drops(DropReason.NO_PONG));
        theHubStillServes(good, 1);
    }

    @Test
    void garbageFramesGetAnErrorEachAndTooManyACloseWhileOthersAreServed() throws Exception {
        start(HubLimits.defaults());
        HubClient good = harness.client();
        Recorder bad = connectedRecorder();
        bad.send("this is not JSON");
        bad.send("{\"type\":\"format c:\"}");
        bad.send(new byte[] {1, 2, 3});
        bad.send("{\"type\":\"ping\"}");
        await(() -> bad.messages.stream().filter(m -> m.contains("\"type\":\"error\"")).count() == 3
                && bad.messages.stream().anyMatch(m -> m.equals("{\"type\":\"pong\"}")));
        assertTrue(bad.messages.stream().anyMatch(m -> m.contains("not JSON")), bad.messages.toString());
        theHubStillServes(good, 1);

        // Three unreadable messages so far; the one past the limit closes (what the client sends after it the hub
        // reads and discards until the client closes: afterItsCloseFrameTheHubReadsOn…).
        int unreadableSoFar = 3;
        for (int i = 0; i < HubLimits.defaults().garbageBeforeClose() + 1 - unreadableSoFar; i++) {
            bad.send("garbage " + i);
        }
        assertTrue(bad.closed.await(5, TimeUnit.SECONDS));
        assertEquals(CloseFrame.POLICY_VALIDATION, bad.closeCode.get());
        assertEquals(1, harness.hub.metrics().drops(DropReason.GARBAGE));
        theHubStillServes(good, 2);
    }

    @Test
    void aMessageOverTheLimitIsClosedWith1009() throws Exception {
        start(HubLimits.defaults());
        HubClient good = harness.client();
        Recorder big = connectedRecorder();
        // The client is still sending when the hub has seen enough and answers. The hub reads the rest, discarding it
        // (up to LingeringClose.MAX_BYTES), until the client closes; hanging up at once reset the connection, and the
        // client could lose the close frame (1006, "abnormal", instead of 1009).
        big.send("{\"type\":\"" + "x".repeat(1_000_000) + "\"}");
        assertTrue(big.closed.await(10, TimeUnit.SECONDS));
        assertEquals(CloseFrame.TOOBIG, big.closeCode.get(), big.closeReason.get());
        theHubStillServes(good, 1);
    }

    /**
     * A message sent in 32 KB pieces and never finished: Java-WebSocket checked the whole only at its last piece, and a
     * hostile probe ran the hub out of heap this way. The piece that takes it over 64 KB closes it with 1009.
     */
    @Test
    void aMessageSentInPiecesIsClosedWith1009OnceItsPiecesPassTheLimit() throws Exception {
        start(HubLimits.defaults());
        HubClient good = harness.client();
        Recorder pieces = connectedRecorder();

        pieces.sendFragmentedFrame(Opcode.TEXT, ByteBuffer.wrap(new byte[32 * 1024]), false);
        pieces.sendFragmentedFrame(Opcode.TEXT, ByteBuffer.wrap(new byte[32 * 1024]), false);
        pieces.sendFragmentedFrame(Opcode.TEXT, ByteBuffer.wrap(new byte[32 * 1024]), false);

        assertTrue(pieces.closed.await(10, TimeUnit.SECONDS), "closed before its last piece");
        assertEquals(CloseFrame.TOOBIG, pieces.closeCode.get(), pieces.closeReason.get());
        theHubStillServes(good, 1);
    }

    @Test
    void afterItsCloseFrameTheHubReadsOnUntilTheClientStopsSoTheClientIsNotReset() throws Exception {
        start(HubLimits.defaults());
        HubClient good = harness.client();
        try (Socket socket = RawSockets.upgraded(harness.hub)) {
            OutputStream out = socket.getOutputStream();
            // A message announced at 1 MB, over the 64 KB a client may send; the client is still sending it.
            out.write(RawSockets.clientFrameHead(1 << 20));
            out.write(new byte[16 * 1024]);
            InputStream in = socket.getInputStream();
            assertEquals(CloseFrame.TOOBIG, RawSockets.closeCode(in));
            assertEquals(-1, in.read(), "the hub has ended its side of the stream");
            // A socket closed outright answers further bytes with a reset, which fails the second write (and can
            // cost a client the close frame it had not read yet); the hub still reads, and discards, them.
            out.write(new byte[64 * 1024]);
            Thread.sleep(200);
            out.write(new byte[64 * 1024]);
            socket.shutdownOutput();
        }
        theHubStillServes(good, 1);
    }

    @Test
    void bytesThatAreNotWebSocketFramesEndTheConnection() throws Exception {
        start(HubLimits.defaults());
        HubClient good = harness.client();
        try (Socket socket = RawSockets.upgraded(harness.hub)) {
            // A frame with a reserved opcode (0xF) is a protocol error (RFC 6455 §5.2): the hub closes, 1002.
            socket.getOutputStream().write(new byte[] {(byte) 0x8F, (byte) 0x80, 1, 2, 3, 4});
            assertTrue(RawSockets.closedByHub(socket));
        }
        theHubStillServes(good, 1);
    }

    /**
     * A client that never reads: its socket buffers fill, its queue overflows and is replaced by a
     * snapshot, over and over, without growing; after the stuck-write limit it is disconnected.
     */
    @Test
    void aClientThatNeverReadsIsBoundedThenDisconnected() throws Exception {
        start(HubLimits.defaults().withQueue(20, 256 * 1024, 4096).withPing(Duration.ofSeconds(30), Duration.ofSeconds(2)));
        HubClient good = harness.client();
        try (Socket deaf = RawSockets.connect(harness.hub, 2048)) {
            assertEquals("HTTP/1.1 101 Web Socket Protocol Handshake", RawSockets.handshake(deaf));
            await(() -> harness.hub.server().clients() == 2);
            int longest = 0;
            for (int i = 1; i <= 400; i++) {
                harness.plane.putRun(run(i, "o/r" + i % 40, "branch-" + i, "CI with a long workflow name " + "x".repeat(200),
                        RunStatus.IN_PROGRESS, Conclusion.NONE, i));
                longest = Math.max(longest, harness.hub.server().longestQueue());
            }
            assertTrue(harness.hub.metrics().overflows() > 0, "the deaf client's queue overflowed");
            assertTrue(longest <= 20, "the queue stayed within its bound: " + longest);
            assertTrue(good.awaitSeq(harness.hub.feed().seq(), Duration.ofSeconds(5)));
            assertEquals(harness.plane.snapshot(), good.latest(), "the reading client kept up, with no gap");
            assertEquals(0, good.gaps());
            await(() -> harness.hub.metrics().drops(DropReason.SLOW) == 1);
            await(() -> harness.hub.server().clients() == 1);
        }
        theHubStillServes(good, 1000);
    }

    /** A few hundred idle clients cost little each, and the hub serves a new one as fast as ever. */
    @Test
    void hundredsOfIdleConnectionsAreHeldCheaply() throws Exception {
        start(HubLimits.defaults());
        int idle = 300;
        List<Socket> sockets = new CopyOnWriteArrayList<>();
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long before = runtime.totalMemory() - runtime.freeMemory();
        try {
            for (int i = 0; i < idle; i++) {
                sockets.add(RawSockets.upgraded(harness.hub));
            }
            await(() -> harness.hub.server().clients() == idle);
            System.gc();
            long after = runtime.totalMemory() - runtime.freeMemory();
            // Both ends of each connection live in this JVM; the hub's share is less than the whole.
            long perClient = (after - before) / idle;
            System.out.printf("%d idle WebSocket clients: %d KB of heap each (hub and test client sides)%n", idle,
                    perClient / 1024);
            assertTrue(perClient < 256 * 1024, "per idle client: " + perClient + " bytes");

            long started = System.nanoTime();
            HubClient fresh = harness.client();
            assertTrue(fresh.awaitSeq(0, Duration.ofSeconds(5)));
            theHubStillServes(fresh, 1);
            System.out.printf("a new client beside them: snapshot and a change in %.0f ms%n", (System.nanoTime() - started) / 1e6);
        } finally {
            for (Socket socket : sockets) {
                socket.close();
            }
        }
        await(() -> harness.hub.server().clients() == 1);
    }

    @Test
    void pastTheConnectionLimitTheAnswerIs503() throws Exception {
        start(HubLimits.defaults().withMaxConnections(3));
        List<Socket> held = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                Socket socket = RawSockets.connect(harness.hub, 0);
                held.add(socket);
                RawSockets.handshake(socket);
            }
            assertEquals("HTTP/1.1 503 Service Unavailable", RawSockets.exchange(harness.hub,
                    "GET /health HTTP/1.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII)));
        } finally {
            for (Socket socket : held) {
                socket.close();
            }
        }
        await(() -> harness.hub.server().connections() == 0);
        assertEquals(200, harness.get("/health").statusCode());
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "not within 10 s");
            Thread.sleep(10);
        }
    }

    /** A raw Java-WebSocket client that records what it is sent and how it was closed. */
    /** A client of the hub's feed that records what it is sent and how it was closed, connected. */
    private Recorder connectedRecorder() throws InterruptedException {
        Recorder recorder = new Recorder(URI.create(harness.hub.server().feedUrl()));
        assertTrue(recorder.connectBlocking(5, TimeUnit.SECONDS));
        return recorder;
    }

    private static final class Recorder extends WebSocketClient {
        final List<String> messages = new CopyOnWriteArrayList<>();
        final CountDownLatch closed = new CountDownLatch(1);
        final AtomicInteger closeCode = new AtomicInteger();
        final AtomicReference<String> closeReason = new AtomicReference<>("");

        Recorder(URI uri) {
            super(uri);
        }

        @Override
        public void onOpen(ServerHandshake handshake) {
        }

        @Override
        public void onMessage(String message) {
            messages.add(message);
        }

        @Override
        public void onClose(int code, String reason, boolean remote) {
            closeCode.set(code);
            closeReason.set(reason);
            closed.countDown();
        }

        @Override
        public void onError(Exception e) {
        }
    }
}
