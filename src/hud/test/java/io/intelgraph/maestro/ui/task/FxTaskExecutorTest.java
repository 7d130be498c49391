package io.intelgraph.maestro.ui.task;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The application's executor without a toolkit: a queue stands in for the FX thread, so the test
 * sees what would be handed to it and when.
 */
class FxTaskExecutorTest {

    /** The stand-in FX thread: outcomes wait here until the test runs them. */
    private final LinkedBlockingQueue<Runnable> fxQueue = new LinkedBlockingQueue<>();
    private final Executor fx = fxQueue::add;

    private void runFx() throws InterruptedException {
        Runnable next = fxQueue.poll(5, TimeUnit.SECONDS);
        assertTrue(next != null, "an outcome was handed to the FX thread");
        next.run();
    }

    @Test
    void workRunsOnNamedDaemonWorkersAtMostNAtATimeAndTheOutcomeOnTheFxThread() throws Exception {
        try (FxTaskExecutor tasks = new FxTaskExecutor(2, fx)) {
            Set<String> threads = ConcurrentHashMap.newKeySet();
            AtomicInteger running = new AtomicInteger();
            AtomicInteger most = new AtomicInteger();
            CountDownLatch done = new CountDownLatch(6);
            for (int i = 0; i < 6; i++) {
                tasks.execute(BackgroundTask.of("work " + i, () -> {
                    most.accumulateAndGet(running.incrementAndGet(), Math::max);
                    threads.add(Thread.currentThread().getName() + (Thread.currentThread().isDaemon() ? " daemon" : ""));
                    Thread.sleep(50);
                    running.decrementAndGet();
                    done.countDown();
                    return Thread.currentThread().getName();
                }));
            }
            assertTrue(done.await(10, TimeUnit.SECONDS));
            assertTrue(most.get() <= 2, "bounded: " + most.get() + " at once");
            assertEquals(Set.of("hud-task-1 daemon", "hud-task-2 daemon"), threads);
        }
    }

    @Test
    void theOutcomeIsShownOnlyWhenTheFxThreadRunsIt() throws Exception {
        try (FxTaskExecutor tasks = new FxTaskExecutor(1, fx)) {
            String[] shownOn = {null};
            tasks.execute(BackgroundTask.of("answer", () -> 42).onSuccess(v -> shownOn[0] = Thread.currentThread().getName()));
            runFx();
            assertEquals(Thread.currentThread().getName(), shownOn[0], "handed over, not shown on the worker");
        }
    }

    @Test
    void aCancelledScheduledTaskNeverRuns() throws Exception {
        try (FxTaskExecutor tasks = new FxTaskExecutor(1, fx)) {
            AtomicBoolean ran = new AtomicBoolean();
            TaskExecutor.Cancellable first = tasks.schedule(Duration.ofMillis(200),
                    BackgroundTask.of("save 1", () -> ran.set(true)));
            first.cancel();
            CountDownLatch second = new CountDownLatch(1);
            tasks.schedule(Duration.ofMillis(50), BackgroundTask.of("save 2", second::countDown));
            assertTrue(second.await(5, TimeUnit.SECONDS));
            Thread.sleep(300);
            assertFalse(ran.get());
        }
    }

    @Test
    void afterCloseWorkIsDroppedQuietly() {
        FxTaskExecutor tasks = new FxTaskExecutor(1, fx);
        tasks.close();
        AtomicBoolean ran = new AtomicBoolean();
        tasks.execute(BackgroundTask.of("late", () -> ran.set(true)));
        tasks.schedule(Duration.ZERO, BackgroundTask.of("late save", () -> ran.set(true))).cancel();
        assertFalse(ran.get());
        assertTrue(fxQueue.isEmpty());
    }
}
