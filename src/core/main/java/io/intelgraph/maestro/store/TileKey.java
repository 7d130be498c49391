package io.intelgraph.maestro.store;

import io.intelgraph.maestro.model.repo.RepoId;

/** One tile per repository branch (a PR's tile is its head branch's). */
public record TileKey(RepoId repo, String branch) implements Comparable<TileKey> {

    @Override
    public int compareTo(TileKey other) {
        int byRepo = repo.compareTo(other.repo);
        return byRepo != 0 ? byRepo : branch.compareToIgnoreCase(other.branch);
    }

    /** Written out for speed, as {@link RepoId#equals}: the wall compares and hashes keys all the time. */
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof TileKey that && branch.equals(that.branch) && repo.equals(that.repo);
    }

    @Override
    public int hashCode() {
        return 31 * repo.hashCode() + branch.hashCode();
    }

    @Override
    public String toString() {
        return repo.fullName() + "@" + branch;
    }
}
