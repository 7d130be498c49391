package io.intelgraph.maestro.ui.task;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The one way a view model drops stale results: each request takes a {@link Ticket}; taking a
 * newer one (or {@link #invalidate()}) makes the older ones stale, and a {@link BackgroundTask}
 * holding a stale ticket skips its work if it has not started and drops its result if it has.
 * Tickets are read on workers and the FX thread alike, hence atomic.
 */
public final class Generation {

    /** Whether the request a ticket was taken for is still the newest. */
    @FunctionalInterface
    public interface Ticket {

        /** A ticket that never goes stale: for work whose result is wanted whatever happens meanwhile. */
        Ticket ALWAYS = () -> true;

        boolean isCurrent();
    }

    private final AtomicLong current = new AtomicLong();

    /** A ticket for a new request; every ticket taken before it is stale from now on. */
    public Ticket next() {
        long mine = current.incrementAndGet();
        return () -> current.get() == mine;
    }

    /** Makes every ticket taken so far stale (the user closed what they were waiting for). */
    public void invalidate() {
        current.incrementAndGet();
    }
}
