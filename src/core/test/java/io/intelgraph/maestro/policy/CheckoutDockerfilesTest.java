package io.intelgraph.maestro.policy;

import io.intelgraph.maestro.model.repo.RepoId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CheckoutDockerfilesTest {

    private static final RepoId REPO = RepoId.parse("intelgraph/api");
    private static final String SHA = "3f2a9c1d5e7b8a60f4c2e1d0b9a8c7d6e5f4a3b2";
    private static final PolicyDeployGate.Dockerfiles FROM_GITHUB =
            new PolicyDeployGate.Dockerfiles(Map.of("Dockerfile (github)", "FROM scratch\n"), List.of());

    @TempDir
    Path checkout;

    private PolicyDeployGate.DockerfileSource source() {
        return new CheckoutDockerfiles(Map.of(REPO, checkout), (repo, ref) -> FROM_GITHUB);
    }

    private void files() throws Exception {
        Files.createDirectories(checkout.resolve("services/worker"));
        Files.copy(Path.of("policy/examples/Dockerfile.server"), checkout.resolve("Dockerfile"));
        Files.writeString(checkout.resolve("services/worker/Dockerfile"), "FROM node:latest\n");
        Files.createDirectories(checkout.resolve(".git/refs/heads"));
        Files.createDirectories(checkout.resolve(".git/hooks"));
        Files.writeString(checkout.resolve(".git/hooks/Dockerfile"), "FROM inside-git\n"); // inside .git: ignored
    }

    @Test
    void aCheckoutAtTheCommitIsReadFromItsWorkingTree() throws Exception {
        files();
        Files.writeString(checkout.resolve(".git/HEAD"), "ref: refs/heads/feature\n");
        Files.writeString(checkout.resolve(".git/refs/heads/feature"), SHA + "\n");
        var found = source().dockerfiles(REPO, SHA.substring(0, 7));
        assertEquals(List.of("Dockerfile (local checkout)", "services/worker/Dockerfile (local checkout)"),
                List.copyOf(found.byPath().keySet()));
        assertEquals(Files.readString(Path.of("policy/examples/Dockerfile.server")),
                found.byPath().get("Dockerfile (local checkout)"));
    }

    @Test
    void aCheckoutOnAnotherCommitDefersToGitHub() throws Exception {
        files();
        Files.writeString(checkout.resolve(".git/HEAD"), "0000000aaaabbbbccccddddeeeeffff00001111\n"); // detached
        assertEquals(FROM_GITHUB, source().dockerfiles(REPO, SHA));
        assertEquals(FROM_GITHUB, source().dockerfiles(RepoId.parse("intelgraph/other"), SHA), "no checkout named");
    }

    @Test
    void headIsFoundThroughPackedRefsAndWorktreeLinks() throws Exception {
        Path git = checkout.resolve("repo.git");
        Files.createDirectories(git);
        Files.writeString(git.resolve("HEAD"), "ref: refs/heads/main\n");
        Files.writeString(git.resolve("packed-refs"), "# pack-refs with: peeled fully-peeled sorted\n"
                + SHA + " refs/heads/main\n");
        Files.writeString(checkout.resolve(".git"), "gitdir: repo.git\n");
        assertEquals(Optional.of(SHA), CheckoutDockerfiles.head(checkout));
    }
}
