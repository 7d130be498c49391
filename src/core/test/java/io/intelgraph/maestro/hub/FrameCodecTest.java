package io.intelgraph.maestro.hub;

import io.intelgraph.maestro.github.GitHubPoller;
import io.intelgraph.maestro.store.BuildPlane;
import io.intelgraph.maestro.store.BuildSnapshot;
import io.intelgraph.maestro.testing.SimHarness;
import org.java_websocket.drafts.Draft_6455;
import org.java_websocket.enums.Role;
import org.java_websocket.framing.Framedata;
import org.java_websocket.framing.TextFrame;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The wire format loses nothing: what the encoder writes, the decoder reads back into the same records. */
class FrameCodecTest {

    private final SimHarness sim = new SimHarness(42);
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
    private final BuildPlane plane = HubPlanes.plane(sim);
    private final GitHubPoller poller = HubPlanes.poller(sim, plane, executor);
    private final FrameEncoder encoder = new FrameEncoder();

    @AfterEach
    void stop() {
        poller.close();
        executor.shutdownNow();
        sim.close();
    }

    @Test
    void aSnapshotFrameReadsBackAsTheSameSnapshot() {
        poller.syncOnce();
        HubPlanes.decorate(plane);
        BuildSnapshot snapshot = plane.snapshot();
        assertTrue(snapshot.tiles().size() > 60, "the simulated organisation: " + snapshot.tiles().size());

        HubMirror mirror = new HubMirror();
        HubMirror.Outcome outcome = mirror.apply(encoder.snapshot(snapshot, 17).json());

        assertEquals(snapshot, assertInstanceOf(HubMirror.Outcome.Applied.class, outcome).snapshot());
        assertEquals(17, mirror.seq());
    }

    @Test
    void deltasKeepAClientsCopyEqualToThePlaneThroughHalfAnHourOfChanges() {
        poller.syncOnce();
        HubFeed feed = new HubFeed(encoder, new HubMetrics()).follow(plane);
        MirrorSubscriber client = new MirrorSubscriber();
        feed.join(client);
        assertEquals(plane.snapshot(), client.mirror.snapshot());

        HubPlanes.decorate(plane);
        assertEquals(plane.snapshot(), client.mirror.snapshot());
        for (int minute = 0; minute < 30; minute += 5) {
            HubPlanes.advance(sim, poller, 5);
            assertEquals(plane.snapshot(), client.mirror.snapshot(), "after minute " + minute);
        }
        plane.putRecommendations(plane.snapshot().version(), List.of());
        plane.putPreviews(List.of(), plane.snapshot().cluster());
        // Unwatching every repository but one takes the others' tiles away after the retention window.
        plane.setRetention(Duration.ZERO);
        plane.watchRepos(List.of(plane.snapshot().tiles().get(0).key().repo()));
        HubPlanes.advance(sim, poller, 1);

        assertEquals(plane.snapshot(), client.mirror.snapshot());
        assertEquals(0, client.gaps);
        assertTrue(client.types.contains("tile-removed") && client.types.contains("distillation-removed")
                && client.types.contains("preview") && client.types.contains("source") && client.types.contains("tile"),
                "every kind of change went through: " + client.types);
    }

    @Test
    void aFrameThatDoesNotFitIsRefusedNamingTheFieldAndTheCopyStaysAsItWas() {
        poller.syncOnce();
        HubMirror mirror = new HubMirror();
        mirror.apply(encoder.snapshot(plane.snapshot(), 1).json());
        BuildSnapshot before = mirror.snapshot();

        MalformedFrameException notJson = assertThrows(MalformedFrameException.class, () -> mirror.apply("{\"type\":"));
        assertTrue(notJson.getMessage().startsWith("not JSON"), notJson.getMessage());
        String tile = encoder.delta(new Delta.TileChanged(plane.snapshot().tiles().get(0)), 2, plane.snapshot()).json();
        MalformedFrameException badState = assertThrows(MalformedFrameException.class,
                () -> mirror.apply(tile.replace("\"state\":\"", "\"state\":\"EXPLODED")));
        assertTrue(badState.getMessage().contains("state"), badState.getMessage());
        assertEquals(before, mirror.snapshot());
        assertEquals(1, mirror.seq());
    }

