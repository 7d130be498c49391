package io.intelgraph.maestro.model.evidence;

import java.time.Duration;

/**
 * One test case of a report: where it lives, how long it took, how it ended, and for a failure its
 * message and trace (empty otherwise). {@code attempts} counts runs of it in the report (re-runs
 * included).
 */
public record TestCaseResult(String suite, String className, String name, Duration time, TestOutcome outcome,
        String message, String trace, int attempts) {
}
