package io.intelgraph.maestro.store;

import io.intelgraph.maestro.github.WebhookParser;
import io.intelgraph.maestro.model.build.BuildState;
import io.intelgraph.maestro.model.build.Conclusion;
import io.intelgraph.maestro.model.build.RunStatus;
import io.intelgraph.maestro.model.build.WorkflowRun;
import io.intelgraph.maestro.model.distill.BranchRecommendation;
import io.intelgraph.maestro.model.distill.Recommendation;
import io.intelgraph.maestro.model.event.GitHubEvent;
import io.intelgraph.maestro.model.evidence.EvidenceSummary;
import io.intelgraph.maestro.model.evidence.SignatureState;
import io.intelgraph.maestro.model.repo.RepoId;
import io.intelgraph.maestro.testing.Fixtures;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.intelgraph.maestro.testing.Runs.T0;
import static io.intelgraph.maestro.testing.Runs.pr;
import static io.intelgraph.maestro.testing.Runs.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BuildPlaneTest {

    private final BuildPlane plane = new BuildPlane(Clock.fixed(T0.plusSeconds(3600), ZoneOffset.UTC),
            SourceHealth.connecting("test", false));

    private BuildTile tile(String repo, String branch) {
        return plane.snapshot().tiles().stream().filter(t -> t.key().equals(new TileKey(RepoId.parse(repo), branch)))
                .findFirst().orElseThrow();
    }

    @Test
    void oneTilePerBranchHeadlinedByTheWorstLatestWorkflow() {
        plane.putRuns(RepoId.parse("o/a"), List.of(
                run(1, "o/a", "main", "CI", RunStatus.COMPLETED, Conclusion.FAILURE, 0),
                run(2, "o/a", "main", "CI", RunStatus.COMPLETED, Conclusion.SUCCESS, 10),
                run(3, "o/a", "main", "Scan", RunStatus.COMPLETED, Conclusion.FAILURE, 5),
                run(4, "o/a", "dev", "CI", RunStatus.IN_PROGRESS, Conclusion.NONE, 12)));
        assertEquals(2, plane.snapshot().tiles().size());
        BuildTile main = tile("o/a", "main");
        // CI's latest passed, but Scan's latest failed: the tile says FAILED and names Scan.
        assertEquals(BuildState.FAILED, main.state());
        assertEquals(3, main.headline().id());
        assertEquals(List.of(2L, 3L), main.latestPerWorkflow().stream().map(WorkflowRun::id).toList());
        assertEquals(List.of(2L, 3L, 1L), main.history().stream().map(WorkflowRun::id).toList());
        assertEquals(BuildState.RUNNING, tile("o/a", "dev").state());
    }

    @Test
    void aRunWriteCopiesNeitherTheEvidenceNorTheRepositories() {
        for (int n = 0; n < 50; n++) {
            plane.putEvidence(new EvidenceSummary(n, 0, 0, 0, 0, 0, 5, 0, 0, true, SignatureState.VERIFIED));
        }
        BuildSnapshot before = plane.snapshot();
        plane.putRun(run(1, "o/a", "main", "CI", RunStatus.IN_PROGRESS, Conclusion.NONE, 0));
        BuildSnapshot after = plane.snapshot();
        assertSame(before.evidence(), after.evidence(), "the 50 summaries are handed over, not copied, on a run's write");
        assertSame(before.repos(), after.repos());
        plane.putEvidence(new EvidenceSummary(99, 1, 0, 0, 0, 0, 5, 0, 0, true, SignatureState.VERIFIED));
        assertEquals(51, plane.snapshot().evidence().size(), "a new summary is in the next snapshot");
    }

    @Test
    void transitionsRememberThePreviousState() {
        plane.putRun(run(1, "o/a", "main", "CI", RunStatus.IN_PROGRESS, Conclusion.NONE, 0));
        assertEquals(BuildState.RUNNING, tile("o/a", "main").previousState());
        plane.putRun(run(1, "o/a", "main", "CI", RunStatus.COMPLETED, Conclusion.SUCCESS, 0));
        BuildTile done = tile("o/a", "main");
        assertEquals(BuildState.PASSED, done.state());
        assertEquals(BuildState.RUNNING, done.previousState());
    }

    @Test
    void anOlderUpdateNeverOverwritesANewerOne() {
        WorkflowRun attempt2 = run(1, "o/a", "main", "CI", RunStatus.IN_PROGRESS, Conclusion.NONE, 0, 2, "bob");
        WorkflowRun attempt1 = run(1, "o/a", "main", "CI", RunStatus.COMPLETED, Conclusion.FAILURE, 0, 1, "alice");
        plane.putRun(attempt2);
        plane.putRun(attempt1);
        assertEquals(2, tile("o/a", "main").headline().runAttempt());
        assertEquals(BuildState.RUNNING, tile("o/a", "main").state());
    }

    @Test
    void pullRequestsAttachToTheirBranchAndLeaveWhenClosed() {
        plane.putRun(run(1, "o/a", "feat/x", "CI", RunStatus.COMPLETED, Conclusion.SUCCESS, 0));
        plane.putOpenPullRequests(RepoId.parse("o/a"), List.of(pr("o/a", 7, "feat/x", "Add x", "carol")));
        BuildTile tile = tile("o/a", "feat/x");
        assertEquals(7, tile.pullRequest().orElseThrow().number());
        assertEquals("carol", tile.author());
        plane.putOpenPullRequests(RepoId.parse("o/a"), List.of());
        assertTrue(tile("o/a", "feat/x").pullRequest().isEmpty());
        assertEquals("alice", tile("o/a", "feat/x").author());
    }

    @Test
    void sourceAndRepositoryFailuresMakeTilesStaleWithTheReason() {
        plane.putRun(run(1, "o/a", "main", "CI", RunStatus.COMPLETED, Conclusion.SUCCESS, 0));
        plane.putRun(run(2, "o/b", "main", "CI", RunStatus.COMPLETED, Conclusion.SUCCESS, 0));
        plane.sourceLive(Optional.empty(), 10);
        assertFalse(tile("o/a", "main").stale());

        plane.repoFailed(RepoId.parse("o/b"), "Not found");
        assertFalse(tile("o/a", "main").stale());
        assertEquals("Not found", tile("o/b", "main").staleReason());

        plane.sourceStale("Cannot reach http://x (connection refused)", null, Optional.empty());
        assertEquals(Freshness.STALE, plane.snapshot().health().freshness());
        assertEquals("Cannot reach http://x (connection refused)", tile("o/a", "main").staleReason());
        assertEquals(BuildState.PASSED, tile("o/a", "main").state(), "stale keeps the last known state, marked");

        plane.repoOk(RepoId.parse("o/b"));
        plane.sourceLive(Optional.empty(), 10);
        assertTrue(plane.snapshot().tiles().stream().noneMatch(BuildTile::stale));
    }

    @Test
    void aBatchPublishesOneSnapshot() {
        // Subscribers run on the dispatch executor: here the writer's thread, to count deliveries exactly.
        BuildPlane plane = new BuildPlane(Clock.fixed(T0.plusSeconds(3600), ZoneOffset.UTC), Clock.systemUTC(),
                SourceHealth.connecting("test", false), Runnable::run);
        List<BuildSnapshot> seen = new ArrayList<>();
        plane.subscribe(seen::add);
        plane.batch(() -> {
            for (int i = 0; i < 1000; i++) {
                plane.putRun(run(i, "o/a", "b" + (i % 50), "CI", RunStatus.COMPLETED, Conclusion.SUCCESS, i % 60));
            }
        });
        assertEquals(2, seen.size(), "the current snapshot on subscribe, then one for the batch");
        assertEquals(50, seen.get(1).tiles().size());
        assertTrue(seen.get(1).version() > seen.get(0).version());
    }

    @Test
    void recommendationsDerivedFromAnOlderSnapshotThanTheOnesHeldAreDropped() {
        plane.putRun(run(1, "o/a", "main", "CI", RunStatus.COMPLETED, Conclusion.SUCCESS, 0));
        var newer = new BranchRecommendation("o/a:main",
                Recommendation.PROMOTE, 0.9,
                Recommendation.PROMOTE, Map.of(), Map.of());
        var older = new BranchRecommendation("o/a:main",
                Recommendation.INVESTIGATE, 0.9,
                Recommendation.INVESTIGATE, Map.of(), Map.of());
        long carried = plane.putRecommendations(10, List.of(newer)).orElseThrow();
        assertEquals(plane.snapshot().version(), carried, "the version of the snapshot that carries them");
        assertTrue(plane.putRecommendations(9, List.of(older)).isEmpty(), "stale: dropped");
        assertEquals(carried, plane.snapshot().version(), "a dropped result makes no snapshot");
        assertEquals(Recommendation.PROMOTE,
                plane.snapshot().recommendationOf(tile("o/a", "main")).orElseThrow().recommendation());
        assertTrue(plane.putRecommendations(10, List.of(older)).isPresent(), "the same input again (new teachers) is kept");
    }

    @Test
    void evidenceReadFromAnAttemptOlderThanTheOneHeldIsDropped() {
        WorkflowRun first = run(1, "o/a", "main", "CI", RunStatus.COMPLETED, Conclusion.FAILURE, 0, 1, "alice");
        WorkflowRun rerun = run(1, "o/a", "main", "CI", RunStatus.IN_PROGRESS, Conclusion.NONE, 0, 2, "alice");
        var summary = new EvidenceSummary(1, 2, 0, 0, 0, 1, 3, 0, 0, true,
                SignatureState.UNVERIFIED);
        plane.putRun(first);
        plane.putRun(rerun);
        assertFalse(plane.putEvidence(first, summary), "read while the run was re-run: stale");
        assertTrue(plane.snapshot().evidenceOf(1).isEmpty());
        assertTrue(plane.putEvidence(rerun, summary));
        assertEquals(summary, plane.snapshot().evidenceOf(1).orElseThrow());
    }

    @Test
    void webhookEventsUpdateTiles() {
        WebhookParser parser = new WebhookParser();
        GitHubEvent run = parser.parse("workflow_run", Fixtures.bytes("github/webhooks/workflow_run.completed.payload.json"));
        GitHubEvent opened = parser.parse("pull_request", Fixtures.bytes("github/webhooks/pull_request.opened.payload.json"));
        GitHubEvent push = parser.parse("push", Fixtures.bytes("github/webhooks/push.payload.json"));
        plane.apply(run);
        plane.apply(opened);
        plane.apply(push);
        assertEquals(3, plane.snapshot().eventsApplied());
        BuildTile tile = tile("octo-org/octo-repo", "master");
        assertEquals(BuildState.PASSED, tile.state());
        assertEquals(289782451L, tile.headline().id());
    }
}
