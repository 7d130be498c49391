package io.intelgraph.maestro.ui.task;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.function.Consumer;

/**
 * A piece of work for a worker thread and what to do with its outcome on the UI thread. Built
 * fluently, run by a {@link TaskExecutor}. Every failure is logged here, with its stack trace,
 * and handed to {@link #onFailure} for the words on screen. With a {@link Generation.Ticket}
 * (see {@link #whileCurrent}), a task whose ticket has gone stale neither starts nor reports.
 */
public final class BackgroundTask<T> {

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundTask.class);

    /** The work, on a worker thread. */
    @FunctionalInterface
    public interface Work<T> {
        T call() throws Exception;
    }

    /** Work with no result. */
    @FunctionalInterface
    public interface Action {
        void run() throws Exception;
    }

    /** How a run of the work ended. */
    public sealed interface Outcome<T> {
    }

    record Succeeded<T>(T value) implements Outcome<T> {
    }

    record Failed<T>(Exception failure) implements Outcome<T> {
    }

    /** Not run, or its result dropped: its ticket went stale. */
    record Stale<T>() implements Outcome<T> {
    }

    private final String name;
    private final Work<T> work;
    private Consumer<? super T> onSuccess = value -> { };
    private Consumer<? super Exception> onFailure = failure -> { };
    private Generation.Ticket ticket = Generation.Ticket.ALWAYS;

    private BackgroundTask(String name, Work<T> work) {
        this.name = name;
        this.work = work;
    }

    /** @param name what the work does, in a few words, for the log ("load jobs of o/app run 41") */
    public static <T> BackgroundTask<T> of(String name, Work<T> work) {
        return new BackgroundTask<>(name, work);
    }

    public static BackgroundTask<Void> of(String name, Action action) {
        return new BackgroundTask<>(name, () -> {
            action.run();
            return null;
        });
    }

    /** Told the result, on the UI thread, while the ticket is current. */
    public BackgroundTask<T> onSuccess(Consumer<? super T> handler) {
        this.onSuccess = handler;
        return this;
    }

    /** Told the failure (already logged), on the UI thread, while the ticket is current. */
    public BackgroundTask<T> onFailure(Consumer<? super Exception> handler) {
        this.onFailure = handler;
        return this;
    }

    /** Skips the work, or drops its outcome, once {@code current} has gone stale. */
    public BackgroundTask<T> whileCurrent(Generation.Ticket current) {
        this.ticket = current;
        return this;
    }

    public void executeWith(TaskExecutor executor) {
        executor.execute(this);
    }

    public String name() {
        return name;
    }

    /** Runs the work on this thread (a worker): the outcome to {@link #deliver} on the UI thread. */
    public Outcome<T> call() {
        if (!ticket.isCurrent()) {
            return new Stale<>(); // a newer request is queued behind this one
        }
        try {
            return new Succeeded<>(work.call());
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt(); // the executor is closing
                LOG.debug("{} interrupted", name);
            } else {
                LOG.warn("{} failed: {}", name, e.toString(), e);
            }
            return new Failed<>(e);
        }
    }

    /** Hands {@code outcome} to the handlers, on the UI thread, unless the ticket went stale meanwhile. */
    public void deliver(Outcome<T> outcome) {
        if (!ticket.isCurrent()) {
            return;
        }
        switch (outcome) {
            case Succeeded<T> s -> onSuccess.accept(s.value());
            case Failed<T> f -> onFailure.accept(f.failure());
            case Stale<T> stale -> { }
        }
    }
}
