package io.intelgraph.maestro.store;

import io.intelgraph.maestro.model.repo.RepoId;

/** One tile per repository branch (a PR's tile is its head branch's). */
public record TileKey(RepoId repo, String branch) implements Comparable<TileKey> {

    @Override
    public int compareTo(TileKey other) {
        int byRepo = repo.compareTo(other.repo);
        return byRepo != 0 ? byRepo : branch.compareToIgnoreCase(other.branch);
    }

    @Override
    public String toString() {
        return repo.fullName() + "@" + branch;
    }
}
