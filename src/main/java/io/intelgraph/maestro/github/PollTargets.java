package io.intelgraph.maestro.github;

import io.intelgraph.maestro.model.RepoId;

import java.util.List;

/**
 * What to watch: every repository of some organizations/users, plus explicitly named repositories.
 * Named repositories are polled directly (no repository listing needed), which is what a plain
 * static server that only serves {@code /repos/{o}/{r}/actions/runs} supports.
 */
public record PollTargets(List<String> owners, List<RepoId> repos, boolean tokenUsersRepos) {

    /** How many of the token user's repositories (most recently pushed first) are watched. */
    public static final int USER_REPO_LIMIT = 50;

    public PollTargets {
        owners = List.copyOf(owners);
        repos = List.copyOf(repos);
        if (owners.isEmpty() && repos.isEmpty() && !tokenUsersRepos) {
            throw new IllegalArgumentException("nothing to watch: name an --org or a --repo");
        }
    }

    public PollTargets(List<String> owners, List<RepoId> repos) {
        this(owners, repos, false);
    }

    /** The repositories the token's user owns, collaborates on or sees through an organization. */
    public static PollTargets tokenUsersRepositories() {
        return new PollTargets(List.of(), List.of(), true);
    }
}
