package io.intelgraph.maestro.preview;

import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs an action once a burst of triggers has stopped for {@code quiet}, and at most {@code maxDelay}
 * after the burst's first trigger, so a cluster that never stops changing still gets read. The action
 * runs on the executor; triggers may come from any thread.
 */
final class Debouncer {

    private final ScheduledExecutorService executor;
    private final long quietNanos;
    private final long maxDelayNanos;
    private final Runnable action;
    private final AtomicBoolean pending = new AtomicBoolean();
    private volatile long firstNanos;
    private volatile long lastNanos;

    Debouncer(ScheduledExecutorService executor, Duration quiet, Duration maxDelay, Runnable action) {
        this.executor = executor;
        this.quietNanos = quiet.toNanos();
        this.maxDelayNanos = maxDelay.toNanos();
        this.action = action;
    }

    void trigger() {
        long now = System.nanoTime();
        lastNanos = now;
        if (pending.compareAndSet(false, true)) {
            firstNanos = now;
            schedule(quietNanos);
        }
    }

    private void settle() {
        long now = System.nanoTime();
        long quietFor = now - lastNanos;
        long waited = now - firstNanos;
        if (quietFor < quietNanos && waited < maxDelayNanos) {
            schedule(Math.min(quietNanos - quietFor, maxDelayNanos - waited));
            return;
        }
        // Cleared before the action: a trigger from now on schedules another run, none is lost.
        pending.set(false);
        action.run();
    }

    private void schedule(long delayNanos) {
        try {
            executor.schedule(this::settle, delayNanos, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            // the executor is shut down: a late trigger has nothing left to refresh
        }
    }
}
