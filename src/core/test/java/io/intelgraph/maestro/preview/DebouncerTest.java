package io.intelgraph.maestro.preview;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DebouncerTest {

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
    private final AtomicInteger runs = new AtomicInteger();

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    @Test
    void aBurstRunsTheActionOnceWhenItIsOver() throws Exception {
        // A quiet period far above the triggers' 50 ms gaps, so a loaded machine's late wake-ups don't end the burst.
        Debouncer debouncer = new Debouncer(executor, Duration.ofMillis(2000), Duration.ofSeconds(30), runs::incrementAndGet);
        for (int i = 0; i < 10; i++) {
            debouncer.trigger();
            Thread.sleep(50);
        }
        assertEquals(0, runs.get(), "not while the burst goes on");
        awaitRuns(1);
        Thread.sleep(300);
        assertEquals(1, runs.get(), "once for the whole burst");
        debouncer.trigger();
        awaitRuns(2);
    }

    private void awaitRuns(int expected) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (runs.get() < expected && System.nanoTime() < end) {
            Thread.sleep(20);
        }
        assertEquals(expected, runs.get(), "a trigger after the run runs it again");
    }

    @Test
    void triggersThatNeverStopStillRunTheActionEveryMaxDelay() throws Exception {
        Debouncer debouncer = new Debouncer(executor, Duration.ofMillis(300), Duration.ofMillis(400), runs::incrementAndGet);
        long end = System.nanoTime() + Duration.ofMillis(2000).toNanos();
        while (System.nanoTime() < end) {
            debouncer.trigger();
            Thread.sleep(50);
        }
        assertTrue(runs.get() >= 3, "a cluster that keeps changing is still read: " + runs.get() + " runs in 2 s");
    }

    @Test
    void aTriggerAfterTheExecutorIsShutDownIsDropped() {
        executor.shutdownNow();
        new Debouncer(executor, Duration.ofMillis(10), Duration.ofMillis(10), runs::incrementAndGet).trigger();
        assertEquals(0, runs.get());
    }
}
