package io.intelgraph.maestro.store;

import io.intelgraph.maestro.github.GitHubPoller;
import io.intelgraph.maestro.github.PollPlanner;
import io.intelgraph.maestro.github.PollTargets;
import io.intelgraph.maestro.model.build.Conclusion;
import io.intelgraph.maestro.model.build.RunStatus;
import io.intelgraph.maestro.model.repo.RepoId;
import io.intelgraph.maestro.sim.SimFault;
import io.intelgraph.maestro.testing.SimHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

import static io.intelgraph.maestro.testing.Runs.T0;
import static io.intelgraph.maestro.testing.Runs.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How the plane hands snapshots over: off the writer's thread, in order, one subscriber never holding up another. */
class BuildPlaneDispatchTest {

    private static final Clock CLOCK = Clock.fixed(T0.plusSeconds(3600), ZoneOffset.UTC);
    private final BuildPlane plane = new BuildPlane(CLOCK, SourceHealth.connecting("test", false));

    @AfterEach
    void close() {
        plane.close();
    }

    private void write(int n) {
        plane.putRun(run(n, "o/r" + (n % 3), "b" + (n % 7), "CI", RunStatus.COMPLETED, Conclusion.SUCCESS, n % 50));
    }

    private static void await(BooleanSupplier done) throws InterruptedException {
        for (int i = 0; i < 500 && !done.getAsBoolean(); i++) {
            Thread.sleep(10);
        }
        assertTrue(done.getAsBoolean(), "not within 5 s");
    }

    @Test
    void subscribersRunOffTheWritersThread() throws Exception {
        List<Thread> threads = Collections.synchronizedList(new ArrayList<>());
        AtomicLong seen = new AtomicLong();
        plane.subscribe(snapshot -> {
            threads.add(Thread.currentThread());
            seen.set(snapshot.version());
        });
        write(1);
        long written = plane.snapshot().version();
        await(() -> seen.get() == written);
        assertTrue(threads.stream().noneMatch(t -> t == Thread.currentThread()), threads.toString());
    }

