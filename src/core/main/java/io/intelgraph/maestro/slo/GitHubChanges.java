package io.intelgraph.maestro.slo;

import io.intelgraph.maestro.github.GitHubClient;
import io.intelgraph.maestro.github.GitHubException;
import io.intelgraph.maestro.model.repo.RepoId;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The files changed between two commits, from the compare API's first page, remembered: two
 * commits compare the same forever. Bounded, oldest pairs forgotten first.
 */
final class GitHubChanges {

    private static final int KEPT = 4096;

    private final GitHubClient github;
    private final Map<String, Optional<List<String>>> known = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Optional<List<String>>> eldest) {
            return size() > KEPT;
        }
    };

    GitHubChanges(GitHubClient github) {
        this.github = github;
    }

    ColdWarmRule.ChangedFiles of(RepoId repo) {
        return (base, head) -> between(repo, base, head);
    }

    private Optional<List<String>> between(RepoId repo, String base, String head) {
        String key = repo + "@" + base + "..." + head;
        synchronized (known) {
            Optional<List<String>> files = known.get(key);
            if (files != null) {
                return files;
            }
        }
        Optional<List<String>> files;
        try {
            files = Optional.of(github.compare(repo, base, head, 1).files());
        } catch (GitHubException e) {
            files = Optional.empty(); // cold, the looser target; asked again next time
            return files;
        }
        synchronized (known) {
            known.put(key, files);
        }
        return files;
    }
}
