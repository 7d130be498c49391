package io.intelgraph.maestro.model;

import java.util.Map;
import java.util.OptionalDouble;

/**
 * What the engine knows about one branch, signal by signal. A signal the HUD has not collected is
 * absent — unknown — never zero: "no scan" is not "no vulnerabilities".
 */
public record Signals(String branch, Map<Signal, Double> known) {

    /** The signals, each a number where larger is worse, with the unit it is measured in. */
    public enum Signal {
        /** Share of recent completed runs that failed (0–1). */
        FAILURE_RATE,
        /** Share of recent runs whose outcome flipped on a re-run of the same commit (0–1). */
        FLIP_RATE,
        /** Latest duration over the build target (cold 15 min, warm 5 min); 1 = on target. */
        DURATION_RATIO,
        /** Minutes the latest run waited for a runner. */
        QUEUE_MINUTES,
        /** Share of the latest run's tests that failed or errored (0–1). */
        TEST_FAILURE_RATE,
        /** Critical findings of the latest run's scans. */
        CRITICAL_FINDINGS,
        /** High findings of the latest run's scans. */
        HIGH_FINDINGS,
        /** 0 verified, 1 not signed, 2 a signature that does not verify. */
        SIGNATURE_RISK,
        /** Policy denies standing for the branch. */
        POLICY_DENIES,
        /** 0 the preview is ready, 1 it is not. */
        PREVIEW_UNHEALTHY,
        /** 1 when the branch's latest completed run failed, else 0. */
        LATEST_FAILED
    }

    public Signals {
        known = Map.copyOf(known);
    }

    public OptionalDouble get(Signal signal) {
        Double value = known.get(signal);
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    public boolean knows(Signal signal) {
        return known.containsKey(signal);
    }
}
