package io.intelgraph.maestro.ui.task;

import java.time.Duration;
import java.util.concurrent.Executor;

/**
 * Runs every view model's background work: {@link BackgroundTask#call() the work} on a worker,
 * its outcome on the UI thread. One is built by the composition root and injected everywhere;
 * tests inject one that runs everything on the calling thread.
 */
public interface TaskExecutor extends AutoCloseable {

    /** A scheduled task that has not run yet can be called off. */
    @FunctionalInterface
    interface Cancellable {

        Cancellable NONE = () -> { };

        /** Calls the task off unless it has started; harmless when it has run or was cancelled. */
        void cancel();
    }

    <T> void execute(BackgroundTask<T> task);

    /** Runs {@code task} once {@code delay} has passed, unless cancelled first. */
    <T> Cancellable schedule(Duration delay, BackgroundTask<T> task);

    /**
     * Where outcomes land: the FX thread in the application, the calling thread in tests. For
     * callbacks that arrive on other threads (a subscription) and must touch a view model.
     */
    Executor ui();

    /** Stops the workers; tasks not yet started are dropped. */
    @Override
    void close();
}
