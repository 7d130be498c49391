package io.intelgraph.maestro.ui;

import io.intelgraph.maestro.model.PolicyFinding;

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

    public static String line(PolicyFinding finding, String file) {
        return badge(finding.severity()) + file + (finding.line() > 0 ? ":" + finding.line() : "") + " — "
                + finding.message();
    }
}
