package io.intelgraph.maestro.sim;

import io.intelgraph.maestro.github.GitHubClient;
import io.intelgraph.maestro.github.GitHubHttp;
import io.intelgraph.maestro.github.Token;
import io.intelgraph.maestro.model.repo.Repo;
import io.intelgraph.maestro.model.repo.RepoId;
import io.intelgraph.maestro.testing.SimHarness;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The simulated organization's churn, read through the real client. */
class SimChurnTest {

    private static final Instant ORIGIN = SimHarness.ORIGIN;

    @Test
    void repositoriesComeAndGoAndBranchesAreDeletedOverADay() throws Exception {
        SimClock clock = new SimClock(ORIGIN, 0);
        SimWorld world = new SimWorld(42, ORIGIN, SimChurn.typical());
        try (SimGitHubServer server = new SimGitHubServer(world, clock, clock, SimHarness.TOKEN, 0).start()) {
            var client = new GitHubClient(new GitHubHttp(
                    server.baseUrl(), Optional.of(new Token(SimHarness.TOKEN, "test")), clock,
                    Duration.ofSeconds(5)));
            List<Repo> before = client.listRepos("intelgraph-sim").value();
            assertTrue(before.stream().noneMatch(Repo::archived));
            Map<RepoId, List<String>> branchesBefore = new HashMap<>();
            for (Repo repo : before) {
                branchesBefore.put(repo.id(), client.listBranches(repo.id()).orElseThrow().value());
            }

            clock.advance(Duration.ofDays(1));
            List<Repo> after = client.listRepos("intelgraph-sim").value();
            assertTrue(after.stream().anyMatch(Repo::archived), "archived repositories stay listed, flagged, as on GitHub");
            assertTrue(after.size() > before.size(), "repositories were added");
            RepoId changed = null;
            String deleted = null;
            for (Repo repo : after) {
                List<String> now = client.listBranches(repo.id()).orElseThrow().value();
                assertTrue(now.contains("main"));
                for (String branch : branchesBefore.getOrDefault(repo.id(), List.of())) {
                    if (!repo.archived() && !now.contains(branch)) {
                        changed = repo.id();
                        deleted = branch;
                    }
                }
            }
            assertTrue(deleted != null, "some branch was deleted");
            assertTrue(world.goneSince(changed.fullName(), deleted, clock.instant()).isPresent());
            // Its runs stay listed, as GitHub keeps them; its PR is no longer open.
            String gone = deleted;
            assertTrue(client.listRuns(changed, 100, 10).value().stream().anyMatch(r -> r.headBranch().equals(gone)));
            assertFalse(client.listOpenPullRequests(changed).value().stream().anyMatch(pr -> pr.headRef().equals(gone)));
        }
    }

    @Test
    void theSameSeedGivesTheSameChurnHoweverTheWorldIsQueried() {
        SimWorld often = new SimWorld(7, ORIGIN, SimChurn.typical());
        SimWorld once = new SimWorld(7, ORIGIN, SimChurn.typical());
        Instant end = ORIGIN.plus(Duration.ofHours(30));
        for (Instant t = ORIGIN; t.isBefore(end); t = t.plus(Duration.ofMinutes(17))) {
            often.latestRuns(t);
        }
        assertEquals(once.latestRuns(end), often.latestRuns(end));
    }

    @Test
    void churnForAnOrganisationKeepsItNearTheSizeItStartedAt() {
        assertEquals(SimChurn.OFF, SimChurn.around(SimScale.CATALOG, Duration.ZERO));
        assertEquals(new SimChurn(Duration.ofMinutes(20), 27, 41, 6), SimChurn.around(SimScale.CATALOG,
                Duration.ofMinutes(20)));
        assertEquals(new SimChurn(Duration.ofMinutes(5), 320, 480, 12), SimChurn.around(new SimScale(400, 9, 100),
                Duration.ofMinutes(5)));
        assertEquals(new SimChurn(Duration.ofMinutes(1), 1, 2, 3), SimChurn.around(new SimScale(1, 0, 100),
                Duration.ofMinutes(1)), "one repository may become two, never none");
        assertEquals(new SimChurn(Duration.ofMinutes(1), 4000, SimScale.MAX_REPOS, 100), SimChurn.around(
                new SimScale(SimScale.MAX_REPOS, SimScale.MAX_FEATURE_BRANCHES, 100), Duration.ofMinutes(1)));
    }

    @Test
    void withoutChurnTheWorldStaysPut() {
        SimWorld world = new SimWorld(42, ORIGIN);
        Instant later = ORIGIN.plus(Duration.ofDays(2));
        assertEquals(world.repos().size(), world.repos(later).size());
        assertTrue(world.repos(later).stream().noneMatch(SimWorld.SimRepo::archived));
        assertTrue(world.repos(later).stream().allMatch(r -> world.branches(r, later).size()
                == r.branches().stream().map(b -> b.name).distinct().count()));
    }

    @Test
    void aLongRunningWorldForgetsOldRunsButKeepsEachBranchsNewestPerWorkflow() {
        SimWorld world = new SimWorld(42, ORIGIN);
        SimWorld.SimRepo repo = world.repos().get(0);
        Instant later = ORIGIN.plus(Duration.ofDays(3));
        List<SimWorld.LatestRun> latest = world.latestRuns(later);
        int kept = world.runs(repo, later).size();
        assertTrue(kept < 24 * 8 * repo.workflows().size(), "bounded: " + kept);
        assertEquals(latest, world.latestRuns(later));
    }
}
