package io.intelgraph.maestro.ui;

import io.intelgraph.maestro.model.policy.PolicyFinding;
import io.intelgraph.maestro.policy.PolicyEngine;

/** How a policy finding reads in the views: its kind by symbol and word (never colour alone), file, line. */
public final class PolicyFindingText {

    private PolicyFindingText() {
    }

    public static String badge(PolicyFinding.Severity severity) {
        return switch (severity) {
            case DENY -> "✕ DENY  ";
            case WARN -> "▲ WARN  ";
            case EXCEPTION -> "◇ EXCP  ";
        };
    }

    /** {@code ✕ DENY  Dockerfile:3 — run_as_root: message}; the rule is left out when it is plain deny/warn/violation. */
    public static String line(PolicyFinding finding, String file) {
        return badge(finding.severity()) + file + (finding.line() > 0 ? ":" + finding.line() : "") + " — "
                + (finding.severity() == PolicyFinding.Severity.EXCEPTION || isPlain(finding.rule()) ? ""
                        : PolicyEngine.exceptionName(finding.rule()) + ": ")
                + finding.message();
    }

    private static boolean isPlain(String rule) {
        return rule.equals("deny") || rule.equals("warn") || rule.equals("violation");
    }
}
