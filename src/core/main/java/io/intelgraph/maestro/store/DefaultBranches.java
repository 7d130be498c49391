package io.intelgraph.maestro.store;

import io.intelgraph.maestro.model.repo.Repo;
import io.intelgraph.maestro.model.repo.RepoId;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Each repository's default branch as a snapshot lists it — {@code main} for a repository it does not
 * list — read once into a map: looked up per tile among the repositories, a pass over 2,000 tiles of
 * 400 repositories took millions of comparisons.
 */
public final class DefaultBranches {

    private static final String UNKNOWN = "main";

    private final Map<RepoId, String> branches = new HashMap<>();

    private DefaultBranches(List<Repo> repos) {
        repos.forEach(repo -> branches.putIfAbsent(repo.id(), repo.defaultBranch()));
    }

    public static DefaultBranches of(BuildSnapshot snapshot) {
        return new DefaultBranches(snapshot.repos());
    }

    public static DefaultBranches of(List<Repo> repos) {
        return new DefaultBranches(repos);
    }

    /** {@code repo}'s default branch, {@code main} when the snapshot does not list the repository. */
    public String of(RepoId repo) {
        return branches.getOrDefault(repo, UNKNOWN);
    }

    /** Whether {@code tile} is its repository's default branch. */
    public boolean isDefault(BuildTile tile) {
        return tile.branch().equals(of(tile.key().repo()));
    }
}
