package io.intelgraph.maestro.ui.tiles;

import io.intelgraph.maestro.model.evidence.EvidenceSummary;

/**
 * The words of a tile's badges, by symbol and text so they read without colour, and short enough
 * to fit a wall-mode tile: critical and high findings (the ones to see from across a room), and
 * the tests.
 */
public final class EvidenceBadges {

    private EvidenceBadges() {
    }

    /** "◆ 2 CRIT", "◆ 1 CRIT ▲ 3 HIGH", "✓ no crit/high", or "" when the run published no scan. */
    public static String findings(EvidenceSummary s) {
        if (!s.scanned()) {
            return "";
        }
        if (s.critical() + s.high() == 0) {
            return "✓ no crit/high";
        }
        return ((s.critical() > 0 ? "◆ " + s.critical() + " CRIT " : "") + (s.high() > 0 ? "▲ " + s.high() + " HIGH" : ""))
                .strip();
    }

    /** "✕ 4/6 failed", "≈ 2/5 flaky", "✓ 6 passed", or "" when the run published no test report. */
    public static String tests(EvidenceSummary s) {
        if (s.testsTotal() < 0) {
            return "";
        }
        if (s.testsBroken() > 0) {
            return "✕ " + s.testsBroken() + "/" + s.testsTotal() + " failed";
        }
        return s.flaky() > 0 ? "≈ " + s.flaky() + "/" + s.testsTotal() + " flaky" : "✓ " + s.testsTotal() + " passed";
    }

    /** "✔ signed" (verified), "✗ UNVERIFIED" (a bundle that does not check out), "∅ unsigned" (no bundle),
     * "? not checked" (the verifier failed: no verdict either way). */
    public static String signature(EvidenceSummary s) {
        return switch (s.signature()) {
            case VERIFIED -> "✔ signed";
            case UNVERIFIED -> "✗ UNVERIFIED";
            case MISSING -> "∅ unsigned";
            case COULD_NOT_VERIFY -> "? not checked";
        };
    }
}
