package io.intelgraph.maestro.github;

import io.intelgraph.maestro.model.RepoId;

import java.util.List;

/**
 * What to watch: every repository of some organizations/users, plus explicitly named repositories.
 * Named repositories are polled directly (no repository listing needed), which is what a plain
 * static server that only serves {@code /repos/{o}/{r}/actions/runs} supports.
 */
public record PollTargets(List<String> owners, List<RepoId> repos) {

    public PollTargets {
        owners = List.copyOf(owners);
        repos = List.copyOf(repos);
        if (owners.isEmpty() && repos.isEmpty()) {
            throw new IllegalArgumentException("nothing to watch: name an --org or a --repo");
        }
    }
}
