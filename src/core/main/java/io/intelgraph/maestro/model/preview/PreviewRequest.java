package io.intelgraph.maestro.model.preview;

import io.intelgraph.maestro.model.repo.RepoId;

import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/** What one preview deploy needs: the PR, its head commit (the image tag) and how long it may live. */
public record PreviewRequest(RepoId repo, int prNumber, String headSha, Duration ttl) {

    private static final Pattern SHA = Pattern.compile("[0-9a-f]{7,40}");

    public PreviewRequest {
        Objects.requireNonNull(repo, "repo");
        PreviewLabels.requirePrNumber(prNumber);
        if (!isCommitSha(headSha)) {
            throw new IllegalArgumentException("head SHA must be 7-40 lowercase hex characters, got '" + headSha + "'");
        }
        if (ttl.isNegative() || ttl.isZero() || ttl.toHours() > 720) {
            throw new IllegalArgumentException("TTL must be between 1 hour and 30 days, got " + ttl);
        }
    }

    /** Whether {@code sha} names a commit as a preview takes one: 7 to 40 lowercase hex characters. */
    public static boolean isCommitSha(String sha) {
        return sha != null && SHA.matcher(sha).matches();
    }

    public String namespace() {
        return PreviewLabels.namespaceOf(prNumber);
    }

    public String releaseName() {
        return "intelgraph-pr-" + prNumber;
    }
}
