package io.intelgraph.maestro.distill;

import io.intelgraph.maestro.model.distill.BranchRecommendation;
import io.intelgraph.maestro.model.distill.Recommendation;
import io.intelgraph.maestro.model.distill.Signals.Signal;
import io.intelgraph.maestro.model.distill.Signals;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Whatever it is given, the engine never publishes NaN or Infinity: such a branch gets no recommendation. */
class DistillEngineTest {

    private static final Signals GREEN = new Signals("o/r:main", Map.of(Signal.FAILURE_RATE, 0.0, Signal.LATEST_FAILED, 0.0));

    private static void assertFinite(BranchRecommendation r) {
        assertTrue(Double.isFinite(r.studentConfidence()), r.toString());
        r.teacherActivations().values().forEach(a -> assertTrue(Double.isFinite(a), r.toString()));
    }

    @Test
    void aTeacherWithANaNShareGivesNoRecommendationRatherThanNaN() {
        // Built directly, past the marketplace's checks, as a stale teachers.json or a bug would.
        TeacherProfile nan = new TeacherProfile("nan", "1", 1.0, Map.of(Signal.FAILURE_RATE, 1.0),
                Map.of(Signal.FAILURE_RATE, 0.2), Map.of(Recommendation.HOLD, Double.NaN));
        List<TeacherProfile> teachers = new ArrayList<>(BuiltInTeachers.all());
        teachers.add(nan);
        DistillEngine engine = new DistillEngine(teachers, 42);
        List<BranchRecommendation> out = engine.recommend(List.of(GREEN));
        out.forEach(DistillEngineTest::assertFinite);
        assertEquals(List.of(), out, "no recommendation for the branch");

        engine.teachersChanged(BuiltInTeachers.all());
        List<BranchRecommendation> after = engine.recommend(List.of(GREEN));
        assertEquals(1, after.size(), "the student was not poisoned: it recommends again");
        assertFinite(after.get(0));
        assertEquals(Recommendation.PROMOTE, after.get(0).recommendation());
    }

    @Test
    void anOverflowingWeightGivesNoRecommendationRatherThanNaN() {
        TeacherProfile huge = new TeacherProfile("huge", "1", Double.MAX_VALUE, Map.of(Signal.FAILURE_RATE, 1.0),
                Map.of(Signal.FAILURE_RATE, 0.2), Map.of(Recommendation.BLOCK, 1.0));
        TeacherProfile huge2 = new TeacherProfile("huge2", "1", Double.MAX_VALUE, Map.of(Signal.FAILURE_RATE, 1.0),
                Map.of(Signal.FAILURE_RATE, 0.2), Map.of(Recommendation.BLOCK, 1.0));
        DistillEngine engine = new DistillEngine(List.of(huge, huge2), 42);
        engine.recommend(List.of(GREEN, new Signals("o/r:red", Map.of(Signal.FAILURE_RATE, 1.0))))
                .forEach(DistillEngineTest::assertFinite);
    }

    @Test
    void nonFiniteSignalsGiveNoRecommendationAndTeachTheStudentNothing() {
        DistillEngine engine = new DistillEngine(BuiltInTeachers.all(), 42);
        Signals nan = new Signals("o/r:nan", Map.of(Signal.FAILURE_RATE, Double.NaN));
        Signals negativeInfinity = new Signals("o/r:inf", Map.of(Signal.QUEUE_MINUTES, Double.NEGATIVE_INFINITY));
        List<BranchRecommendation> out = engine.recommend(List.of(nan, negativeInfinity, GREEN));
        out.forEach(DistillEngineTest::assertFinite);
        assertEquals(List.of("o/r:main"), out.stream().map(BranchRecommendation::branch).toList());
        assertEquals(Recommendation.PROMOTE, engine.recommend(List.of(GREEN)).get(0).recommendation());
    }
}
