package io.intelgraph.maestro.store;

import io.intelgraph.maestro.model.build.Conclusion;
import io.intelgraph.maestro.model.build.RunStatus;
import io.intelgraph.maestro.model.build.WorkflowRun;
import io.intelgraph.maestro.model.repo.RepoId;
import io.intelgraph.maestro.sim.SimClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static io.intelgraph.maestro.testing.Runs.T0;
import static io.intelgraph.maestro.testing.Runs.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Tiles of deleted branches and archived repositories leave after the retention window, and stay gone. */
class TileRetentionTest {

    private static final RepoId A = RepoId.parse("o/a");
    private static final RepoId B = RepoId.parse("o/b");

    private final SimClock clock = new SimClock(T0.plusSeconds(3600), 0);
    private final BuildPlane plane = new BuildPlane(clock, SourceHealth.connecting("test", false));

    private final List<WorkflowRun> runsOfA = List.of(
            run(1, "o/a", "main", "CI", RunStatus.COMPLETED, Conclusion.SUCCESS, 0),
            run(2, "o/a", "feat/x", "CI", RunStatus.COMPLETED, Conclusion.FAILURE, 5));

    private Set<String> tiles() {
        return plane.snapshot().tiles().stream().map(t -> t.key().toString()).collect(Collectors.toSet());
    }

    /** Time passes and a poll cycle ends: the plane rebuilds even though no run changed. */
    private void after(Duration elapsed) {
        clock.advance(elapsed);
        plane.sourceLive(Optional.empty(), 10);
    }

    @Test
    void aDeletedBranchsTileLeavesAfterTheWindowAndItsListedRunsDoNotBringItBack() {
        plane.putRuns(A, runsOfA);
        plane.putBranches(A, List.of("main", "feat/x"));
        assertEquals(Set.of("o/a@main", "o/a@feat/x"), tiles());

        plane.putBranches(A, List.of("main"));
        after(Duration.ofMinutes(59));
        assertEquals(Set.of("o/a@main", "o/a@feat/x"), tiles(), "kept for the window: the merged PR's last build shows");
        after(Duration.ofMinutes(1));
        assertEquals(Set.of("o/a@main"), tiles());

        // GitHub keeps listing the deleted branch's runs on the newest page.
        plane.putRuns(A, runsOfA);
        after(Duration.ofMinutes(5));
        assertEquals(Set.of("o/a@main"), tiles());

        // The branch is pushed again: its tile is back.
        plane.putBranches(A, List.of("main", "feat/x"));
        plane.putRun(run(3, "o/a", "feat/x", "CI", RunStatus.IN_PROGRESS, Conclusion.NONE, 200));
        assertEquals(Set.of("o/a@main", "o/a@feat/x"), tiles());
    }

    @Test
    void anArchivedRepositorysTilesLeaveAfterTheWindow() {
        plane.watchRepos(List.of(A, B));
        plane.putRuns(A, runsOfA);
        plane.putRuns(B, List.of(run(7, "o/b", "main", "CI", RunStatus.COMPLETED, Conclusion.SUCCESS, 0)));
        plane.watchRepos(List.of(A));
        after(Duration.ofMinutes(30));
        assertEquals(3, tiles().size());
        after(Duration.ofMinutes(30));
        assertEquals(Set.of("o/a@main", "o/a@feat/x"), tiles());
    }

    @Test
    void aBranchBackWithinTheWindowKeepsItsTileAndRestartsTheWindow() {
        plane.putRuns(A, runsOfA);
        plane.putBranches(A, List.of("main"));
        after(Duration.ofMinutes(50));
        plane.putBranches(A, List.of("main", "feat/x"));
        after(Duration.ofMinutes(5));
        plane.putBranches(A, List.of("main"));
        after(Duration.ofMinutes(50));
        assertEquals(2, tiles().size(), "gone again only 50 minutes ago");
    }

    @Test
    void withoutKnowingTheBranchesNothingLeaves() {
        plane.putRuns(A, runsOfA);
        after(Duration.ofDays(3));
        assertEquals(2, tiles().size());
    }

    @Test
    void theWindowIsASetting() {
        plane.setRetention(Duration.ZERO);
        plane.putRuns(A, runsOfA);
        plane.putBranches(A, List.of("main"));
        assertEquals(Set.of("o/a@main"), tiles());
    }
}
