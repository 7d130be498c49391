package io.intelgraph.maestro.testing;

import io.intelgraph.maestro.model.build.BuildState;
import io.intelgraph.maestro.model.build.Conclusion;
import io.intelgraph.maestro.model.build.RunStatus;
import io.intelgraph.maestro.model.build.WorkflowRun;
import io.intelgraph.maestro.model.preview.ClusterStatus;
import io.intelgraph.maestro.model.repo.Repo;
import io.intelgraph.maestro.model.repo.RepoId;
import io.intelgraph.maestro.store.BuildSnapshot;
import io.intelgraph.maestro.store.BuildTile;
import io.intelgraph.maestro.store.Freshness;
import io.intelgraph.maestro.store.SourceHealth;
import io.intelgraph.maestro.store.TileKey;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Hand-made snapshots for break and fix detection: tiles in a given state, and two repositories
 * whose default branches differ ({@code org/api} builds {@code main}, {@code org/web} {@code trunk}).
 */
public final class Snapshots {

    private Snapshots() {
    }

    public static BuildTile tile(String repo, String branch, BuildState state) {
        return tile(repo, branch, state, "");
    }

    public static BuildTile tile(String repo, String branch, BuildState state, String staleReason) {
        RunStatus status = state == BuildState.RUNNING ? RunStatus.IN_PROGRESS : RunStatus.COMPLETED;
        Conclusion conclusion = switch (state) {
            case PASSED -> Conclusion.SUCCESS;
            case FAILED -> Conclusion.FAILURE;
            case CANCELLED -> Conclusion.CANCELLED;
            default -> Conclusion.NONE;
        };
        WorkflowRun run = Runs.run(1, repo, branch, "CI", status, conclusion, 0);
        return new BuildTile(new TileKey(run.repo(), branch), Optional.empty(), run, List.of(run), List.of(run),
                state, state, Runs.T0, staleReason);
    }

    public static BuildSnapshot snapshot(long version, Freshness freshness, BuildTile... tiles) {
        SourceHealth health = new SourceHealth("test", true, freshness, "", Runs.T0, Optional.empty(), null, 10);
        List<Repo> repos = List.of(new Repo(RepoId.parse("org/api"), "main", "", false, Optional.empty()),
                new Repo(RepoId.parse("org/web"), "trunk", "", false, Optional.empty()));
        return new BuildSnapshot(version, Runs.T0, List.of(tiles), repos, Map.of(), health, 0, List.of(),
                ClusterStatus.none("test"), Map.of(), Map.of(), Map.of());
    }
}
