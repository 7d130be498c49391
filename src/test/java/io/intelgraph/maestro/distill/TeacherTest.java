package io.intelgraph.maestro.distill;

import io.intelgraph.maestro.model.Recommendation;
import io.intelgraph.maestro.model.Signals;
import io.intelgraph.maestro.model.Signals.Signal;
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
        TeacherVerdict healthy = reliability.judge(signals(Map.of(Signal.FAILURE_RATE, 0.1, Signal.FLIP_RATE, 0.0,
                Signal.TEST_FAILURE_RATE, 0.0)));
        assertArrayEquals(new double[] {1, 0, 0, 0, 0}, healthy.distribution(), 1e-12);
        assertEquals(0.7, healthy.knownShare(), 1e-12, "three of its signals known: weight 7 of 10");
        assertEquals("every signal it weighs is within its threshold", healthy.reason());

        // Failure rate 0.4 over its 0.2 threshold: breach 1 on a weight of 3 of the 7 known; doubled, 6/7.
        TeacherVerdict failing = reliability.judge(signals(Map.of(Signal.FAILURE_RATE, 0.4, Signal.FLIP_RATE, 0.0,
                Signal.TEST_FAILURE_RATE, 0.0)));
        double breach = 6.0 / 7.0;
        assertArrayEquals(new double[] {1 - breach, 0.2 * breach, 0.3 * breach, 0.5 * breach, 0}, failing.distribution(), 1e-12);
        assertEquals("failure rate 0.40 is over 0.20", failing.reason());
    }

    @Test
    void unknownSignalsTakeNoPartAndKnowingNothingIsHoldWithoutConviction() {
        Teacher security = new Teacher(BuiltInTeachers.SECURITY);
        TeacherVerdict partly = security.judge(signals(Map.of(Signal.CRITICAL_FINDINGS, 2.0)));
        assertEquals(4.0 / 11.0, partly.knownShare(), 1e-12, "only the critical count (weight 4 of 11) is known");
        assertEquals(Recommendation.BLOCK.ordinal(), StudentEvaluation.argmax(partly.distribution()));

        TeacherVerdict none = security.judge(signals(Map.of(Signal.FAILURE_RATE, 0.9)));
        assertEquals(0.0, none.knownShare());
        assertEquals(1.0, none.distribution()[Recommendation.HOLD.ordinal()]);
        assertEquals("nothing it weighs is known yet", none.reason());
    }

    @Test
    void theBuiltInProfilesAreValid() {
        BuiltInTeachers.all().forEach(p -> assertTrue(p.problems().isEmpty(), p.name() + ": " + p.problems()));
    }
}
