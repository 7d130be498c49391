package io.intelgraph.maestro.ui.tiles;

import io.intelgraph.maestro.model.evidence.EvidenceSummary;
import io.intelgraph.maestro.model.evidence.SignatureState;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EvidenceBadgesTest {

    @Test
    void criticalAndHighAreNamedZeroesAreLeftOut() {
        assertEquals("◆ 2 CRIT", EvidenceBadges.findings(new EvidenceSummary(1, 2, 0, 4, 0, 4, 6, 0, 0, true, SignatureState.MISSING)));
        assertEquals("◆ 1 CRIT ▲ 3 HIGH", EvidenceBadges.findings(new EvidenceSummary(1, 1, 3, 0, 0, 0, 6, 0, 0, true, SignatureState.MISSING)));
        assertEquals("▲ 3 HIGH", EvidenceBadges.findings(new EvidenceSummary(1, 0, 3, 0, 0, 0, 6, 0, 0, true, SignatureState.MISSING)));
        assertEquals("✓ no crit/high", EvidenceBadges.findings(new EvidenceSummary(1, 0, 0, 4, 2, 0, 6, 0, 0, true, SignatureState.MISSING)));
        assertEquals("", EvidenceBadges.findings(new EvidenceSummary(1, 0, 0, 0, 0, 0, 6, 0, 0, false, SignatureState.MISSING)), "no scan: no claim");
    }

    @Test
    void testsSayHowManyBrokeWereFlakyOrPassed() {
        assertEquals("✕ 4/6 failed", EvidenceBadges.tests(new EvidenceSummary(1, 0, 0, 0, 0, 4, 6, 0, 0, true, SignatureState.MISSING)));
        assertEquals("≈ 2/5 flaky", EvidenceBadges.tests(new EvidenceSummary(1, 0, 0, 0, 0, 0, 5, 2, 0, true, SignatureState.MISSING)));
        assertEquals("✓ 5 passed", EvidenceBadges.tests(new EvidenceSummary(1, 0, 0, 0, 0, 0, 5, 0, 0, true, SignatureState.MISSING)));
        assertEquals("", EvidenceBadges.tests(new EvidenceSummary(1, 0, 0, 0, 0, 0, -1, 0, 0, true, SignatureState.MISSING)), "no report: unknown, not zero");
    }

    @Test
    void theSignatureIsToldBySymbolAndWord() {
        assertEquals("✔ signed", EvidenceBadges.signature(new EvidenceSummary(1, 0, 0, 0, 0, 0, 5, 0, 0, true, SignatureState.VERIFIED)));
        assertEquals("✗ UNVERIFIED", EvidenceBadges.signature(new EvidenceSummary(1, 0, 0, 0, 0, 0, 5, 0, 0, true, SignatureState.UNVERIFIED)));
        assertEquals("∅ unsigned", EvidenceBadges.signature(new EvidenceSummary(1, 0, 0, 0, 0, 0, 5, 0, 0, true, SignatureState.MISSING)));
        assertEquals("? not checked", EvidenceBadges.signature(new EvidenceSummary(1, 0, 0, 0, 0, 0, 5, 0, 0, true,
                SignatureState.COULD_NOT_VERIFY)), "a verifier that failed is no verdict on the signature");
    }
}
