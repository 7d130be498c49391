package io.intelgraph.maestro.store;

import io.intelgraph.maestro.model.build.BuildState;
import io.intelgraph.maestro.model.build.Conclusion;
import io.intelgraph.maestro.model.build.RunStatus;
import io.intelgraph.maestro.model.repo.RepoId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import static io.intelgraph.maestro.testing.Runs.T0;
import static io.intelgraph.maestro.testing.Runs.pr;
import static io.intelgraph.maestro.testing.Runs.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

class TileQueryTest {

    private List<BuildTile> tiles;

    @BeforeEach
    void setUp() {
        BuildPlane plane = new BuildPlane(Clock.fixed(T0, ZoneOffset.UTC), SourceHealth.connecting("t", false));
        plane.putRun(run(1, "acme/api", "main", "CI", RunStatus.COMPLETED, Conclusion.SUCCESS, 1, 1, "alice"));
        plane.putRun(run(2, "acme/api", "feat/login", "CI", RunStatus.COMPLETED, Conclusion.FAILURE, 5, 1, "bob"));
        plane.putRun(run(3, "acme/web", "main", "Deploy", RunStatus.IN_PROGRESS, Conclusion.NONE, 9, 1, "carol"));
        plane.putRun(run(4, "acme/web", "fix/css", "CI", RunStatus.COMPLETED, Conclusion.TIMED_OUT, 2, 1, "dave"));
        plane.putOpenPullRequests(RepoId.parse("acme/api"), List.of(pr("acme/api", 42, "feat/login", "New login", "erin")));
        tiles = plane.snapshot().tiles();
    }

    private List<String> names(TileQuery query) {
        return query.apply(tiles).stream().map(t -> t.key().toString()).toList();
    }

    @Test
    void failingFirstThenMostRecent() {
        assertEquals(List.of("acme/api@feat/login", "acme/web@fix/css", "acme/web@main", "acme/api@main"),
                names(TileQuery.ALL));
    }

    @Test
    void sorts() {
        assertEquals(List.of("acme/web@main", "acme/api@feat/login", "acme/web@fix/css", "acme/api@main"),
                names(TileQuery.ALL.withSort(TileSort.MOST_RECENT)));
        assertEquals(List.of("acme/api@feat/login", "acme/api@main", "acme/web@fix/css", "acme/web@main"),
                names(TileQuery.ALL.withSort(TileSort.NAME)));
    }

    @Test
    void filters() {
        assertEquals(List.of("acme/api@feat/login"), names(TileQuery.ALL.withText("LOGIN")));
        assertEquals(List.of("acme/api@feat/login"), names(TileQuery.ALL.withText("new login")), "PR title");
        assertEquals(List.of("acme/api@feat/login"), names(TileQuery.ALL.withText("api #42")), "every word matches");
        assertEquals(List.of(), names(TileQuery.ALL.withText("web #42")));
        assertEquals(List.of("acme/web@main"), names(TileQuery.ALL.withText("deploy")), "workflow");
        assertEquals(List.of("acme/api@feat/login", "acme/web@fix/css"),
                names(TileQuery.ALL.withStates(Set.of(BuildState.FAILED))));
        assertEquals(List.of("acme/web@fix/css", "acme/web@main"), names(TileQuery.ALL.withRepo("web")));
        assertEquals(List.of("acme/api@feat/login"), names(TileQuery.ALL.withBranch("#42")));
        assertEquals(List.of("acme/web@main", "acme/api@main"), names(TileQuery.ALL.withBranch("main")));
        assertEquals(List.of("acme/api@feat/login"), names(TileQuery.ALL.withAuthor("erin")), "PR author");
        assertEquals(List.of("acme/web@main"), names(TileQuery.ALL.withAuthor("carol")), "actor");
        assertEquals(List.of(), names(TileQuery.ALL.withRepo("web").withAuthor("erin")));
    }
}
