package io.intelgraph.maestro.hub;

import io.intelgraph.maestro.model.build.Conclusion;
import io.intelgraph.maestro.model.build.RunStatus;
import io.intelgraph.maestro.model.repo.RepoId;
import io.intelgraph.maestro.store.BuildPlane;
import io.intelgraph.maestro.store.BuildSnapshot;
import io.intelgraph.maestro.store.Freshness;
import io.intelgraph.maestro.store.SourceHealth;
import io.intelgraph.maestro.store.TileKey;
import io.intelgraph.maestro.testing.Fixtures;
import io.intelgraph.maestro.testing.Runs;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The HUD's hub-fed source: the hub's feed lands in the local store, goes stale when the hub goes, and comes back. */
class HubSourceTest {

    private static final byte[] WORKFLOW_RUN = Fixtures.bytes("github/webhooks/workflow_run.completed.payload.json");
    private static final TileKey OCTO = new TileKey(RepoId.parse("octo-org/octo-repo"), "master");
    private static final Backoff QUICK = new Backoff(Duration.ofMillis(50), Duration.ofMillis(200), new Random(7));

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final BuildPlane local = new BuildPlane(Clock.systemUTC(), Clock.systemUTC(), SourceHealth.connecting("hub", false),
            Runnable::run);
    private HubHarness harness = new HubHarness(HubHarness.emptyPlaneDispatching(), HubHarness.settings(),
            Hub.Sources.none());
    private HubSource source;

    @AfterEach
    void stop() {
        if (source != null) {
            source.close();
        }
        harness.close();
        scheduler.shutdownNow();
        local.close();
    }

    private HubSource follow(URI hub) {
        source = new HubSource(HubSource.feedUri(hub), Optional.empty(), local, scheduler, QUICK, Clock.systemUTC())
                .start();
        return source;
    }

