package io.intelgraph.maestro.supplychain;

import io.intelgraph.maestro.github.GitHubClient;
import io.intelgraph.maestro.github.GitHubPoller;
import io.intelgraph.maestro.github.PollPlanner;
import io.intelgraph.maestro.github.PollTargets;
import io.intelgraph.maestro.model.build.BuildState;
import io.intelgraph.maestro.model.build.RunStatus;
import io.intelgraph.maestro.model.evidence.EvidenceSummary;
import io.intelgraph.maestro.model.repo.RateLimit;
import io.intelgraph.maestro.model.repo.RepoId;
import io.intelgraph.maestro.sim.SimFault;
import io.intelgraph.maestro.store.BuildPlane;
import io.intelgraph.maestro.store.BuildTile;
import io.intelgraph.maestro.store.SourceHealth;
import io.intelgraph.maestro.testing.SimHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The feed that gives tiles their badges, against the simulated GitHub: failing runs first, within the budget. */
class EvidenceFeedTest {

    private final SimHarness sim = new SimHarness(42);
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
    private final BuildPlane plane = new BuildPlane(sim.clock, SourceHealth.connecting("sim", true));
    private final GitHubClient github = sim.client();

    @AfterEach
    void close() {
        executor.shutdownNow();
        sim.close();
    }

    private EvidenceFeed feed(Optional<RateLimit> rateLimit, int perRound) {
        return new EvidenceFeed(plane, new EvidenceCollector(github, 64L << 20), () -> rateLimit,
                new EvidenceFeed.Budget(perRound, 0.5, Duration.ofSeconds(15)), executor, Clock.systemUTC());
    }

    private void sync() throws Exception {
        new GitHubPoller(sim.client(), plane, new PollTargets(List.of(), List.of(
                RepoId.parse("intelgraph-sim/preview-operator"),
                RepoId.parse("intelgraph-sim/billing-engine"))),
                PollPlanner.defaults(), executor, Clock.systemUTC(), 50, 1).syncOnce();
    }

    @Test
    void theFeedSpendsNoMoreThanItsShareOfTheHourlyBudget() throws Exception {
        sync();
        // 80 requests an hour, half of them for reports at ten requests a run: four runs this hour, in all.
        Optional<RateLimit> small = Optional.of(new RateLimit(80, 80, 0, Instant.now().plusSeconds(3600), "core"));
        EvidenceFeed feed = new EvidenceFeed(plane, new EvidenceCollector(github, 64L << 20), () -> small,
                new EvidenceFeed.Budget(3, 0.5, Duration.ofSeconds(15), 0.5, 10), executor, Clock.systemUTC());
        assertEquals(3, feed.round(), "a round's own cap");
        assertEquals(1, feed.round(), "the hour's share has room for one more");
        assertEquals(0, feed.round(), "and then none until runs read an hour ago leave the count");
        assertEquals(4, plane.snapshot().evidence().size());
        assertEquals(93, EvidenceFeed.Budget.DEFAULT.runsPerHour(5000), "15 % of 5,000 at 8 requests a run");
    }

    @Test
    void failingRunsFirstThenTheRestOncePerRun() throws Exception {
        sync();
        List<BuildTile> completed = plane.snapshot().tiles().stream()
                .filter(t -> t.headline().status() == RunStatus.COMPLETED).toList();
        assertTrue(completed.stream().anyMatch(t -> t.state() == BuildState.FAILED), "the sample has a failed run");
        EvidenceFeed feed = feed(Optional.empty(), 1);
        assertEquals(1, feed.round());
        assertEquals(1, plane.snapshot().evidence().size());
        EvidenceSummary first = plane.snapshot().evidence().values().iterator().next();
        assertTrue(plane.snapshot().tiles().stream().anyMatch(t -> t.state() == BuildState.FAILED
                && t.headline().id() == first.runId()), "a failed run is read first");
        assertEquals(2, first.critical());
        assertEquals(4, first.testsBroken());

        while (feed.round() > 0) {
            // until every completed headline run has been read
        }
        for (BuildTile tile : completed) {
            assertTrue(plane.snapshot().evidenceOf(tile.headline().id()).isPresent(), tile.key().toString());
        }
        assertEquals(0, feed.round(), "a run's reports are read once");
    }

    @Test
    void aFailedReadIsKeptWithItsReasonNotDropped() throws Exception {
        sync();
        sim.server.inject(new SimFault("/repos/", 403, Map.of(),
                "{\"message\":\"Resource not accessible by integration\"}", 1));
        EvidenceFeed feed = feed(Optional.empty(), 1);
        assertEquals(0, feed.round());
        assertEquals(1, feed.problems().size(), "the run whose reports could not be read is named");
        var problem = feed.problems().entrySet().iterator().next();
        assertTrue(problem.getValue().startsWith("Cannot read the reports of intelgraph-sim/"), problem.getValue());
        assertTrue(problem.getValue().contains("run " + problem.getKey() + ": "), problem.getValue());
        assertTrue(problem.getValue().contains("Resource not accessible by integration"), problem.getValue());
        assertTrue(plane.snapshot().evidenceOf(problem.getKey()).isEmpty());
    }

    @Test
    void noRequestsWhileTheBudgetIsLow() throws Exception {
        sync();
        long before = github.http().requestCounts().sent();
        RateLimit low = new RateLimit(5000, 2000, 3000, Instant.now().plusSeconds(600), "core");
        assertEquals(0, feed(Optional.of(low), 4).round(), "under half of the hourly budget left: the tiles' polling comes first");
        assertTrue(plane.snapshot().evidence().isEmpty());
        assertEquals(before, github.http().requestCounts().sent());
    }
}
