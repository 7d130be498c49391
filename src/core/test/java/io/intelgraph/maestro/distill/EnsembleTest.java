package io.intelgraph.maestro.distill;

import io.intelgraph.maestro.model.distill.Recommendation;
import io.intelgraph.maestro.model.distill.Signals.Signal;
import io.intelgraph.maestro.model.distill.Signals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EnsembleTest {

    private final Ensemble ensemble = new Ensemble(BuiltInTeachers.all().stream().map(Teacher::new).toList(),
            DistillEngine.TEMPERATURE);

    @Test
    void theArithmeticIsAnAlarmGatedLinearPoolSharpenedByTheTemperature() {
        // Only reliability and velocity know something; flakiness and security know nothing and have no say.
        Signals s = new Signals("o/r:main", Map.of(Signal.FAILURE_RATE, 0.3, Signal.DURATION_RATIO, 1.5));
        Ensemble.Result result = new Ensemble(BuiltInTeachers.all().stream().map(Teacher::new).toList(), 0.5).combine(s);
        TeacherVerdict rel = result.verdicts().get(0);
        TeacherVerdict vel = result.verdicts().get(2);
        // Failure rate 0.3 over 0.2: breach 0.5 on the heaviest signal. Duration 1.5 over 1.0: 0.5, also heaviest.
        assertEquals(0.5, rel.alarm(), 1e-12);
        assertEquals(0.5, vel.alarm(), 1e-12);
        double sayRel = 1.0 * (Ensemble.CALM * 3.0 / 12.0 + 0.5); // weight × (calm × known share (3 of 12) + alarm)
        double sayVel = 0.6 * (Ensemble.CALM * 2.0 / 3.0 + 0.5);
        double[] pooled = new double[5];
        for (int i = 0; i < 5; i++) {
            pooled[i] = (sayRel * rel.distribution()[i] + sayVel * vel.distribution()[i]) / (sayRel + sayVel);
        }
        // Pooled: promote 0.5, investigate 0.5·(0.7·sayRel + 0.6·sayVel)/(sayRel + sayVel) …: promote is made.
        assertEquals(Recommendation.PROMOTE, result.recommendation());
        double norm = 0;
        for (double p : pooled) {
            norm += p * p;
        }
        for (int i = 0; i < 5; i++) {
            assertEquals(pooled[i] * pooled[i] / norm, result.softTargets()[i], 1e-12, "T = 0.5 squares and renormalises");
        }
        // Both said promote with 0.5: their activations are their shares of the say.
        assertEquals(sayRel / (sayRel + sayVel), result.activations().get("reliability"), 1e-12);
        assertEquals(sayVel / (sayRel + sayVel), result.activations().get("velocity"), 1e-12);
        assertEquals(0.0, result.activations().get("security"), 1e-12);
        assertEquals(1.0, result.activations().values().stream().mapToDouble(Double::doubleValue).sum(), 1e-12);
    }

    @Test
    void theActivationIsEachTeachersShareOfTheRecommendationMade() {
        // Only these three are known: the security teacher's alarm counts in full all the same.
        Signals s = signals(Map.of(Signal.CRITICAL_FINDINGS, 3.0, Signal.FAILURE_RATE, 0.6, Signal.LATEST_FAILED, 1.0));
        Ensemble.Result result = ensemble.combine(s);
        assertEquals(Recommendation.BLOCK, result.recommendation());
        // Only security puts anything on "block"; the loud reliability teacher does not dilute it.
        assertEquals(1.0, result.activations().get("security"), 1e-12);
        assertEquals(0.0, result.activations().get("reliability"), 1e-12);
    }

    /** Archetypal branches, every other signal healthy and known: what a release manager would say. */
    @ParameterizedTest(name = "{0} → {3}")
    @CsvSource({
            "healthy,                   ,     , PROMOTE",
            "a critical finding,        CRITICAL_FINDINGS, 3, BLOCK",
            "a signature that fails,    SIGNATURE_RISK, 2, BLOCK",
            "a policy deny,             POLICY_DENIES, 1, BLOCK",
            "seven high findings,       HIGH_FINDINGS, 7, BLOCK",
            "two high findings,         HIGH_FINDINGS, 2, PROMOTE",
            "unsigned,                  SIGNATURE_RISK, 1, PROMOTE",
            "the latest build red,      LATEST_FAILED, 1, INVESTIGATE",
            "failing tests,             TEST_FAILURE_RATE, 0.1, INVESTIGATE",
            "the preview down,          PREVIEW_UNHEALTHY, 1, INVESTIGATE",
            "twice the build target,    DURATION_RATIO, 2.5, INVESTIGATE",
            "flipping on re-runs,       FLIP_RATE, 0.4, RERUN",
    })
    void theBuiltInTeachersRecommendWhatAReleaseManagerWould(String name, String signal, Double value, Recommendation expected) {
        Map<Signal, Double> known = healthy();
        if (signal != null) {
            known.put(Signal.valueOf(signal), value);
        }
        assertEquals(expected, ensemble.combine(signals(known)).recommendation(), name);
    }

    @Test
    void aFlakyRedBuildIsReRunAndACriticalFindingOutranksAFailingBuild() {
        Map<Signal, Double> flaky = healthy();
        flaky.putAll(Map.of(Signal.FLIP_RATE, 0.4, Signal.FAILURE_RATE, 0.3, Signal.LATEST_FAILED, 1.0));
        assertEquals(Recommendation.RERUN, ensemble.combine(signals(flaky)).recommendation());
        Map<Signal, Double> both = healthy();
        both.putAll(Map.of(Signal.CRITICAL_FINDINGS, 3.0, Signal.FAILURE_RATE, 0.6, Signal.LATEST_FAILED, 1.0));
        assertEquals(Recommendation.BLOCK, ensemble.combine(signals(both)).recommendation());
    }

    @Test
    void aHigherTemperatureSoftensTheTargets() {
        Signals s = signals(Map.of(Signal.CRITICAL_FINDINGS, 3.0, Signal.FAILURE_RATE, 0.0));
        double sharp = max(new Ensemble(BuiltInTeachers.all().stream().map(Teacher::new).toList(), 0.5).combine(s).softTargets());
        double soft = max(new Ensemble(BuiltInTeachers.all().stream().map(Teacher::new).toList(), 4.0).combine(s).softTargets());
        assertTrue(sharp > soft, sharp + " vs " + soft);
        assertThrows(IllegalArgumentException.class, () -> new Ensemble(List.of(), 0));
    }

    @Test
    void knowingNothingIsHold() {
        Ensemble.Result result = ensemble.combine(signals(Map.of()));
        assertEquals(Recommendation.HOLD, result.recommendation());
        assertEquals(1.0 / 4, result.activations().get("security"), 1e-12);
    }

    private static Map<Signal, Double> healthy() {
        Map<Signal, Double> known = new EnumMap<>(Signal.class);
        known.putAll(Map.of(Signal.FAILURE_RATE, 0.05, Signal.FLIP_RATE, 0.0, Signal.DURATION_RATIO, 0.8,
                Signal.QUEUE_MINUTES, 1.0, Signal.TEST_FAILURE_RATE, 0.0, Signal.CRITICAL_FINDINGS, 0.0,
                Signal.HIGH_FINDINGS, 0.0, Signal.SIGNATURE_RISK, 0.0, Signal.LATEST_FAILED, 0.0,
                Signal.POLICY_DENIES, 0.0));
        known.put(Signal.PREVIEW_UNHEALTHY, 0.0);
        return known;
    }

    private static Signals signals(Map<Signal, Double> known) {
        return new Signals("o/r:main", known);
    }

    private static double max(double[] p) {
        return p[StudentEvaluation.argmax(p)];
    }
}
