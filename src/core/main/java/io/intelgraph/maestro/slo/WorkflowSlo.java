package io.intelgraph.maestro.slo;

import io.intelgraph.maestro.model.repo.RepoId;

import java.time.Duration;
import java.util.List;

/**
 * One workflow's build times over its last runs: p50/p95 of cold and of warm builds against their
 * targets, the queue time, and every run, oldest first, for the chart.
 */
public record WorkflowSlo(RepoId repo, String workflow, List<ClassifiedRun> runs, Duration coldTarget,
        Duration warmTarget) {

    public WorkflowSlo {
        runs = List.copyOf(runs);
    }

    public Stats stats(BuildKind kind) {
        return Stats.of(runs.stream().filter(r -> r.kind() == kind).map(r -> r.timing().duration()).toList());
    }

    public Stats queue() {
        return Stats.of(runs.stream().filter(r -> r.timing().fromJobs()).map(r -> r.timing().queue()).toList());
    }

    public Duration target(BuildKind kind) {
        return kind == BuildKind.COLD ? coldTarget : warmTarget;
    }

    /** The p95 of the kind's builds is over its target. */
    public boolean breached(BuildKind kind) {
        return stats(kind).p95().map(p95 -> p95.compareTo(target(kind)) > 0).orElse(false);
    }

    public boolean breached() {
        return breached(BuildKind.COLD) || breached(BuildKind.WARM);
    }

    /** The runs over their target, oldest first. */
    public List<ClassifiedRun> breaches() {
        return runs.stream().filter(ClassifiedRun::breached).toList();
    }
}
