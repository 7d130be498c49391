package io.intelgraph.maestro.store;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Runs its tasks one at a time, in the order they were given, on a shared executor: each
 * subscriber of the plane has one, so its snapshots arrive in order while a slow subscriber holds
 * up only itself. The shape of fabric8's {@code SerialExecutor}.
 */
final class SerialExecutor implements Executor {

    private final Executor shared;
    private final Queue<Runnable> tasks = new ArrayDeque<>();
    private Runnable active;
    private boolean shutdown;

    SerialExecutor(Executor shared) {
        this.shared = shared;
    }

    /** Queues {@code task} behind the others; a shut-down executor drops it. */
    @Override
    public synchronized void execute(Runnable task) {
        if (shutdown) {
            return;
        }
        tasks.add(() -> {
            try {
                task.run();
            } finally {
                scheduleNext();
            }
        });
        if (active == null) {
            scheduleNext();
        }
    }

    private synchronized void scheduleNext() {
        active = tasks.poll();
        if (active != null) {
            try {
                shared.execute(active);
            } catch (RejectedExecutionException e) {
                // The shared executor was shut down with the plane: nothing more runs here.
                shutdownNow();
            }
        }
    }

    /** Drops the tasks not started; one running finishes. */
    synchronized void shutdownNow() {
        shutdown = true;
        tasks.clear();
        active = null;
    }
}
