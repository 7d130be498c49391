package io.intelgraph.maestro.model.repo;

import java.time.Instant;
import java.util.List;

/** A pull request as the pulls endpoint and the pull_request webhook give it. */
public record PullRequest(
        RepoId repo,
        int number,
        String title,
        String state,
        boolean draft,
        boolean merged,
        String headRef,
        String headSha,
        String baseRef,
        String author,
        String htmlUrl,
        Instant updatedAt,
        List<String> labels) {

    public PullRequest {
        labels = List.copyOf(labels);
    }

    public boolean isOpen() {
        return "open".equals(state);
    }
}