    private boolean await(Predicate<BuildSnapshot> condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.test(local.snapshot())) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(2);
        }
        return true;
    }

    @Test
    void aSignedWorkflowRunPostedToTheHubReachesTheLocalStoreWithinASecond() throws Exception {
        follow(URI.create(harness.hub.server().baseUrl()));
        assertTrue(await(s -> s.health().sourceName().startsWith("hub ws://127.0.0.1:"), Duration.ofSeconds(10)),
                () -> "never followed the hub: " + local.snapshot().health());

        // A first delivery warms the HTTP path (class loading), as on a hub that has been up a while.
        harness.deliver("ping", "d-0", "{\"zen\":\"warm\"}".getBytes(StandardCharsets.UTF_8));
        long sent = System.nanoTime();
        assertEquals(200, harness.deliver("workflow_run", "d-1", WORKFLOW_RUN).statusCode());
        long left = TimeUnit.SECONDS.toNanos(1) - (System.nanoTime() - sent);
        assertTrue(await(s -> s.tiles().stream().anyMatch(t -> t.key().equals(OCTO)), Duration.ofNanos(Math.max(0, left))),
                "the webhook's tile did not reach the HUD's store within a second of the POST");
        System.out.printf("webhook POST → hub → HUD store: %.1f ms%n", (System.nanoTime() - sent) / 1e6);
        BuildSnapshot shown = local.snapshot();
        assertEquals(Freshness.CONNECTING, shown.health().freshness(), "the hub's own health, passed on");
        assertEquals(1, shown.eventsApplied());
        assertTrue(shown.tiles().stream().allMatch(t -> t.staleReason().isEmpty()));
    }

    @Test
    void aPlaneOnAFollowedClockTimesBuildsOnTheHubsClockNotThisMachines() throws Exception {
        harness.close();
        // The simulated hub's world starts at a fixed time of its own: its running builds began "40 days ago" here.
        Clock hubClock = Clock.offset(Clock.systemUTC(), Duration.ofDays(-40));
        harness = new HubHarness(new BuildPlane(hubClock, Clock.systemUTC(), SourceHealth.connecting("sim", false)),
                HubHarness.settings(), Hub.Sources.none());
        harness.plane.putRun(Runs.run(1, "acme/api", "main", "CI", RunStatus.IN_PROGRESS, Conclusion.NONE, 1));
        BuildPlane display = new BuildPlane(new FollowedClock(Clock.systemUTC()), Clock.systemUTC(),
                SourceHealth.connecting("hub", false), Runnable::run);
        try {
            source = new HubSource(HubSource.feedUri(URI.create(harness.hub.server().baseUrl())), Optional.empty(), display,
                    scheduler, QUICK, Clock.systemUTC()).start();
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (display.snapshot().tiles().isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertEquals(1, display.snapshot().tiles().size(), () -> "hub " + harness.plane.snapshot().tiles().size()
                    + " display " + display.snapshot().health());
            Duration skew = Duration.between(display.clock().instant(), hubClock.instant()).abs();
            assertTrue(skew.toSeconds() < 5, "the display's build clock is " + skew + " off the hub's");
        } finally {
            display.close();
        }
    }

    @Test
    void whenTheHubGoesTheTilesGoStaleWithTheReasonAndComeBackWhenItReturns() throws Exception {
        harness.plane.putRun(Runs.run(1, "acme/api", "main", "CI", RunStatus.COMPLETED, Conclusion.SUCCESS, 1));
        int port = URI.create(harness.hub.server().baseUrl()).getPort();
        follow(URI.create("ws://127.0.0.1:" + port));
        assertTrue(await(s -> s.tiles().size() == 1, Duration.ofSeconds(10)));

        harness.close();
        assertTrue(await(s -> s.health().freshness() == Freshness.STALE, Duration.ofSeconds(10)));
        SourceHealth stale = local.snapshot().health();
        assertTrue(stale.message().startsWith("lost the hub ws://127.0.0.1:" + port), stale.message());
        assertTrue(stale.message().contains("reconnecting in"), stale.message());
        assertTrue(stale.retryAt() != null);
        assertEquals(1, local.snapshot().tiles().size(), "the last known tiles stay, marked stale");
        assertFalse(local.snapshot().tiles().get(0).staleReason().isEmpty());

        // The hub comes back on the same port, with a new build: the source reconnects and shows it live.
        harness = new HubHarness(HubHarness.emptyPlaneDispatching(),
                Hub.Settings.loopback(port).withSecrets(HubHarness.settings().webhookSecret(), HubHarness.settings().token()), Hub.Sources.none());
        harness.plane.putRun(Runs.run(2, "acme/web", "main", "CI", RunStatus.COMPLETED, Conclusion.FAILURE, 2));
        assertTrue(await(s -> s.tiles().size() == 1 && s.tiles().get(0).key().repo().equals(RepoId.parse("acme/web"))
                && s.tiles().get(0).staleReason().isEmpty(), Duration.ofSeconds(10)),
                () -> "did not reconnect: " + local.snapshot().health());
    }

    @Test
    void aHubThatCannotBeReachedIsStaleFromTheStartAndRetried() throws Exception {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        follow(URI.create("ws://127.0.0.1:" + port));
        assertTrue(await(s -> s.health().freshness() == Freshness.STALE, Duration.ofSeconds(10)));
        assertTrue(local.snapshot().health().message().startsWith("cannot reach the hub ws://127.0.0.1:" + port),
                local.snapshot().health().message());
    }

    /** A hub that skips a frame: the source asks for a fresh snapshot and shows it. */
    @Test
    void aGapInSeqIsAnsweredWithAFreshSnapshot() throws Exception {
        BuildPlane hubs = HubHarness.emptyPlane();
        hubs.putRun(Runs.run(1, "acme/api", "main", "CI", RunStatus.COMPLETED, Conclusion.SUCCESS, 1));
        BuildSnapshot first = hubs.snapshot();
        hubs.putRun(Runs.run(2, "acme/web", "main", "CI", RunStatus.COMPLETED, Conclusion.FAILURE, 2));
        BuildSnapshot second = hubs.snapshot();
        FrameEncoder encoder = new FrameEncoder();
        AtomicInteger resyncs = new AtomicInteger();
        WebSocketServer skipping = new WebSocketServer(new InetSocketAddress("127.0.0.1", 0)) {
            @Override
            public void onOpen(WebSocket conn, ClientHandshake handshake) {
                conn.send(encoder.snapshot(first, 1).json());
                // seq 2 never comes: 3 is a gap.
                conn.send(encoder.delta(new Delta.TileChanged(second.tiles().get(1)), 3, second).json());
            }

            @Override
            public void onMessage(WebSocket conn, String message) {
                if (message.contains("resync")) {
                    resyncs.incrementAndGet();
                    conn.send(encoder.snapshot(second, 3).json());
                }
            }

            @Override
            public void onClose(WebSocket conn, int code, String reason, boolean remote) {
            }

            @Override
            public void onError(WebSocket conn, Exception ex) {
            }

            @Override
            public void onStart() {
            }
        };
        skipping.setReuseAddr(true);
        skipping.start();
        try {
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (skipping.getPort() == 0 && System.nanoTime() < until) {
                Thread.sleep(5);
            }
            follow(URI.create("ws://127.0.0.1:" + skipping.getPort()));
            assertTrue(await(s -> s.tiles().size() == 2, Duration.ofSeconds(10)),
                    () -> "no fresh snapshot after the gap: " + local.snapshot().tiles());
            assertEquals(1, resyncs.get());
        } finally {
            source.close();
            skipping.stop(1000);
        }
    }

    @Test
    void backoffGrowsIsCappedAndJittered() {
        Backoff backoff = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(30), new Random(1));
        for (int attempt = 0; attempt < 30; attempt++) {
            long ceiling = Math.min(30_000, 500L << Math.min(attempt, 20));
            long wait = backoff.delay(attempt).toMillis();
            assertTrue(wait >= ceiling / 2 && wait <= ceiling, attempt + ": " + wait);
        }
        assertTrue(IntStream.range(0, 20).mapToObj(i -> backoff.delay(10)).distinct().count() > 1,
                "the same attempt waits different times");
    }
}
