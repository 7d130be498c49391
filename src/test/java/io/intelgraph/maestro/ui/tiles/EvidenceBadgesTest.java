package io.intelgraph.maestro.ui.tiles;

import io.intelgraph.maestro.model.EvidenceSummary;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EvidenceBadgesTest {

    @Test
    void criticalAndHighAreNamedZeroesAreLeftOut() {
        assertEquals("◆ 2 CRIT", EvidenceBadges.findings(new EvidenceSummary(1, 2, 0, 4, 0, 4, 6, 0, 0, true)));
        assertEquals("◆ 1 CRIT ▲ 3 HIGH", EvidenceBadges.findings(new EvidenceSummary(1, 1, 3, 0, 0, 0, 6, 0, 0, true)));
        assertEquals("▲ 3 HIGH", EvidenceBadges.findings(new EvidenceSummary(1, 0, 3, 0, 0, 0, 6, 0, 0, true)));
        assertEquals("✓ no crit/high", EvidenceBadges.findings(new EvidenceSummary(1, 0, 0, 4, 2, 0, 6, 0, 0, true)));
        assertEquals("", EvidenceBadges.findings(new EvidenceSummary(1, 0, 0, 0, 0, 0, 6, 0, 0, false)), "no scan: no claim");
    }

    @Test
    void testsSayHowManyBrokeWereFlakyOrPassed() {
        assertEquals("✕ 4/6 failed", EvidenceBadges.tests(new EvidenceSummary(1, 0, 0, 0, 0, 4, 6, 0, 0, true)));
        assertEquals("≈ 2/5 flaky", EvidenceBadges.tests(new EvidenceSummary(1, 0, 0, 0, 0, 0, 5, 2, 0, true)));
        assertEquals("✓ 5 passed", EvidenceBadges.tests(new EvidenceSummary(1, 0, 0, 0, 0, 0, 5, 0, 0, true)));
        assertEquals("", EvidenceBadges.tests(new EvidenceSummary(1, 0, 0, 0, 0, 0, -1, 0, 0, true)), "no report: unknown, not zero");
    }
}
