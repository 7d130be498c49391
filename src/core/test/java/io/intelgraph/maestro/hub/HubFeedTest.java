package io.intelgraph.maestro.hub;

import io.intelgraph.maestro.model.build.Conclusion;
import io.intelgraph.maestro.model.build.RunStatus;
import io.intelgraph.maestro.store.BuildPlane;
import io.intelgraph.maestro.store.BuildSnapshot;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import static io.intelgraph.maestro.testing.Runs.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The feed numbers every change once, shares each frame among clients, and joins a client without a gap. */
class HubFeedTest {

    private final BuildPlane plane = HubHarness.emptyPlane();
    private final HubFeed feed = new HubFeed(new FrameEncoder(), new HubMetrics()).follow(plane);

    /** Records what it is sent. */
    private static final class Recording implements HubFeed.Subscriber {
        final List<Frame> frames = new ArrayList<>();

        public void offer(List<Frame> offered, Supplier<Frame> snapshot) {
            frames.addAll(offered);
        }

        public void restart(Frame snapshot) {
            frames.add(snapshot);
        }
    }

    @Test
    void aClientJoiningMidStreamContinuesFromItsSnapshotAndFramesAreShared() {
        Recording early = new Recording();
        feed.join(early);
        plane.putRun(run(1, "o/a", "main", "CI", RunStatus.IN_PROGRESS, Conclusion.NONE, 0));
        Recording late = new Recording();
        feed.join(late);
        plane.putRun(run(2, "o/a", "dev", "CI", RunStatus.QUEUED, Conclusion.NONE, 1));

        assertTrue(early.frames.get(0).isSnapshot());
        assertEquals(0, early.frames.get(0).seq());
        assertTrue(late.frames.get(0).isSnapshot());
        long joinedAt = late.frames.get(0).seq();
        assertEquals(feed.seq(), late.frames.get(late.frames.size() - 1).seq());
        assertEquals(joinedAt + 1, late.frames.get(1).seq(), "the first delta after the snapshot continues it");
        for (int i = 1; i < early.frames.size(); i++) {
            assertEquals(i, early.frames.get(i).seq(), "numbered one by one, no gap");
        }
        Frame shared = late.frames.get(1);
        assertSame(shared, early.frames.stream().filter(f -> f.seq() == shared.seq()).findFirst().orElseThrow(),
                "one frame object for every client");
    }

    @Test
    void aSnapshotOlderThanTheLastOneIsDropped() {
        plane.putRun(run(1, "o/a", "main", "CI", RunStatus.IN_PROGRESS, Conclusion.NONE, 0));
        BuildSnapshot older = plane.snapshot();
        plane.putRun(run(1, "o/a", "main", "CI", RunStatus.COMPLETED, Conclusion.SUCCESS, 0));
        long seq = feed.seq();
        feed.accept(older);
        assertEquals(seq, feed.seq());
        assertEquals(plane.snapshot(), feed.current());
    }

    @Test
    void aSnapshotThatChangesNothingOnTheWireSendsNothing() {
        Recording client = new Recording();
        feed.join(client);
        plane.batch(() -> { });
        plane.setRetention(BuildPlane.DEFAULT_RETENTION);
        assertEquals(1, client.frames.size(), "only the snapshot");
    }
}
