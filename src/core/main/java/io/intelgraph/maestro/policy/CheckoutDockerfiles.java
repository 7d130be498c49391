package io.intelgraph.maestro.policy;

import io.intelgraph.maestro.model.repo.RepoId;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A repository's Dockerfiles from a local checkout when it is at the commit asked about — read from its
 * working tree, so a developer's uncommitted edits are checked too — and from {@code fallback} (the
 * GitHub API) otherwise, so a checkout on another commit never gives a verdict about this one.
 */
public final class CheckoutDockerfiles implements PolicyDeployGate.DockerfileSource {

    private final Map<RepoId, Path> checkouts;
    private final PolicyDeployGate.DockerfileSource fallback;

    public CheckoutDockerfiles(Map<RepoId, Path> checkouts, PolicyDeployGate.DockerfileSource fallback) {
        this.checkouts = Map.copyOf(checkouts);
        this.fallback = fallback;
    }

    @Override
    public PolicyDeployGate.Dockerfiles dockerfiles(RepoId repo, String ref) throws Exception {
        Path checkout = checkouts.get(repo);
        if (checkout == null || !head(checkout).filter(sha -> sameCommit(sha, ref)).isPresent()) {
            return fallback.dockerfiles(repo, ref);
        }
        try (Stream<Path> walk = Files.walk(checkout)) {
            List<String> paths = walk.filter(p -> !checkout.relativize(p).startsWith(".git"))
                    .filter(p -> Files.isRegularFile(p) && PolicyChecker.isDockerfile(p))
                    .map(p -> checkout.relativize(p).toString().replace('\\', '/')).sorted().toList();
            PolicyDeployGate.Dockerfiles found = PolicyDeployGate.Dockerfiles.read(paths,
                    path -> Optional.of(Files.readString(checkout.resolve(path))), List.of());
            Map<String, String> labelled = new LinkedHashMap<>();
            found.byPath().forEach((path, text) -> labelled.put(path + " (local checkout)", text));
            return new PolicyDeployGate.Dockerfiles(labelled, found.problems());
        }
    }

    /** A ref given as a full or abbreviated SHA names the checkout's commit when one is a prefix of the other. */
    private static boolean sameCommit(String head, String ref) {
        String a = head.toLowerCase(Locale.ROOT);
        String b = ref.toLowerCase(Locale.ROOT);
        return b.length() >= 7 && (a.startsWith(b) || b.startsWith(a));
    }

    /** The commit a checkout's HEAD is at: detached, or through its branch (loose or packed ref). */
    static Optional<String> head(Path checkout) throws IOException {
        Path git = checkout.resolve(".git");
        if (Files.isRegularFile(git)) {
            // a worktree or submodule: ".git" names the real git directory
            String line = Files.readString(git).strip();
            if (!line.startsWith("gitdir:")) {
                return Optional.empty();
            }
            git = checkout.resolve(line.substring("gitdir:".length()).strip());
        }
        Path headFile = git.resolve("HEAD");
        if (!Files.isRegularFile(headFile)) {
            return Optional.empty();
        }
        String head = Files.readString(headFile).strip();
        if (!head.startsWith("ref:")) {
            return Optional.of(head);
        }
        String ref = head.substring("ref:".length()).strip();
        Path loose = git.resolve(ref);
        if (Files.isRegularFile(loose)) {
            return Optional.of(Files.readString(loose).strip());
        }
        Path packed = git.resolve("packed-refs");
        if (Files.isRegularFile(packed)) {
            for (String line : Files.readAllLines(packed)) {
                if (line.endsWith(" " + ref)) {
                    return Optional.of(line.substring(0, line.indexOf(' ')));
                }
            }
        }
        return Optional.empty();
    }
}
