package io.intelgraph.maestro.ui.wall;

import io.intelgraph.maestro.model.build.BuildState;
import io.intelgraph.maestro.model.build.Conclusion;
import io.intelgraph.maestro.model.build.RunStatus;
import io.intelgraph.maestro.model.evidence.EvidenceSummary;
import io.intelgraph.maestro.model.evidence.SignatureState;
import io.intelgraph.maestro.model.policy.PolicyVerdict;
import io.intelgraph.maestro.model.repo.Repo;
import io.intelgraph.maestro.model.repo.RepoId;
import io.intelgraph.maestro.store.BuildPlane;
import io.intelgraph.maestro.store.BuildSnapshot;
import io.intelgraph.maestro.store.SourceHealth;
import io.intelgraph.maestro.store.TileQuery;
import io.intelgraph.maestro.testing.Runs;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the wall makes of a snapshot, without a window: who needs attention, in which order, and the mosaic. */
class WallLayoutTest {

    private final BuildPlane plane = new BuildPlane(Clock.systemUTC(), Clock.systemUTC(), SourceHealth.connecting("test", true), Runnable::run);

    private WallLayout layout() {
        BuildSnapshot snapshot = plane.snapshot();
        return WallLayout.of(snapshot, TileQuery.ALL.apply(snapshot.tiles()));
    }

    @Test
    void problemsComeFirstWorstFirstDefaultBranchesBeforeTheRestThenBuildsUnderWay() {
        plane.setRepos(List.of(new Repo(RepoId.parse("o/app"), "trunk", "", false, Optional.empty())));
        plane.putRun(Runs.run(1, "o/app", "feature", "CI", RunStatus.COMPLETED, Conclusion.FAILURE, 5));
        plane.putRun(Runs.run(2, "o/app", "trunk", "CI", RunStatus.COMPLETED, Conclusion.FAILURE, 1));
        plane.putRun(Runs.run(3, "o/lib", "main", "CI", RunStatus.IN_PROGRESS, Conclusion.NONE, 2));
        plane.putRun(Runs.run(4, "o/lib", "queued", "CI", RunStatus.QUEUED, Conclusion.NONE, 2));
        plane.putRun(Runs.run(5, "o/lib", "approve", "CI", RunStatus.COMPLETED, Conclusion.ACTION_REQUIRED, 2));
        plane.putRun(Runs.run(6, "o/web", "main", "CI", RunStatus.COMPLETED, Conclusion.SUCCESS, 3));
        plane.putRun(Runs.run(7, "o/web", "pinned", "CI", RunStatus.COMPLETED, Conclusion.SUCCESS, 3));
        plane.putRun(Runs.run(8, "o/web", "vulnerable", "CI", RunStatus.COMPLETED, Conclusion.SUCCESS, 3));
        plane.putRun(Runs.run(9, "o/web", "skipped", "CI", RunStatus.COMPLETED, Conclusion.SKIPPED, 3));
        // A passed build whose commit the deploy gate denies, and one with a critical vulnerability.
        plane.putPolicyVerdict(new PolicyVerdict(RepoId.parse("o/web"), "sha7", 2, 0, 0, Runs.T0));
        plane.putEvidence(new EvidenceSummary(8, 1, 0, 0, 0, 0, 10, 0, 0, true, SignatureState.VERIFIED));

        WallLayout layout = layout();
        assertEquals(List.of("o/app@trunk FAILED", "o/app@feature FAILED", "o/lib@approve ACTION_REQUIRED",
                "o/web@pinned BLOCKED_BY_POLICY", "o/web@vulnerable CRITICAL_VULNERABILITIES", "o/lib@main RUNNING",
                "o/lib@queued QUEUED"), layout.attention().stream()
                .map(a -> a.tile().key() + " " + a.concern()).toList());
        assertTrue(layout.attention().stream().limit(5).allMatch(a -> a.concern().problem()));
        assertEquals(new WallLayout.Counts(9, Map.of(BuildState.PASSED, 1, BuildState.SKIPPED, 1),
                Map.of(Concern.FAILED, 2, Concern.ACTION_REQUIRED, 1, Concern.BLOCKED_BY_POLICY, 1,
                        Concern.CRITICAL_VULNERABILITIES, 1, Concern.RUNNING, 1, Concern.QUEUED, 1)), layout.counts());
    }

    @Test
    void theMosaicHasEveryBranchOnceByRepositoryAndBranchName() {
        for (int n = 0; n < 40; n++) {
            plane.putRun(Runs.run(100 + n, "o/repo-" + n % 7, "branch-" + n, "CI", RunStatus.COMPLETED,
                    n % 9 == 0 ? Conclusion.FAILURE : Conclusion.SUCCESS, n));
        }
        WallLayout layout = layout();
        assertEquals(40, layout.mosaic().stream().mapToInt(r -> r.marks().size()).sum());
        assertEquals(List.of("o/repo-0", "o/repo-1", "o/repo-2", "o/repo-3", "o/repo-4", "o/repo-5", "o/repo-6"),
                layout.mosaic().stream().map(r -> r.repo().fullName()).toList());
        for (WallLayout.RepoMarks repo : layout.mosaic()) {
            List<String> branches = repo.marks().stream().map(m -> m.tile().branch()).toList();
            assertEquals(branches.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList(), branches,
                    "a mark keeps its place: by branch name, whatever the states");
            assertTrue(repo.marks().stream().allMatch(m -> m.healthy() == (m.state() == BuildState.PASSED)));
        }
        assertEquals(layout.counts().healthyTotal(), layout.mosaic().stream().flatMap(r -> r.marks().stream())
                .filter(WallLayout.Mark::healthy).count());
    }
}
