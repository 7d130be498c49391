package io.intelgraph.maestro.ui.task;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One background task: its outcome reaches the right handler, and a stale ticket stops it at either end. */
class BackgroundTaskTest {

    private final List<String> told = new ArrayList<>();

    @Test
    void theResultGoesToOnSuccessAndAFailureToOnFailure() {
        CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor();
        BackgroundTask.of("answer", () -> 42).onSuccess(v -> told.add("got " + v)).onFailure(e -> told.add("failed"))
                .executeWith(tasks);
        BackgroundTask.of("refuse", () -> {
            throw new IOException("disk full");
        }).onSuccess(v -> told.add("got " + v)).onFailure(e -> told.add("failed: " + e.getMessage())).executeWith(tasks);
        assertEquals(List.of("got 42", "failed: disk full"), told);
    }

    @Test
    void aTaskWhoseTicketWentStaleBeforeItStartsDoesNoWork() {
        Generation searches = new Generation();
        AtomicInteger worked = new AtomicInteger();
        BackgroundTask<Integer> older = BackgroundTask.of("search", worked::incrementAndGet).whileCurrent(searches.next());
        searches.next(); // the user typed another letter before the first search started
        BackgroundTask.Outcome<Integer> outcome = older.call();
        assertInstanceOf(BackgroundTask.Stale.class, outcome);
        assertEquals(0, worked.get(), "the stale search never ran");
    }

    @Test
    void aResultThatArrivesAfterANewerRequestIsDropped() {
        Generation loads = new Generation();
        BackgroundTask<String> older = BackgroundTask.of("load A", () -> "A").whileCurrent(loads.next())
                .onSuccess(told::add);
        BackgroundTask.Outcome<String> outcome = older.call(); // A's work is done on its worker…
        BackgroundTask<String> newer = BackgroundTask.of("load B", () -> "B").whileCurrent(loads.next())
                .onSuccess(told::add);
        newer.deliver(newer.call());
        older.deliver(outcome); // …and lands after B was asked for
        assertEquals(List.of("B"), told);
    }

    @Test
    void invalidatingDropsEveryTicketTakenSoFar() {
        Generation opened = new Generation();
        Generation.Ticket first = opened.next();
        Generation.Ticket second = opened.next();
        assertFalse(first.isCurrent());
        assertTrue(second.isCurrent());
        opened.invalidate();
        assertFalse(second.isCurrent(), "closing the panel makes its pending results stale");
        assertTrue(Generation.Ticket.ALWAYS.isCurrent());
    }

    @Test
    void aFailureIsLoggedAndToldEvenWithoutATicket() {
        CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor();
        BackgroundTask.of("explode", () -> {
            throw new IllegalStateException();
        }).onFailure(e -> told.add(e.getClass().getSimpleName())).executeWith(tasks);
        assertEquals(List.of("IllegalStateException"), told);
    }
}
