package io.intelgraph.maestro.model.repo;

import java.util.List;

/**
 * The files of a repository at a commit, by path. GitHub cuts very large trees short and says so:
 * then {@code truncated} is true and the list is incomplete.
 */
public record RepoTree(List<String> files, boolean truncated) {

    public RepoTree {
        files = List.copyOf(files);
    }
}
