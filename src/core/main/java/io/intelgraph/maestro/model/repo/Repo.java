package io.intelgraph.maestro.model.repo;

import java.util.Optional;

/**
 * A repository as the REST API lists it. {@code canPush} is GitHub's {@code permissions.push} for
 * the token in use (empty when the response did not say, e.g. without a token).
 */
public record Repo(RepoId id, String defaultBranch, String htmlUrl, boolean archived, Optional<Boolean> canPush) {
}
