package io.intelgraph.maestro.model.repo;

import java.util.Objects;

/** owner/name of a repository: the key every other record refers to. */
public record RepoId(String owner, String name) implements Comparable<RepoId> {

    public RepoId {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(name, "name");
        if (owner.isBlank() || name.isBlank() || owner.contains("/") || name.contains("/")) {
            throw new IllegalArgumentException("not a repository: " + owner + "/" + name);
        }
    }

    /** Parses {@code owner/name}. */
    public static RepoId parse(String fullName) {
        int slash = fullName == null ? -1 : fullName.indexOf('/');
        if (slash <= 0 || slash == fullName.length() - 1 || fullName.indexOf('/', slash + 1) >= 0) {
            throw new IllegalArgumentException("expected owner/name, got '" + fullName + "'");
        }
        return new RepoId(fullName.substring(0, slash), fullName.substring(slash + 1));
    }

    public String fullName() {
        return owner + "/" + name;
    }

    @Override
    public int compareTo(RepoId other) {
        return fullName().compareToIgnoreCase(other.fullName());
    }

    @Override
    public String toString() {
        return fullName();
    }
}
