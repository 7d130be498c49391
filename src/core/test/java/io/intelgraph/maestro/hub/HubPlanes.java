package io.intelgraph.maestro.hub;

import io.intelgraph.maestro.github.GitHubPoller;
import io.intelgraph.maestro.github.PollPlanner;
import io.intelgraph.maestro.github.PollTargets;
import io.intelgraph.maestro.model.distill.BranchRecommendation;
import io.intelgraph.maestro.model.distill.Recommendation;
import io.intelgraph.maestro.model.evidence.EvidenceSummary;
import io.intelgraph.maestro.model.evidence.SignatureState;
import io.intelgraph.maestro.model.policy.PolicyVerdict;
import io.intelgraph.maestro.model.preview.ClusterEvent;
import io.intelgraph.maestro.model.preview.ClusterStatus;
import io.intelgraph.maestro.model.preview.Preview;
import io.intelgraph.maestro.store.BuildPlane;
import io.intelgraph.maestro.store.BuildSnapshot;
import io.intelgraph.maestro.store.BuildTile;
import io.intelgraph.maestro.store.SourceHealth;
import io.intelgraph.maestro.testing.SimHarness;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;

/** Build planes for the hub's tests: the simulated organisation, with everything the feed carries filled in. */
final class HubPlanes {

    private HubPlanes() {
    }

    /** A poller that fills the plane from the simulator (one sync per call), on the harness's frozen clock. */
    static GitHubPoller poller(SimHarness sim, BuildPlane plane, ScheduledExecutorService executor) {
        return new GitHubPoller(sim.client(), plane, new PollTargets(List.of("intelgraph-sim"), List.of()),
                PollPlanner.defaults(), executor, Clock.systemUTC(), 20, 7);
    }

    /** A plane on the harness's clock that hands snapshots to subscribers on the writer's thread (tests read them at once). */
    static BuildPlane plane(SimHarness sim) {
        return new BuildPlane(sim.clock, sim.clock, SourceHealth.connecting("SIMULATED build plane", true), Runnable::run);
    }

    /** Previews, evidence, a policy verdict, recommendations and a repository error on top of the plane's tiles. */
    static void decorate(BuildPlane plane) {
        BuildSnapshot now = plane.snapshot();
        BuildTile first = now.tiles().get(0);
        BuildTile second = now.tiles().get(1);
        Instant t = now.takenAt();
        plane.putPreviews(List.of(
                new Preview(50, "intelgraph-sim/preview-operator", "pr-50", "abc123", t.minusSeconds(600), t.plusSeconds(3600),
                        1, 2, Map.of("Running", 1, "Pending", 1), 3, "https://pr-50.preview.example",
                        List.of(new ClusterEvent(true, "BackOff", "Back-off restarting failed container\nline two",
                                "pod/server-0", t.minusSeconds(30), 4)), false),
                new Preview(51, "intelgraph-sim/api-gateway", "pr-51", "def456", t.minusSeconds(60), null, 0, 0,
                        Map.of(), 0, "", List.of(), true)),
                new ClusterStatus("SIMULATED cluster", true, "", "", "RBAC: cannot delete namespaces"));
        plane.putEvidence(new EvidenceSummary(first.headline().id(), 2, 1, 0, 7, 3, 120, 1, 0, true, SignatureState.UNVERIFIED));
        plane.putEvidence(new EvidenceSummary(second.headline().id(), 0, 0, 0, 0, 0, -1, 0, 2, false, SignatureState.MISSING));
        plane.putPolicyVerdict(new PolicyVerdict(first.key().repo(), first.headline().headSha(), 2, 1, 0, t));
        plane.putRecommendations(plane.snapshot().version(), List.of(
                new BranchRecommendation(first.repoName() + ":" + first.branch(), Recommendation.BLOCK, 0.8125,
                        Recommendation.BLOCK, Map.of("security", 0.7, "reliability", 0.3),
                        Map.of("security", "2 critical findings", "reliability", "fine \"quoted\"")),
                new BranchRecommendation(second.repoName() + ":" + second.branch(), Recommendation.PROMOTE, 0.6,
                        Recommendation.HOLD, Map.of("velocity", 1.0), Map.of("velocity", "on target"))));
        plane.repoFailed(second.key().repo(), "GitHub answered 404 for GET /repos/x");
    }

    /** Runs the world on by {@code minutes} and polls once. */
    static void advance(SimHarness sim, GitHubPoller poller, int minutes) {
        sim.clock.advance(Duration.ofMinutes(minutes));
        poller.syncOnce();
    }
}
