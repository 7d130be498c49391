package io.intelgraph.maestro.ui;

import io.intelgraph.maestro.store.BuildPlane;
import io.intelgraph.maestro.store.BuildSnapshot;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * The start-up's "first poll on the plane" milestone: the moment the plane first holds live tiles (not the last
 * session's cached picture), seen from the plane's dispatch thread. The window's own "first live data" is taken on the
 * FX thread, which is busy building the window until it is shown, so it could not say whether the window waited for
 * the data or the data for the window (docs/STARTUP.md, session 30). Unsubscribes once it has marked.
 */
final class FirstPollMark implements Consumer<BuildSnapshot> {

    static final String NAME = "first poll on the plane";

    private final BuildPlane plane;
    private final Consumer<String> mark;
    private final AtomicBoolean marked = new AtomicBoolean();
    private final AtomicReference<Runnable> unsubscribe = new AtomicReference<>();

    private FirstPollMark(BuildPlane plane, Consumer<String> mark) {
        this.plane = plane;
        this.mark = mark;
    }

    /** Follows {@code plane} until its first live tiles, then hands {@link #NAME} to {@code mark}, once. */
    static void watch(BuildPlane plane, Consumer<String> mark) {
        FirstPollMark watcher = new FirstPollMark(plane, mark);
        watcher.unsubscribe.set(plane.subscribe("first-poll-mark", watcher));
        if (watcher.marked.get()) {
            watcher.unsubscribe.get().run(); // live already when subscribed: marked before the handle was kept
        }
    }

    @Override
    public void accept(BuildSnapshot snapshot) {
        if (snapshot.tiles().isEmpty() || plane.isCachedPicture(snapshot) || !marked.compareAndSet(false, true)) {
            return;
        }
        mark.accept(NAME);
        Runnable stop = unsubscribe.get();
        if (stop != null) {
            stop.run();
        }
    }
}
