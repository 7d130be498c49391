package io.intelgraph.maestro.model.build;

import java.time.Instant;

/** A step of a job; times are null until GitHub reports them. */
public record Step(int number, String name, RunStatus status, Conclusion conclusion, Instant startedAt, Instant completedAt) {

    public BuildState state() {
        return BuildState.of(status, conclusion);
    }
}
