package io.intelgraph.maestro.slo;

import java.time.Duration;

/** A run's timing, its kind with the reason, and the target it is held to. */
public record ClassifiedRun(RunTiming timing, BuildKind kind, String reason, Duration target) {

    public boolean breached() {
        return timing.duration().compareTo(target) > 0;
    }

    public SloMark mark() {
        return new SloMark(timing.run().workflowName(), timing.run().id(), timing.duration(), target, kind);
    }
}
