package io.intelgraph.maestro.github;

import io.intelgraph.maestro.model.repo.RepoId;
import io.intelgraph.maestro.store.BuildPlane;
import io.intelgraph.maestro.store.SourceHealth;
import io.intelgraph.maestro.testing.SimHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** While webhooks flow the poller only reconciles; when they stop it polls at once and at its own pace again. */
class PollReconciliationTest {

    private final SimHarness sim = new SimHarness(42);
    private final BuildPlane plane = new BuildPlane(sim.clock, SourceHealth.connecting("sim", true));
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
    private final GitHubPoller poller = new GitHubPoller(sim.client(), plane,
            new PollTargets(List.of(), List.of(RepoId.parse("intelgraph-sim/api-gateway"))), PollPlanner.defaults(),
            executor, Clock.systemUTC(), 50, 1);

    @AfterEach
    void stop() {
        poller.close();
        executor.shutdownNow();
        sim.close();
    }

    @Test
    void reconciliationStretchesTheIntervalAndReleasingItReturnsToThePlannersPace() {
        poller.syncOnce();
        poller.reconcileEvery(Optional.of(Duration.ofMinutes(5)));
        assertEquals(Duration.ofMinutes(5), poller.syncOnce().nextDelay());
        poller.reconcileEvery(Optional.empty());
        assertEquals(Duration.ofSeconds(10), poller.syncOnce().nextDelay());
    }

    @Test
    void whenDeliveriesStopTheSlowedPollerPollsAtOnce() throws InterruptedException {
        poller.reconcileEvery(Optional.of(Duration.ofMinutes(5)));
        poller.start();
        await(() -> plane.snapshot().health().pollIntervalSeconds() == 300);
        long before = sim.server.authorizedRequests();
        Thread.sleep(300);
        assertEquals(before, sim.server.authorizedRequests(), "slowed: no cycle for five minutes");

        poller.reconcileEvery(Optional.empty());
        await(() -> sim.server.authorizedRequests() > before);
        await(() -> plane.snapshot().health().pollIntervalSeconds() == 10);
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "condition not met within 10 s");
            Thread.sleep(20);
        }
    }
}
