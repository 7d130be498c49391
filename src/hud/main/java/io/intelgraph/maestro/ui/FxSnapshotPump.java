package io.intelgraph.maestro.ui;

import io.intelgraph.maestro.store.BuildSnapshot;
import javafx.application.Platform;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Hands snapshots from the plane's dispatch thread to the FX thread, coalesced: however many arrive
 * between two FX pulses, the FX thread sees only the newest, once, and never one older than a
 * snapshot it has seen. This is what keeps a burst of a thousand events from queueing a thousand UI
 * updates. The FX thread only reads immutable snapshots here: it never takes the store's lock.
 */
public final class FxSnapshotPump implements Consumer<BuildSnapshot> {

    private final Consumer<BuildSnapshot> onFxThread;
    private final AtomicReference<BuildSnapshot> latest = new AtomicReference<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final AtomicLong received = new AtomicLong();
    private final AtomicLong delivered = new AtomicLong();

    public FxSnapshotPump(Consumer<BuildSnapshot> onFxThread) {
        this.onFxThread = onFxThread;
    }

    @Override
    public void accept(BuildSnapshot snapshot) {
        received.incrementAndGet();
        latest.accumulateAndGet(snapshot, (old, now) -> old == null || now.version() > old.version() ? now : old);
        if (scheduled.compareAndSet(false, true)) {
            Platform.runLater(this::deliver);
        }
    }

    private void deliver() {
        scheduled.set(false);
        BuildSnapshot snapshot = latest.get();
        if (snapshot != null) {
            delivered.incrementAndGet();
            onFxThread.accept(snapshot);
        }
    }

    public long received() {
        return received.get();
    }

    public long delivered() {
        return delivered.get();
    }
}
