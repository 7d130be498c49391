package io.intelgraph.maestro.model;

import java.time.Instant;

/** A check run (Actions jobs appear as check runs too); {@code headBranch} comes from its check suite. */
public record CheckRun(long id, String name, String headSha, String headBranch, RunStatus status, Conclusion conclusion,
        Instant startedAt, Instant completedAt, String htmlUrl, String appName) {

    public BuildState state() {
        return BuildState.of(status, conclusion);
    }
}
