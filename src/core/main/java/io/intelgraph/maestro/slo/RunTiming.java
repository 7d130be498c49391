package io.intelgraph.maestro.slo;

import io.intelgraph.maestro.model.build.Job;
import io.intelgraph.maestro.model.build.WorkflowRun;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * How long a completed run took and waited. From its jobs: the critical path runs from the first
 * job's start to the last job's end (jobs side by side overlap, so the span is the longest chain),
 * and the queue from the attempt's start to the first job's start. Without job timings the run's
 * own span stands in for both together, and {@code fromJobs} says so.
 */
public record RunTiming(WorkflowRun run, Duration duration, Duration queue, boolean fromJobs) {

    public static RunTiming of(WorkflowRun run, List<Job> jobs) {
        Instant queuedAt = run.runStartedAt() != null ? run.runStartedAt() : run.createdAt();
        Instant first = jobs.stream().map(Job::startedAt).filter(Objects::nonNull).min(Instant::compareTo).orElse(null);
        Instant last = jobs.stream().map(Job::completedAt).filter(Objects::nonNull).max(Instant::compareTo).orElse(null);
        if (first == null || last == null || last.isBefore(first)) {
            return new RunTiming(run, run.elapsed(run.updatedAt()), Duration.ZERO, false);
        }
        Duration queue = Duration.between(queuedAt, first);
        return new RunTiming(run, Duration.between(first, last), queue.isNegative() ? Duration.ZERO : queue, true);
    }

    public Instant at() {
        return run.createdAt();
    }
}