    @Test
    void everyFrameCarriesTheHubsClockAndItsRateSoADisplayTimesBuildsOnIt() {
        poller.syncOnce();
        // The simulated hub's clock: a fixed origin, ten times real time.
        Clock hubClock = Clock.offset(Clock.systemUTC(), Duration.ofDays(-40));
        FrameEncoder simulated = new FrameEncoder(hubClock, 10);
        HubMirror mirror = new HubMirror();
        assertEquals(Optional.empty(), mirror.hubTime(), "nothing heard yet");

        mirror.apply(simulated.snapshot(plane.snapshot(), 1).json());
        HubTime time = mirror.hubTime().orElseThrow();
        assertEquals(10.0, time.rate());
        assertTrue(Duration.between(time.now(), hubClock.instant()).abs().toSeconds() < 5, time.now().toString());

        String tile = simulated.delta(new Delta.TileChanged(plane.snapshot().tiles().get(0)), 2, plane.snapshot()).json();
        MalformedFrameException backwards = assertThrows(MalformedFrameException.class,
                () -> mirror.apply(tile.replace("\"clockRate\":10.0", "\"clockRate\":-1")));
        assertTrue(backwards.getMessage().contains("clockRate"), backwards.getMessage());
        assertEquals(1, mirror.seq(), "the bad frame changed nothing");
        assertEquals(10.0, mirror.hubTime().orElseThrow().rate());

        FollowedClock followed = new FollowedClock(Clock.systemUTC());
        followed.follow(time);
        assertTrue(Duration.between(followed.instant(), hubClock.instant()).abs().toSeconds() < 60,
                "the display's clock is the hub's, 40 days behind this machine's: " + followed.instant());
    }

    @Test
    void aMissedFrameIsAGapAndNothingIsAppliedUntilAFreshSnapshot() {
        poller.syncOnce();
        BuildSnapshot snapshot = plane.snapshot();
        HubMirror mirror = new HubMirror();
        mirror.apply(encoder.snapshot(snapshot, 5).json());
        Delta change = new Delta.TileChanged(snapshot.tiles().get(0));

        assertInstanceOf(HubMirror.Outcome.Skipped.class, mirror.apply(encoder.delta(change, 5, snapshot).json()),
                "a frame the snapshot already includes");
        HubMirror.Outcome.Gap gap = assertInstanceOf(HubMirror.Outcome.Gap.class,
                mirror.apply(encoder.delta(change, 7, snapshot).json()));
        assertEquals(6, gap.expected());
        assertTrue(mirror.awaitingSnapshot());
        assertInstanceOf(HubMirror.Outcome.Skipped.class, mirror.apply(encoder.delta(change, 8, snapshot).json()));
        assertInstanceOf(HubMirror.Outcome.Applied.class, mirror.apply(encoder.snapshot(snapshot, 8).json()));
        assertInstanceOf(HubMirror.Outcome.Applied.class, mirror.apply(encoder.delta(change, 9, snapshot).json()));
        assertInstanceOf(HubMirror.Outcome.Reply.class, mirror.apply(FrameEncoder.reply("pong", "").json()));
    }

    /** Lengths at each of RFC 6455's three length encodings' edges, read back by Java-WebSocket's own frame parser. */
    @ParameterizedTest
    @ValueSource(ints = {0, 125, 126, 65_535, 65_536, 200_000})
    void aFrameOnTheWireIsWhatJavaWebSocketReads(int length) throws Exception {
        byte[] json = "x".repeat(length).getBytes(StandardCharsets.UTF_8);
        Frame frame = Frame.text("tile", 1, json);
        Draft_6455 client = new Draft_6455();
        client.setParseMode(Role.CLIENT);
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        frame.writeTo(wire);
        assertEquals(wire.size(), frame.size());
        List<Framedata> read = client.translateFrame(ByteBuffer.wrap(wire.toByteArray()));
        assertEquals(1, read.size());
        TextFrame text = assertInstanceOf(TextFrame.class, read.get(0));
        assertTrue(text.isFin());
        assertEquals(length, text.getPayloadData().remaining());
        assertEquals(new String(json, StandardCharsets.UTF_8), frame.json());
    }

    /** A client that applies every frame it is offered to its own copy, as a connected HUD would. */
    static final class MirrorSubscriber implements HubFeed.Subscriber {
        final HubMirror mirror = new HubMirror();
        final Set<String> types = new TreeSet<>();
        int gaps;

        @Override
        public void offer(List<Frame> frames, Supplier<Frame> snapshot) {
            frames.forEach(this::apply);
        }

        @Override
        public void restart(Frame snapshot) {
            apply(snapshot);
        }

        private void apply(Frame frame) {
            types.add(frame.type());
            if (mirror.apply(frame.json()) instanceof HubMirror.Outcome.Gap) {
                gaps++;
            }
        }
    }
}
