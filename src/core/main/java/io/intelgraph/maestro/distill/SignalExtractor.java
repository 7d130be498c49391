package io.intelgraph.maestro.distill;

import io.intelgraph.maestro.model.build.Conclusion;
import io.intelgraph.maestro.model.build.RunStatus;
import io.intelgraph.maestro.model.build.WorkflowRun;
import io.intelgraph.maestro.model.distill.Signals.Signal;
import io.intelgraph.maestro.model.distill.Signals;
import io.intelgraph.maestro.model.evidence.EvidenceSummary;
import io.intelgraph.maestro.model.policy.PolicyVerdict;
import io.intelgraph.maestro.model.preview.Preview;
import io.intelgraph.maestro.store.BuildSnapshot;
import io.intelgraph.maestro.store.BuildTile;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns what the HUD already holds about a branch — its runs, its reports' summary, its preview,
 * its policy denies — into signals. What the HUD has not collected stays unknown.
 */
public final class SignalExtractor {

    /** Build targets: a cold build (nothing cached) within 15 minutes, a warm one within 5. */
    static final Duration COLD_TARGET = Duration.ofMinutes(15);
    static final Duration WARM_TARGET = Duration.ofMinutes(5);
    private static final int RECENT = 10;

    private SignalExtractor() {
    }

    /** Every branch of a snapshot, with what the snapshot knows of its reports, preview and policy check. */
    public static List<Signals> all(BuildSnapshot snapshot) {
        return snapshot.tiles().stream().map(t -> of(t, snapshot.evidenceOf(t.headline().id()),
                t.pullRequest().flatMap(pr -> snapshot.previewOf(pr.number())),
                snapshot.policyOf(t).map(PolicyVerdict::standingDenies).orElse(OptionalInt.empty())))
                .toList();
    }

    public static Signals of(BuildTile tile, Optional<EvidenceSummary> evidence, Optional<Preview> preview,
            OptionalInt policyDenies) {
        Map<Signal, Double> known = new EnumMap<>(Signal.class);
        List<WorkflowRun> completed = tile.history().stream().filter(r -> r.status() == RunStatus.COMPLETED)
                .sorted(Comparator.comparing(WorkflowRun::createdAt).reversed()).limit(RECENT).toList();
        if (!completed.isEmpty()) {
            long failed = completed.stream().filter(r -> r.conclusion() == Conclusion.FAILURE
                    || r.conclusion() == Conclusion.TIMED_OUT).count();
            known.put(Signal.FAILURE_RATE, (double) failed / completed.size());
            known.put(Signal.FLIP_RATE, (double) flips(completed) / completed.size());
            WorkflowRun latest = completed.get(0);
            known.put(Signal.LATEST_FAILED, latest.conclusion() == Conclusion.FAILURE
                    || latest.conclusion() == Conclusion.TIMED_OUT ? 1.0 : 0.0);
            if (latest.runStartedAt() != null && latest.updatedAt() != null) {
                // A branch that built before is warm (caches filled); its first build is cold.
                Duration target = completed.size() > 1 ? WARM_TARGET : COLD_TARGET;
                known.put(Signal.DURATION_RATIO, nonNegativeSeconds(latest.runStartedAt(), latest.updatedAt())
                        / target.toSeconds());
            }
            if (latest.runStartedAt() != null && latest.createdAt() != null) {
                known.put(Signal.QUEUE_MINUTES, nonNegativeSeconds(latest.createdAt(), latest.runStartedAt()) / 60.0);
            }
        }
        evidence.filter(e -> e.runId() == tile.headline().id()).ifPresent(e -> {
            if (e.testsTotal() > 0) {
                known.put(Signal.TEST_FAILURE_RATE, (double) e.testsBroken() / e.testsTotal());
            }
            if (e.scanned()) {
                known.put(Signal.CRITICAL_FINDINGS, (double) e.critical());
                known.put(Signal.HIGH_FINDINGS, (double) e.high());
            }
            known.put(Signal.SIGNATURE_RISK, switch (e.signature()) {
                case VERIFIED -> 0.0;
                case MISSING, COULD_NOT_VERIFY -> 1.0;
                case UNVERIFIED -> 2.0;
            });
        });
        preview.ifPresent(p -> known.put(Signal.PREVIEW_UNHEALTHY, p.ready() ? 0.0 : 1.0));
        policyDenies.ifPresent(d -> known.put(Signal.POLICY_DENIES, (double) d));
        return new Signals(tile.repoName() + ":" + tile.branch(), known);
    }

    /** GitHub's timestamps come from more than one clock: a span they make negative is taken as none. */
    private static double nonNegativeSeconds(Instant from, Instant to) {
        return Math.max(0, Duration.between(from, to).toSeconds());
    }

    /**
     * Outcomes that flipped without a code change: a commit that both failed and passed, or a
     * re-run attempt that passed (its earlier attempt did not).
     */
    static long flips(List<WorkflowRun> completed) {
        Map<String, Set<Conclusion>> bySha = completed.stream().collect(Collectors.groupingBy(WorkflowRun::headSha,
                Collectors.mapping(WorkflowRun::conclusion, Collectors.toSet())));
        long mixedShas = bySha.values().stream()
                .filter(c -> c.contains(Conclusion.SUCCESS) && (c.contains(Conclusion.FAILURE) || c.contains(Conclusion.TIMED_OUT)))
                .count();
        long passedOnRerun = completed.stream().filter(r -> r.runAttempt() > 1 && r.conclusion() == Conclusion.SUCCESS).count();
        return mixedShas + passedOnRerun;
    }
}
