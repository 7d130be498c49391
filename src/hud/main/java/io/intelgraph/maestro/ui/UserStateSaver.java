package io.intelgraph.maestro.ui;

import io.intelgraph.maestro.ui.task.BackgroundTask;
import io.intelgraph.maestro.ui.task.TaskExecutor;
import io.intelgraph.maestro.userstate.UserStateStore.UserState;
import io.intelgraph.maestro.userstate.UserStateStore;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Writes what the user set on screen to {@code ui-state.json} off the FX thread, {@link #DELAY}
 * after the last change: typing a filter is one write, not one per keystroke. {@link #flush()}
 * writes what is still pending at once (on close).
 */
public final class UserStateSaver {

    static final Duration DELAY = Duration.ofMillis(400);

    private final UserStateStore store;
    private final TaskExecutor tasks;
    /** The newest state not yet written; taken by whichever write comes first. */
    private final AtomicReference<UserState> pending = new AtomicReference<>();
    /** FX thread only. */
    private TaskExecutor.Cancellable scheduled = TaskExecutor.Cancellable.NONE;

    public UserStateSaver(UserStateStore store, TaskExecutor tasks) {
        this.store = store;
        this.tasks = tasks;
    }

    /** The user changed something (FX thread): write it once they have stopped for {@link #DELAY}. */
    public void changed(UserState state) {
        pending.set(state);
        scheduled.cancel();
        scheduled = tasks.schedule(DELAY, BackgroundTask.of("save ui-state.json", this::writePending));
    }

    /** Writes the pending state now, on the calling thread (the HUD is closing). */
    public void flush() {
        writePending();
    }

    /**
     * Synchronized so that a slow write of an older state cannot land after a newer one. Only
     * writers (a worker, the closing thread) take this monitor, never the FX thread.
     */
    private synchronized void writePending() {
        UserState state = pending.getAndSet(null);
        if (state != null) {
            store.save(state); // a failure is logged by the store; the next change tries again
        }
    }
}
