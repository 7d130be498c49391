package io.intelgraph.maestro.sim;

import io.intelgraph.maestro.testing.SimHarness;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An organisation-sized simulated world: hundreds of repositories, thousands of branches. */
class SimScaleTest {

    private static final Instant ORIGIN = SimHarness.ORIGIN;

    private static Set<String> tiles(List<SimWorld.LatestRun> runs) {
        Set<String> tiles = new HashSet<>();
        runs.forEach(r -> tiles.add(r.repo() + "@" + r.branch()));
        return tiles;
    }

    private static List<SimWorld.LatestRun> withoutBranch(List<SimWorld.LatestRun> runs) {
        return runs.stream().map(r -> new SimWorld.LatestRun(r.repo(), "", r.workflow(), r.runId(), r.attempt(), r.status(),
                r.conclusion(), r.createdAt())).toList();
    }

    @Test
    void fourHundredRepositoriesWithEightBranchesAtMostMakeAboutTwoThousandTiles() {
        SimWorld world = new SimWorld(42, ORIGIN, SimChurn.OFF, new SimScale(400, 8, 100));
        List<SimWorld.SimRepo> repos = world.repos(ORIGIN);
        assertEquals(400, repos.size());
        assertEquals(400, repos.stream().map(SimWorld.SimRepo::name).distinct().count(), "no two repositories share a name");
        int tiles = tiles(world.latestRuns(ORIGIN)).size();
        assertTrue(tiles > 1_800 && tiles < 2_200, "about 400 × (1 + 8/2) tiles: " + tiles);
        for (SimWorld.SimRepo repo : repos) {
            List<String> branches = world.branches(repo, ORIGIN);
            assertEquals(branches.size(), new HashSet<>(branches).size(), "branch names repeat in " + repo.name());
        }
    }

    @Test
    void theCatalogsRepositoriesComeFirstAsTheyWere() {
        // Tests pin figures of the catalog's world: a larger one with the same branch limit must start with it.
        // (The larger world numbers a branch name a repository repeats, where the catalog's shows one tile for
        // both: so every catalog run is in the larger world, which also shows the repeated branch's own.)
        List<SimWorld.LatestRun> catalog = withoutBranch(new SimWorld(42, ORIGIN).latestRuns(ORIGIN));
        List<SimWorld.LatestRun> org = withoutBranch(new SimWorld(42, ORIGIN, SimChurn.OFF, new SimScale(400, 3, 100))
                .latestRuns(ORIGIN));
        List<SimWorld.LatestRun> missing = catalog.stream().filter(run -> !org.contains(run)).toList();
        assertTrue(missing.isEmpty(), "catalog runs not in the larger world: " + missing);
        assertEquals(new SimWorld(42, ORIGIN).latestRuns(ORIGIN),
                new SimWorld(42, ORIGIN, SimChurn.OFF, SimScale.CATALOG).latestRuns(ORIGIN));
    }

    @Test
    void aShareOfFeatureBranchesGoesWithoutAPullRequest() {
        SimWorld world = new SimWorld(7, ORIGIN, SimChurn.OFF, new SimScale(200, 6, 60));
        int features = 0;
        int withPr = 0;
        for (SimWorld.SimRepo repo : world.repos(ORIGIN)) {
            features += world.branches(repo, ORIGIN).size() - 1;
            withPr += world.openPullRequests(repo, ORIGIN).size();
        }
        double share = withPr / (double) features;
        assertTrue(share > 0.5 && share < 0.7, "about 60% of " + features + " feature branches have a PR: " + share);
    }

    @Test
    void sizesOutsideWhatRunIdsHoldAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new SimScale(0, 3, 100));
        assertThrows(IllegalArgumentException.class, () -> new SimScale(SimScale.MAX_REPOS + 1, 3, 100));
        assertThrows(IllegalArgumentException.class, () -> new SimScale(10, 100, 100));
        assertThrows(IllegalArgumentException.class, () -> new SimScale(10, 3, 101));
    }
}
