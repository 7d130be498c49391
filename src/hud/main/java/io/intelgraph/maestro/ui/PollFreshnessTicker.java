package io.intelgraph.maestro.ui;

import io.intelgraph.maestro.github.PollScheduler.RepoFreshness;
import io.intelgraph.maestro.ui.task.BackgroundTask;
import io.intelgraph.maestro.ui.task.TaskExecutor;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Reads the poller's freshness once a second on a worker (the scheduler's lock is not the FX
 * thread's to wait for) and hands the status bar's words to the view model: at most one update a
 * second, whatever the poller does.
 */
final class PollFreshnessTicker implements AutoCloseable {

    static final Duration EVERY = Duration.ofSeconds(1);

    private final Supplier<List<RepoFreshness>> freshness;
    private final HudViewModel model;
    private final TaskExecutor tasks;
    private final Clock clock;
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile TaskExecutor.Cancellable next = TaskExecutor.Cancellable.NONE;

    PollFreshnessTicker(Supplier<List<RepoFreshness>> freshness, HudViewModel model, TaskExecutor tasks, Clock clock) {
        this.freshness = freshness;
        this.model = model;
        this.tasks = tasks;
        this.clock = clock;
    }

    PollFreshnessTicker start() {
        schedule(Duration.ZERO);
        return this;
    }

    private void schedule(Duration delay) {
        if (closed.get()) {
            return;
        }
        next = tasks.schedule(delay, BackgroundTask.of("poll freshness", () -> PollFreshnessText.of(freshness.get(),
                clock.instant()))
                .onSuccess(text -> {
                    model.showPollFreshness(text);
                    schedule(EVERY);
                })
                .onFailure(e -> schedule(EVERY)));
    }

    @Override
    public void close() {
        closed.set(true);
        next.cancel();
    }
}
