package io.intelgraph.maestro.model.build;

import io.intelgraph.maestro.model.repo.RepoId;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** One attempt of a GitHub Actions workflow run, as {@code GET /repos/{o}/{r}/actions/runs} gives it. */
public record WorkflowRun(
        long id,
        RepoId repo,
        String workflowName,
        String displayTitle,
        String headBranch,
        String headSha,
        String event,
        RunStatus status,
        Conclusion conclusion,
        long runNumber,
        int runAttempt,
        Instant createdAt,
        Instant runStartedAt,
        Instant updatedAt,
        String actor,
        String triggeringActor,
        String htmlUrl,
        List<Integer> pullRequestNumbers) {

    public WorkflowRun {
        pullRequestNumbers = List.copyOf(pullRequestNumbers);
    }

    public BuildState state() {
        return BuildState.of(status, conclusion);
    }

    /** Time spent so far (running) or in total (completed), measured from the run's start. */
    public Duration elapsed(Instant now) {
        Instant start = runStartedAt != null ? runStartedAt : createdAt;
        Instant end = status == RunStatus.COMPLETED ? updatedAt : now;
        Duration d = Duration.between(start, end);
        return d.isNegative() ? Duration.ZERO : d;
    }

    public Optional<Integer> pullRequestNumber() {
        return pullRequestNumbers.stream().findFirst();
    }
}
