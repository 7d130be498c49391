package io.intelgraph.maestro.hub;

import io.intelgraph.maestro.store.BuildPlane;
import io.intelgraph.maestro.store.BuildSnapshot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Supplier;

/**
 * The hub's one link to the store: it subscribes to the {@link BuildPlane}, turns each new snapshot
 * into numbered delta frames and hands them to every client. A client joins with a snapshot frame
 * numbered like the last delta it includes, so the deltas that follow continue it without a gap or
 * a repeat. Frames are encoded once and shared by all clients.
 */
public final class HubFeed implements AutoCloseable {

    /** Where the feed's frames go: one connected client. */
    public interface Subscriber {

        /**
         * The next frames of the feed, in order. Called with the feed's lock held: must not block.
         *
         * @param snapshot a fresh snapshot, for a subscriber that would rather send it than its backlog
         */
        void offer(List<Frame> frames, Supplier<Frame> snapshot);

        /** Drop whatever is queued and send this snapshot next (on joining, and when the client asks for one). */
        void restart(Frame snapshot);
    }

    private static final Logger LOG = LoggerFactory.getLogger(HubFeed.class);

    private final FrameEncoder encoder;
    private final HubMetrics metrics;
    private final Set<Subscriber> subscribers = new CopyOnWriteArraySet<>();
    private BuildSnapshot current;
    private long seq;
    private Frame snapshotFrame;
    private Runnable unsubscribe = () -> { };

    public HubFeed(FrameEncoder encoder, HubMetrics metrics) {
        this.encoder = encoder;
        this.metrics = metrics;
    }

    /**
     * Follows the plane from now on. Its current snapshot is taken here, so the feed has a state
     * before the plane's dispatch hands over the first one (on the feed's own serial executor).
     */
    public HubFeed follow(BuildPlane plane) {
        accept(plane.snapshot());
        unsubscribe = plane.subscribe("hub feed", this::accept);
        return this;
    }

    /**
     * A new snapshot of the plane. One not newer than the last is dropped, since the last already
     * includes it (the first one is also taken directly, in {@link #follow}).
     */
    public void accept(BuildSnapshot next) {
        synchronized (this) {
            if (current == null) {
                current = next;
                return;
            }
            if (next.version() <= current.version()) {
                return;
            }
            BuildSnapshot before = current;
            current = next;
            snapshotFrame = null;
            metrics.snapshotVersion(next.version());
            List<Frame> frames;
            try {
                List<Delta> deltas = FeedDiff.between(before, next);
                frames = new ArrayList<>(deltas.size());
                for (Delta delta : deltas) {
                    frames.add(encoder.delta(delta, seq + frames.size() + 1, next));
                }
            } catch (RuntimeException e) {
                // A change the feed cannot put into frames must not go missing without a trace: every
                // client starts again from a snapshot of the new state.
                LOG.error("hub: the change to version {} could not be sent as deltas; every client gets a fresh snapshot",
                        next.version(), e);
                subscribers.forEach(s -> s.restart(snapshotFrame()));
                return;
            }
            if (frames.isEmpty()) {
                return;
            }
            seq += frames.size();
            metrics.seq(seq);
            for (Subscriber subscriber : subscribers) {
                subscriber.offer(frames, this::snapshotFrame);
            }
        }
    }

    /** The snapshot frame for the current state, encoded once however many clients ask. */
    public synchronized Frame snapshotFrame() {
        if (snapshotFrame == null) {
            snapshotFrame = encoder.snapshot(current(), seq);
        }
        return snapshotFrame;
    }

    /** The latest snapshot of the plane. */
    public synchronized BuildSnapshot current() {
        if (current == null) {
            throw new IllegalStateException("the feed follows no plane yet");
        }
        return current;
    }

    public synchronized long seq() {
        return seq;
    }

    /** A client joins: it gets the snapshot first, then every delta after it. */
    public synchronized void join(Subscriber subscriber) {
        subscribers.add(subscriber);
        subscriber.restart(snapshotFrame());
    }

    /** A client asked for a fresh snapshot (it saw a gap): its queue is replaced by one. */
    public synchronized void resync(Subscriber subscriber) {
        if (subscribers.contains(subscriber)) {
            subscriber.restart(snapshotFrame());
        }
    }

    public void leave(Subscriber subscriber) {
        subscribers.remove(subscriber);
    }

    public int clients() {
        return subscribers.size();
    }

    @Override
    public void close() {
        unsubscribe.run();
    }
}
