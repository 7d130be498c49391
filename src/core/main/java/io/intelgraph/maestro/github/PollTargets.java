package io.intelgraph.maestro.github;

import io.intelgraph.maestro.model.repo.RepoId;

import java.util.List;

/**
 * What to watch: every repository of some organizations/users, plus explicitly named repositories.
 * Named repositories are polled directly (no repository listing needed), which is what a plain
 * static server that only serves {@code /repos/{o}/{r}/actions/runs} supports.
 *
 * @param ownerRepoLimit how many of each owner's repositories (most recently pushed first) are
 *                       watched, so that no organisation's size can make one source fan out unbounded
 */
public record PollTargets(List<String> owners, List<RepoId> repos, boolean tokenUsersRepos, int ownerRepoLimit) {

    /** How many of the token user's repositories (most recently pushed first) are watched. */
    public static final int USER_REPO_LIMIT = 50;
    /**
     * How many of an organisation's or user's repositories are watched: two poll requests each,
     * so 1,000 already spend 2,000 of the hourly 5,000 on a first sync.
     */
    public static final int ORG_REPO_LIMIT = 1000;

    public PollTargets {
        owners = List.copyOf(owners);
        repos = List.copyOf(repos);
        if (owners.isEmpty() && repos.isEmpty() && !tokenUsersRepos) {
            throw new IllegalArgumentException("nothing to watch: name an --org or a --repo");
        }
        if (ownerRepoLimit < 1) {
            throw new IllegalArgumentException("ownerRepoLimit must be at least 1, was " + ownerRepoLimit);
        }
    }

    public PollTargets(List<String> owners, List<RepoId> repos, boolean tokenUsersRepos) {
        this(owners, repos, tokenUsersRepos, ORG_REPO_LIMIT);
    }

    public PollTargets(List<String> owners, List<RepoId> repos) {
        this(owners, repos, false);
    }

    /** The repositories the token's user owns, collaborates on or sees through an organization. */
    public static PollTargets tokenUsersRepositories() {
        return new PollTargets(List.of(), List.of(), true);
    }
}
