package io.intelgraph.maestro.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * One subscriber of the plane and its own serial executor. Snapshots that arrive while it is busy
 * are coalesced to the newest; one older than a snapshot it already had is never handed to it. A
 * subscriber that throws is logged and gets the next snapshot as usual.
 */
final class Subscription {

    private static final Logger LOG = LoggerFactory.getLogger(Subscription.class);

    private final String name;
    private final Consumer<BuildSnapshot> subscriber;
    private final SerialExecutor serial;
    private final AtomicReference<BuildSnapshot> newest = new AtomicReference<>();
    private final AtomicBoolean queued = new AtomicBoolean();
    private volatile boolean closed;
    /** Touched only on the serial executor. */
    private long delivered = Long.MIN_VALUE;

    Subscription(String name, Consumer<BuildSnapshot> subscriber, SerialExecutor serial) {
        this.name = name;
        this.subscriber = subscriber;
        this.serial = serial;
    }

    /** Called on the writer's thread: only queues, never runs the subscriber. */
    void offer(BuildSnapshot snapshot) {
        if (closed) {
            return;
        }
        newest.accumulateAndGet(snapshot, (held, offered) -> held == null || offered.version() > held.version() ? offered : held);
        if (queued.compareAndSet(false, true)) {
            serial.execute(this::deliver);
        }
    }

    private void deliver() {
        queued.set(false);
        BuildSnapshot snapshot = newest.getAndSet(null);
        if (snapshot == null || closed || snapshot.version() <= delivered) {
            return;
        }
        delivered = snapshot.version();
        try {
            subscriber.accept(snapshot);
        } catch (RuntimeException e) {
            LOG.error("Subscriber {} failed on snapshot {}; it gets the next one as usual", name, snapshot.version(), e);
        }
    }

    /** No snapshot is handed over after this returns, except to a call already under way. */
    void close() {
        closed = true;
        serial.shutdownNow();
        newest.set(null);
    }
}
