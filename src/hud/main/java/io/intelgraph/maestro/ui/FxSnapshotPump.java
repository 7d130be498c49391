package io.intelgraph.maestro.ui;

import io.intelgraph.maestro.store.BuildSnapshot;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Hands snapshots from the plane's dispatch thread to the FX thread, coalesced: however many arrive
 * between two FX pulses, the FX thread sees only the newest, once, at the start of the next pulse
 * (an animation timer that runs only while a snapshot waits), and never one older than a snapshot it
 * has seen. So the picture is sorted and laid out once per frame drawn: with {@code runLater} it was
 * handed over as soon as the FX thread was free — at 500 writes a second, several times between two
 * frames, each a sort of 2,000 tiles that no frame showed. The FX thread only reads immutable
 * snapshots here: it never takes the store's lock.
 */
public final class FxSnapshotPump implements Consumer<BuildSnapshot> {

    private final Consumer<BuildSnapshot> onFxThread;
    private final AtomicReference<BuildSnapshot> latest = new AtomicReference<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final AtomicLong received = new AtomicLong();
    private final AtomicLong delivered = new AtomicLong();
    private final AnimationTimer nextPulse = new AnimationTimer() {
        @Override
        public void handle(long now) {
            deliver();
        }
    };

    public FxSnapshotPump(Consumer<BuildSnapshot> onFxThread) {
        this.onFxThread = onFxThread;
    }

    @Override
    public void accept(BuildSnapshot snapshot) {
        received.incrementAndGet();
        latest.accumulateAndGet(snapshot, (old, now) -> old == null || now.version() > old.version() ? now : old);
        if (scheduled.compareAndSet(false, true)) {
            Platform.runLater(nextPulse::start);
        }
    }

    private void deliver() {
        nextPulse.stop(); // no pulses asked for while nothing waits: an idle window draws nothing
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
