package io.intelgraph.maestro.sim;

import io.intelgraph.maestro.model.build.BuildState;
import io.intelgraph.maestro.model.build.Conclusion;
import io.intelgraph.maestro.model.build.RunStatus;
import io.intelgraph.maestro.model.build.WorkflowRun;
import io.intelgraph.maestro.model.repo.RepoId;
import io.intelgraph.maestro.testing.SimHarness;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The simulated build plane, read through the real client as the HUD reads it. */
class SimWorldTest {

    private static List<WorkflowRun> allRuns(SimHarness sim) throws Exception {
        var client = sim.client();
        List<WorkflowRun> runs = new ArrayList<>();
        for (var repo : client.listRepos("intelgraph-sim").value()) {
            runs.addAll(client.listRuns(repo.id(), 100, 5).value());
        }
        return runs;
    }

    @Test
    void theSameSeedGivesTheSameWorld() throws Exception {
        try (SimHarness a = new SimHarness(42); SimHarness b = new SimHarness(42); SimHarness c = new SimHarness(43)) {
            RepoId repo = RepoId.parse("intelgraph-sim/graph-core");
            // Query in different orders: generation is per branch, so the order must not matter.
            a.client().listRuns(RepoId.parse("intelgraph-sim/web-frontend"), 10, 1);
            assertEquals(a.client().listRuns(repo, 50, 1).value(), b.client().listRuns(repo, 50, 1).value());
            assertTrue(!a.client().listRuns(repo, 50, 1).value().equals(c.client().listRuns(repo, 50, 1).value()));
        }
    }

    @Test
    void anOrgOfAtLeastThirtyReposWithARealisticMix() throws Exception {
        try (SimHarness sim = new SimHarness(42)) {
            assertTrue(sim.client().listRepos("intelgraph-sim").value().size() >= 30);
            List<WorkflowRun> runs = allRuns(sim);
            assertTrue(runs.size() > 1000, "8 hours of history: " + runs.size());
            Map<BuildState, Integer> states = new EnumMap<>(BuildState.class);
            runs.forEach(r -> states.merge(r.state(), 1, Integer::sum));
            double passed = states.getOrDefault(BuildState.PASSED, 0) / (double) runs.size();
            double failed = states.getOrDefault(BuildState.FAILED, 0) / (double) runs.size();
            assertTrue(passed > 0.6 && passed < 0.95, "passed share " + passed);
            assertTrue(failed > 0.03 && failed < 0.25, "failed share " + failed);
            for (BuildState state : List.of(BuildState.RUNNING, BuildState.CANCELLED, BuildState.SKIPPED)) {
                assertTrue(states.getOrDefault(state, 0) > 0, "some " + state + ": " + states);
            }
            assertTrue(runs.stream().anyMatch(r -> r.runAttempt() > 1), "re-runs");
            assertTrue(runs.stream().anyMatch(r -> r.conclusion() == Conclusion.TIMED_OUT), "timeouts");
            assertTrue(runs.stream().anyMatch(r -> !r.pullRequestNumbers().isEmpty()), "PR runs");
            long overColdTarget = runs.stream().filter(r -> r.status() == RunStatus.COMPLETED)
                    .filter(r -> r.elapsed(r.updatedAt()).compareTo(Duration.ofMinutes(15)) > 0).count();
            long underWarmTarget = runs.stream().filter(r -> r.status() == RunStatus.COMPLETED)
                    .filter(r -> r.elapsed(r.updatedAt()).compareTo(Duration.ofMinutes(5)) <= 0).count();
            assertTrue(overColdTarget > 0 && underWarmTarget > overColdTarget,
                    "some builds over the 15-min target, most under 5: " + overColdTarget + " / " + underWarmTarget);
        }
    }

    @Test
    void runsMoveFromQueuedThroughRunningToCompleted() throws Exception {
        try (SimHarness sim = new SimHarness(42)) {
            RepoId repo = RepoId.parse("intelgraph-sim/api-gateway");
            WorkflowRun running = null;
            for (int i = 0; i < 60 && running == null; i++) {
                running = sim.client().listRuns(repo, 50, 1).value().stream()
                        .filter(r -> r.status() == RunStatus.IN_PROGRESS).findFirst().orElse(null);
                if (running == null) {
                    sim.clock.advance(Duration.ofMinutes(2));
                }
            }
            assertTrue(running != null, "something runs within two hours");
            long id = running.id();
            Instant startedAt = sim.clock.instant();
            WorkflowRun later = running;
            while (later.status() != RunStatus.COMPLETED) {
                sim.clock.advance(Duration.ofMinutes(1));
                later = sim.client().getRun(repo, id).value();
                assertTrue(Duration.between(startedAt, sim.clock.instant()).toMinutes() < 30, "completes within 30 min");
            }
            assertTrue(later.conclusion() != Conclusion.NONE);
            assertTrue(later.updatedAt().isAfter(running.updatedAt()));
        }
    }
}