    @Test
    void eachSubscriberSeesEveryWritersSnapshotsInOrderAndTheNewestLast() throws Exception {
        int subscribers = 3;
        List<List<Long>> seen = new ArrayList<>();
        for (int s = 0; s < subscribers; s++) {
            List<Long> versions = Collections.synchronizedList(new ArrayList<>());
            seen.add(versions);
            plane.subscribe(snapshot -> versions.add(snapshot.version()));
        }
        List<Thread> writers = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            int offset = w * 10_000;
            writers.add(Thread.ofPlatform().start(() -> {
                for (int i = 0; i < 500; i++) {
                    write(offset + i);
                }
            }));
        }
        for (Thread writer : writers) {
            writer.join();
        }
        long last = plane.snapshot().version();
        for (List<Long> versions : seen) {
            await(() -> !versions.isEmpty() && versions.get(versions.size() - 1) == last);
            List<Long> copy = List.copyOf(versions);
            for (int i = 1; i < copy.size(); i++) {
                assertTrue(copy.get(i) > copy.get(i - 1), "never an older snapshot after a newer one: " + copy);
            }
        }
    }

    @Test
    void aThrowingSubscriberIsLoggedAndNeitherItNorTheOthersStop() throws Exception {
        AtomicInteger thrown = new AtomicInteger();
        AtomicLong failingSaw = new AtomicLong();
        AtomicLong otherSaw = new AtomicLong();
        plane.subscribe("always-failing", snapshot -> {
            failingSaw.set(snapshot.version());
            thrown.incrementAndGet();
            throw new IllegalStateException("a bug in a subscriber");
        });
        plane.subscribe("healthy", snapshot -> otherSaw.set(snapshot.version()));
        for (int i = 0; i < 5; i++) {
            write(i);
            Thread.sleep(5);
        }
        long last = plane.snapshot().version();
        await(() -> otherSaw.get() == last);
        await(() -> failingSaw.get() == last);
        assertTrue(thrown.get() > 1, "it gets later snapshots after throwing");
    }

    @Test
    void aSlowSubscriberHoldsUpNeitherTheWritersNorTheOthersAndThenGetsTheNewest() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        List<Long> slowSaw = Collections.synchronizedList(new ArrayList<>());
        AtomicLong fastSaw = new AtomicLong();
        long initial = plane.snapshot().version();
        plane.subscribe("slow", snapshot -> {
            slowSaw.add(snapshot.version());
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        plane.subscribe("fast", snapshot -> fastSaw.set(snapshot.version()));
        await(() -> slowSaw.size() == 1);

        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            for (int i = 0; i < 200; i++) {
                write(i);
            }
        }, "the writers do not wait for the slow subscriber");
        long last = plane.snapshot().version();
        await(() -> fastSaw.get() == last);
        assertEquals(List.of(initial), slowSaw, "still busy with its first snapshot");

        release.countDown();
        await(() -> slowSaw.size() == 2);
        Thread.sleep(50);
        assertEquals(List.of(initial, last), slowSaw, "the snapshots it missed while busy coalesce to the newest");
    }

    @Test
    void readingAndSubscribingNeverWaitForTheLock() throws Exception {
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        // A writer that holds the lock across a wait, as a source fetching inside a batch would.
        Thread writer = Thread.ofPlatform().start(() -> plane.batch(() -> {
            write(1);
            holding.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        assertTrue(holding.await(5, TimeUnit.SECONDS));
        try {
            AtomicLong saw = new AtomicLong();
            assertTimeoutPreemptively(Duration.ofSeconds(1), () -> {
                plane.snapshot();
                plane.subscribe(snapshot -> saw.set(snapshot.version())).run();
            });
        } finally {
            release.countDown();
            writer.join();
        }
    }

    @Test
    void aPollCycleHeldOpenByAStalledGitHubDoesNotHoldTheLock() throws Exception {
        try (SimHarness sim = new SimHarness(42)) {
            BuildPlane simPlane = new BuildPlane(sim.clock, SourceHealth.connecting("sim", true));
            ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
            RepoId repo = RepoId.parse("intelgraph-sim/billing-engine");
            GitHubPoller poller = new GitHubPoller(sim.client(), simPlane, new PollTargets(List.of(), List.of(repo)),
                    PollPlanner.defaults(), executor, Clock.systemUTC(), 50, 1);
            try {
                sim.server.inject(SimFault.stalledBody("/repos/" + repo.fullName() + "/actions/runs", Duration.ofSeconds(2), 1));
                long start = System.nanoTime();
                Thread cycle = Thread.ofPlatform().start(poller::syncOnce);
                Thread.sleep(300);
                assertTrue(cycle.isAlive(), "the cycle is waiting for GitHub");
                assertTimeoutPreemptively(Duration.ofMillis(500), () -> simPlane.putRun(
                        run(1, "o/r", "main", "CI", RunStatus.COMPLETED, Conclusion.SUCCESS, 0)), "a write meanwhile");
                cycle.join();
                assertTrue(System.nanoTime() - start >= Duration.ofSeconds(2).toNanos(), "the stall held the cycle open");
            } finally {
                poller.close();
                executor.shutdownNow();
                simPlane.close();
            }
        }
    }

    @Test
    void afterUnsubscribingNothingMoreArrives() {
        BuildPlane direct = new BuildPlane(CLOCK, CLOCK, SourceHealth.connecting("test", false), Runnable::run);
        List<Long> seen = new ArrayList<>();
        Runnable unsubscribe = direct.subscribe(snapshot -> seen.add(snapshot.version()));
        direct.putRun(run(1, "o/r", "main", "CI", RunStatus.COMPLETED, Conclusion.SUCCESS, 0));
        assertEquals(2, seen.size());
        unsubscribe.run();
        direct.putRun(run(2, "o/r", "main", "CI", RunStatus.COMPLETED, Conclusion.SUCCESS, 1));
        assertEquals(2, seen.size());
    }

    @Test
    void afterClosingThePlaneNothingMoreArrivesAndWritesStillApply() {
        BuildPlane direct = new BuildPlane(CLOCK, CLOCK, SourceHealth.connecting("test", false), Runnable::run);
        List<Long> seen = new ArrayList<>();
        direct.subscribe(snapshot -> seen.add(snapshot.version()));
        direct.close();
        direct.putRun(run(1, "o/r", "main", "CI", RunStatus.COMPLETED, Conclusion.SUCCESS, 0));
        assertEquals(1, seen.size());
        assertEquals(1, direct.snapshot().tiles().size());
    }

    @Test
    void aRefusedThreadCannotWriteAndOthersCan() throws Exception {
        Thread refused = Thread.currentThread();
        plane.refuseWritesFrom("the test thread", () -> Thread.currentThread() == refused);
        long before = plane.snapshot().version();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> write(1));
        assertTrue(e.getMessage().startsWith("The build plane is not written from the test thread"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> plane.batch(() -> { }));
        assertEquals(before, plane.snapshot().version());
        Thread other = Thread.ofPlatform().start(() -> write(2));
        other.join();
        assertNotEquals(before, plane.snapshot().version());
    }
}
