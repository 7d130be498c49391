package io.intelgraph.maestro.model.repo;

import java.time.Instant;

/**
 * A commit as the commits and compare APIs list it. {@code authorLogin} is empty when GitHub could
 * not tie the commit's e-mail to an account; {@code authorName} is git's own.
 */
public record GitCommit(String sha, String message, String authorLogin, String authorName, Instant authoredAt,
        String htmlUrl) {

    /** Who wrote it, as a person would say: the GitHub login when known, else git's name. */
    public String author() {
        return authorLogin.isEmpty() ? authorName : authorLogin;
    }

    public String shortSha() {
        return sha.length() > 7 ? sha.substring(0, 7) : sha;
    }
}
