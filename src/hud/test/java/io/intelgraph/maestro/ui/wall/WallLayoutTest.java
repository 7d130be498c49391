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
import io.intelgraph.maestro.model.build.WorkflowRun;
import io.intelgraph.maestro.store.BuildTile;
import io.intelgraph.maestro.store.TileSort;
import io.intelgraph.maestro.ui.tiles.TileOrder;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
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

    @Test
    void thePlannerFromItsLastLayoutGivesWhatAFreshOneGivesAndKeepsUnchangedRepositoriesMarks() {
        Random random = new Random(5);
        long id = 0;
        for (int n = 0; n < 120; n++) {
            plane.putRun(randomRun(random, ++id, n));
        }
        WallPlanner planner = new WallPlanner();
        TileOrder order = new TileOrder();
        WallLayout previous = null;
        BuildSnapshot previousSnapshot = null;
        int kept = 0;
        for (int round = 0; round < 60; round++) {
            // A few builds change or come; now and then a verdict denies a commit, a report finds a critical
            // vulnerability, the default branch moves, or the filter drops some.
            WorkflowRun last = null;
            for (int change = 0; change < 1 + random.nextInt(5); change++) {
                last = randomRun(random, ++id, random.nextInt(130));
                plane.putRun(last);
            }
            switch (round % 10) {
                case 3 -> plane.putPolicyVerdict(new PolicyVerdict(last.repo(), last.headSha(), 1, 0, 0, Runs.T0));
                case 5 -> plane.putEvidence(new EvidenceSummary(last.id(), 2, 0, 0, 0, 0, 10, 0, 0, true, SignatureState.VERIFIED));
                case 7 -> plane.setRepos(List.of(new Repo(last.repo(), last.headBranch(), "", false, Optional.empty())));
                default -> { }
            }
            BuildSnapshot snapshot = plane.snapshot();
            List<BuildTile> tiles = order.sort(TileQuery.ALL.apply(snapshot.tiles()), TileSort.FAILING_FIRST);
            boolean filtered = round % 9 == 4;
            if (filtered) {
                tiles = tiles.stream().filter(t -> t.key().branch().hashCode() % 3 != 0).toList();
            }
            WallLayout planned = planner.plan(snapshot, tiles);
            assertEquals(WallLayout.of(snapshot, tiles), planned, "round " + round);
            boolean sameJudgement = previousSnapshot != null && previousSnapshot.policyVerdicts() == snapshot.policyVerdicts()
                    && previousSnapshot.evidence() == snapshot.evidence() && previousSnapshot.repos() == snapshot.repos();
            if (sameJudgement && !filtered && previous.counts().total() == snapshot.tiles().size()) {
                for (WallLayout.RepoMarks repo : planned.mosaic()) {
                    WallLayout.RepoMarks had = previous.mosaic().stream().filter(r -> r.repo().equals(repo.repo())).findFirst().orElse(null);
                    if (had != null && had.marks().size() == repo.marks().size() && sameTiles(had, repo)) {
                        assertSame(had, repo, repo.repo() + " did not change: its marks are kept, round " + round);
                        kept++;
                    }
                }
            }
            previous = planned;
            previousSnapshot = snapshot;
        }
        assertTrue(kept > 100, "repositories kept: " + kept);
    }

    private static boolean sameTiles(WallLayout.RepoMarks a, WallLayout.RepoMarks b) {
        for (int i = 0; i < a.marks().size(); i++) {
            if (a.marks().get(i).tile() != b.marks().get(i).tile()) {
                return false;
            }
        }
        return true;
    }

    private static WorkflowRun randomRun(Random random, long id, int branch) {
        List<RunStatus> statuses = List.of(RunStatus.COMPLETED, RunStatus.IN_PROGRESS, RunStatus.QUEUED);
        List<Conclusion> conclusions = List.of(Conclusion.SUCCESS, Conclusion.FAILURE, Conclusion.ACTION_REQUIRED, Conclusion.SKIPPED);
        RunStatus status = statuses.get(random.nextInt(statuses.size()));
        return Runs.run(id, "o/repo" + branch % 9, "b" + branch, "CI", status,
                status == RunStatus.COMPLETED ? conclusions.get(random.nextInt(conclusions.size())) : Conclusion.NONE, random.nextInt(60));
    }
}
