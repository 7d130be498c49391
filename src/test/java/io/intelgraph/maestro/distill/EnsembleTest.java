package io.intelgraph.maestro.distill;

import io.intelgraph.maestro.model.Recommendation;
import io.intelgraph.maestro.model.Signals;
import io.intelgraph.maestro.model.Signals.Signal;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EnsembleTest {

    private final Ensemble ensemble = new Ensemble(BuiltInTeachers.all().stream().map(Teacher::new).toList(), 1.0);

    @Test
    void theArithmeticIsAWeightedGeometricMeanSoftenedByTheTemperature() {
        // Only reliability and velocity know something; security knows nothing and has no say.
        Signals s = new Signals("o/r:main", Map.of(Signal.FAILURE_RATE, 0.4, Signal.DURATION_RATIO, 1.5));
        Ensemble.Result result = ensemble.combine(s);
        double rel = 1.0 * (3.0 / 10.0);  // ensemble weight × known share (failure rate: weight 3 of 10)
        double vel = 0.6 * (2.0 / 3.0);   // duration ratio: weight 2 of 3
        assertEquals(rel / (rel + vel), result.activations().get("reliability"), 1e-12);
        assertEquals(vel / (rel + vel), result.activations().get("velocity"), 1e-12);
        assertEquals(0.0, result.activations().get("security"), 1e-12);
        assertEquals(1.0, result.activations().values().stream().mapToDouble(Double::doubleValue).sum(), 1e-12);

        double[] pr = result.verdicts().get(0).distribution();
        double[] pv = result.verdicts().get(1).distribution();
        double[] expected = new double[5];
        double sum = 0;
        for (int i = 0; i < 5; i++) {
            expected[i] = Math.exp((rel * Math.log(Math.max(1e-4, pr[i])) + vel * Math.log(Math.max(1e-4, pv[i]))) / (rel + vel));
            sum += expected[i];
        }
        for (int i = 0; i < 5; i++) {
            assertEquals(expected[i] / sum, result.softTargets()[i], 1e-12);
        }
    }

    @Test
    void aHigherTemperatureSoftensTheTargets() {
        Signals s = new Signals("o/r:main", Map.of(Signal.CRITICAL_FINDINGS, 3.0, Signal.FAILURE_RATE, 0.0));
        double sharp = max(new Ensemble(BuiltInTeachers.all().stream().map(Teacher::new).toList(), 0.5).combine(s).softTargets());
        double soft = max(new Ensemble(BuiltInTeachers.all().stream().map(Teacher::new).toList(), 4.0).combine(s).softTargets());
        assertTrue(sharp > soft, sharp + " vs " + soft);
        assertEquals(Recommendation.BLOCK, ensemble.combine(s).recommendation(), "critical findings block");
        assertThrows(IllegalArgumentException.class, () -> new Ensemble(List.of(), 0));
    }

    @Test
    void knowingNothingIsHold() {
        Ensemble.Result result = ensemble.combine(new Signals("o/r:new", Map.of()));
        assertEquals(Recommendation.HOLD, result.recommendation());
        assertEquals(1.0 / 3, result.activations().get("security"), 1e-12);
    }

    private static double max(double[] p) {
        return p[StudentEvaluation.argmax(p)];
    }
}
