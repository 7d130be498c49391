package io.intelgraph.maestro.model.evidence;

import java.util.Locale;

/** How bad a finding is, as scanners grade it; ordered worst first. Each has a symbol so it is not told by colour alone. */
public enum Severity {
    CRITICAL("◆"), HIGH("▲"), MEDIUM("●"), LOW("○"), UNKNOWN("?");

    private final String symbol;

    Severity(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** Trivy's and GitHub's words (any case); anything else is UNKNOWN rather than a guess. */
    public static Severity parse(String word) {
        if (word == null) {
            return UNKNOWN;
        }
        return switch (word.strip().toUpperCase(Locale.ROOT)) {
            case "CRITICAL" -> CRITICAL;
            case "HIGH", "ERROR" -> HIGH;
            case "MEDIUM", "MODERATE", "WARNING" -> MEDIUM;
            case "LOW", "NOTE" -> LOW;
            default -> UNKNOWN;
        };
    }

    /**
     * A CVSS (or SARIF {@code security-severity}) score as GitHub grades it: 9.0 and over critical,
     * 7.0–8.9 high, 4.0–6.9 medium, 0.1–3.9 low.
     */
    public static Severity ofScore(double score) {
        if (score >= 9.0) {
            return CRITICAL;
        }
        if (score >= 7.0) {
            return HIGH;
        }
        if (score >= 4.0) {
            return MEDIUM;
        }
        return score > 0 ? LOW : UNKNOWN;
    }
}
