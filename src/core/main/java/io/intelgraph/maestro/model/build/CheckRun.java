package io.intelgraph.maestro.model.build;

import java.time.Instant;

/**
 * A check run (Actions jobs appear as check runs too, and test reporters publish theirs);
 * {@code headBranch} comes from its check suite; {@code title}/{@code summary} are its output's
 * (e.g. "12 passed, 1 failed"), {@code annotations} how many annotations it made.
 */
public record CheckRun(long id, String name, String headSha, String headBranch, RunStatus status, Conclusion conclusion,
        Instant startedAt, Instant completedAt, String htmlUrl, String appName, String title, String summary,
        int annotations) {

    public BuildState state() {
        return BuildState.of(status, conclusion);
    }
}
