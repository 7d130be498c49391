package io.intelgraph.maestro.ui.task;

import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The application's {@link TaskExecutor}: a fixed number of named daemon workers
 * ({@code hud-task-1} …), outcomes handed to the FX thread. The only place view-model work
 * reaches the FX thread; closed by the composition root on exit.
 */
public final class FxTaskExecutor implements TaskExecutor {

    private static final Logger LOG = LoggerFactory.getLogger(FxTaskExecutor.class);

    private final ScheduledThreadPoolExecutor workers;
    private final Executor ui;

    /** @param threads how many tasks may run at once (network reads, deploys, report parsing) */
    public FxTaskExecutor(int threads) {
        this(threads, Platform::runLater);
    }

    /** @param ui where outcomes are handed over (the FX thread; another executor in a test of this class) */
    FxTaskExecutor(int threads, Executor ui) {
        this.workers = new ScheduledThreadPoolExecutor(threads, named("hud-task"));
        // A debounced save is rescheduled on every keystroke: cancelled ones must not pile up in the queue.
        this.workers.setRemoveOnCancelPolicy(true);
        this.ui = ui;
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public <T> void execute(BackgroundTask<T> task) {
        try {
            workers.execute(() -> run(task));
        } catch (RejectedExecutionException e) {
            LOG.debug("{} not started: the HUD is closing", task.name());
        }
    }

    @Override
    public <T> Cancellable schedule(Duration delay, BackgroundTask<T> task) {
        try {
            ScheduledFuture<?> future = workers.schedule(() -> run(task), delay.toNanos(), TimeUnit.NANOSECONDS);
            return () -> future.cancel(false);
        } catch (RejectedExecutionException e) {
            LOG.debug("{} not scheduled: the HUD is closing", task.name());
            return Cancellable.NONE;
        }
    }

    private <T> void run(BackgroundTask<T> task) {
        BackgroundTask.Outcome<T> outcome = task.call();
        if (outcome instanceof BackgroundTask.Stale<T>) {
            return;
        }
        ui.execute(() -> {
            try {
                task.deliver(outcome);
            } catch (RuntimeException e) {
                LOG.error("Showing the outcome of {} failed", task.name(), e);
            }
        });
    }

    @Override
    public Executor ui() {
        return ui;
    }

    @Override
    public void close() {
        workers.shutdownNow();
        try {
            if (!workers.awaitTermination(2, TimeUnit.SECONDS)) {
                LOG.warn("Background tasks still running at exit: {}", workers.getActiveCount());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
