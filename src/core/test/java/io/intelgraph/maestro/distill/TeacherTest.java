package io.intelgraph.maestro.distill;

import io.intelgraph.maestro.model.distill.Recommendation;
import io.intelgraph.maestro.model.distill.Signals.Signal;
import io.intelgraph.maestro.model.distill.Signals;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TeacherTest {

    private static Signals signals(Map<Signal, Double> known) {
        return new Signals("o/r:main", known);
    }

    @Test
    void reliabilityPromotesAHealthyBranchAndInvestigatesAFailingOne() {
        Teacher reliability = new Teacher(BuiltInTeachers.RELIABILITY);
        TeacherVerdict healthy = reliability.judge(signals(Map.of(Signal.FAILURE_RATE, 0.1, Signal.LATEST_FAILED, 0.0,
                Signal.TEST_FAILURE_RATE, 0.0)));
        assertArrayEquals(new double[] {1, 0, 0, 0, 0}, healthy.distribution(), 1e-12);
        assertEquals(9.0 / 12.0, healthy.knownShare(), 1e-12, "three of its signals known: weight 9 of 12");
        assertEquals(0.0, healthy.alarm());
        assertEquals("every signal it weighs is within its threshold", healthy.reason());

        // Failure rate 0.3 over its 0.2 threshold: breach 0.5 of a heaviest signal (weight 3 of 3);
        // tests 0.025 over 0.02: breach 0.25, also heaviest. Noisy-OR: 1 − 0.5 · 0.75 = 5/8.
        TeacherVerdict failing = reliability.judge(signals(Map.of(Signal.FAILURE_RATE, 0.3, Signal.LATEST_FAILED, 0.0,
                Signal.TEST_FAILURE_RATE, 0.025)));
        double alarm = 0.625;
        assertEquals(alarm, failing.alarm(), 1e-12);
        assertArrayEquals(new double[] {1 - alarm, 0.3 * alarm, 0, 0.7 * alarm, 0}, failing.distribution(), 1e-12);
        assertEquals("failure rate 0.30 is over 0.20", failing.reason());

        // One full breach of a heaviest signal is a full alarm, however many others are fine.
        TeacherVerdict red = reliability.judge(signals(Map.of(Signal.FAILURE_RATE, 0.0, Signal.LATEST_FAILED, 1.0,
                Signal.TEST_FAILURE_RATE, 0.0, Signal.PREVIEW_UNHEALTHY, 0.0)));
        assertEquals(1.0, red.alarm(), 1e-12);
        assertEquals(Recommendation.INVESTIGATE.ordinal(), StudentEvaluation.argmax(red.distribution()));
    }

    @Test
    void unknownSignalsTakeNoPartAndKnowingNothingIsHoldWithoutConviction() {
        Teacher security = new Teacher(BuiltInTeachers.SECURITY);
        TeacherVerdict partly = security.judge(signals(Map.of(Signal.CRITICAL_FINDINGS, 2.0)));
        assertEquals(4.0 / 15.0, partly.knownShare(), 1e-12, "only the critical count (weight 4 of 15) is known");
        assertEquals(Recommendation.BLOCK.ordinal(), StudentEvaluation.argmax(partly.distribution()));

        TeacherVerdict none = security.judge(signals(Map.of(Signal.FAILURE_RATE, 0.9)));
        assertEquals(0.0, none.knownShare());
        assertEquals(0.0, none.alarm());
        assertEquals(1.0, none.distribution()[Recommendation.HOLD.ordinal()]);
        assertEquals("nothing it weighs is known yet", none.reason());
    }

    @Test
    void flakinessReRunsAndALighterSignalAlarmsLess() {
        TeacherVerdict flaky = new Teacher(BuiltInTeachers.FLAKINESS).judge(signals(Map.of(Signal.FLIP_RATE, 0.3)));
        assertEquals(Recommendation.RERUN.ordinal(), StudentEvaluation.argmax(flaky.distribution()));
        // An unsigned build (risk 1 over 0.8: breach 0.25) at weight 4 of 4, against seven highs (breach 1) at 3 of 4.
        Teacher security = new Teacher(BuiltInTeachers.SECURITY);
        assertEquals(0.25, security.judge(signals(Map.of(Signal.SIGNATURE_RISK, 1.0))).alarm(), 1e-12);
        assertEquals(0.75, security.judge(signals(Map.of(Signal.HIGH_FINDINGS, 7.0))).alarm(), 1e-12);
    }

    @Test
    void theBuiltInProfilesAreValid() {
        BuiltInTeachers.all().forEach(p -> assertTrue(p.problems().isEmpty(), p.name() + ": " + p.problems()));
    }

    @Test
    void aProfileDescribesItselfHeaviestFirst() {
        assertEquals("critical findings ×4 over 0.5, signature risk ×4 over 0.8, policy denies ×4 over 0.5,"
                + " high findings ×3 over 2", BuiltInTeachers.SECURITY.describeWeights());
        assertEquals("⊖ block 80 % · ■ hold 20 %", BuiltInTeachers.SECURITY.describeMix());
    }
}
