package io.intelgraph.maestro.ui.notify;

import io.intelgraph.maestro.model.build.BuildState;
import io.intelgraph.maestro.model.build.Conclusion;
import io.intelgraph.maestro.model.build.RunStatus;
import io.intelgraph.maestro.model.build.WorkflowRun;
import io.intelgraph.maestro.model.preview.ClusterStatus;
import io.intelgraph.maestro.model.repo.PullRequest;
import io.intelgraph.maestro.model.repo.Repo;
import io.intelgraph.maestro.model.repo.RepoId;
import io.intelgraph.maestro.store.BuildSnapshot;
import io.intelgraph.maestro.store.BuildTile;
import io.intelgraph.maestro.store.Freshness;
import io.intelgraph.maestro.store.SourceHealth;
import io.intelgraph.maestro.store.TileKey;
import io.intelgraph.maestro.testing.Runs;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Tiles and snapshots for the notifications' tests: who ran what, whose PR, passing or failing. */
final class NotifyFixtures {

    private NotifyFixtures() {
    }

    /** A completed run on {@code branch} triggered by {@code actor}, with {@code prAuthor}'s PR when not null. */
    static BuildTile tile(long id, String repo, String branch, boolean passed, String actor, String prAuthor) {
        WorkflowRun run = Runs.run(id, repo, branch, "CI", RunStatus.COMPLETED,
                passed ? Conclusion.SUCCESS : Conclusion.FAILURE, 0, 1, actor);
        Optional<PullRequest> pr = prAuthor == null ? Optional.empty()
                : Optional.of(Runs.pr(repo, (int) id, branch, "change " + id, prAuthor));
        BuildState state = passed ? BuildState.PASSED : BuildState.FAILED;
        return new BuildTile(new TileKey(run.repo(), branch), pr, run, List.of(run), List.of(run), state, state, Runs.T0, "");
    }

    static BuildSnapshot snapshot(long version, BuildTile... tiles) {
        SourceHealth health = new SourceHealth("test", true, Freshness.LIVE, "", Runs.T0, Optional.empty(), null, 10);
        List<Repo> repos = List.of(new Repo(RepoId.parse("org/api"), "main", "", false, Optional.empty()),
                new Repo(RepoId.parse("org/web"), "main", "", false, Optional.empty()));
        return new BuildSnapshot(version, Runs.T0, List.of(tiles), repos, Map.of(), health, 0, List.of(),
                ClusterStatus.none("test"), Map.of(), Map.of(), Map.of());
    }
}
