package io.intelgraph.maestro.model.build;

import java.time.Instant;
import java.util.List;

/** A job of a workflow run with its steps ({@code GET .../actions/runs/{id}/jobs}). */
public record Job(
        long id,
        long runId,
        int runAttempt,
        String name,
        RunStatus status,
        Conclusion conclusion,
        Instant startedAt,
        Instant completedAt,
        String htmlUrl,
        String runnerName,
        List<String> labels,
        List<Step> steps) {

    public Job {
        labels = List.copyOf(labels);
        steps = List.copyOf(steps);
    }

    public BuildState state() {
        return BuildState.of(status, conclusion);
    }
}
