package io.intelgraph.maestro.policy;

import io.intelgraph.maestro.github.GitHubClient;
import io.intelgraph.maestro.model.repo.RepoId;
import io.intelgraph.maestro.model.repo.RepoTree;

import java.nio.file.Path;
import java.util.List;

/**
 * A repository's Dockerfiles at a commit, through the GitHub API: the tree (one call) names them —
 * {@code Dockerfile}, {@code Dockerfile.*}, {@code *.Dockerfile} anywhere, as {@code policy check}
 * finds them on disk — and the contents API reads each. At most {@value #MAX} are read, to stay
 * within the API budget; the rest, and a tree GitHub cut short, are named as problems (a problem
 * is never a pass).
 */
public final class GitHubDockerfiles implements PolicyDeployGate.DockerfileSource {

    static final int MAX = 20;

    private final GitHubClient github;

    public GitHubDockerfiles(GitHubClient github) {
        this.github = github;
    }

    @Override
    public PolicyDeployGate.Dockerfiles dockerfiles(RepoId repo, String ref) throws Exception {
        RepoTree tree = github.getTree(repo, ref);
        List<String> paths = tree.files().stream()
                .filter(path -> PolicyChecker.isDockerfile(Path.of(path))).sorted().toList();
        List<String> notes = tree.truncated()
                ? List.of("GitHub cut the file tree of " + repo.fullName() + " short: Dockerfiles beyond it were not checked")
                : List.of();
        return PolicyDeployGate.Dockerfiles.read(paths, path -> github.getFileText(repo, path, ref), notes);
    }
}
