package io.intelgraph.maestro.distill;

import io.intelgraph.maestro.model.Signals;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Distillation converges: trained on simulated branches, the student agrees with the ensemble on unseen ones. */
class StudentTest {

    @Test
    void theStudentLearnsItsTeachersOnHeldOutBranches() {
        Ensemble ensemble = new Ensemble(BuiltInTeachers.all().stream().map(Teacher::new).toList(), 1.0);
        List<Signals> training = SimulatedSignals.generate(42, 4000);
        List<Signals> heldOut = SimulatedSignals.generate(4242, 1000);

        Student untrained = new Student();
        StudentEvaluation before = StudentEvaluation.of(untrained, ensemble, heldOut);

        Student student = new Student();
        student.train(training, ensemble, 8, 0.1);
        StudentEvaluation after = StudentEvaluation.of(student, ensemble, heldOut);

        assertEquals(32_000, student.updates());
        assertTrue(after.agreement() > before.agreement(), before + " → " + after);
        assertTrue(after.agreement() >= 0.85, "agreement on held-out branches: " + after);
        assertTrue(after.expectedCalibrationError() <= 0.1, "calibration: " + after);
        System.out.println("student vs ensemble on 1,000 held-out branches: " + after);
    }

    @Test
    void theSameSeedGivesTheSameStudent() {
        Ensemble ensemble = new Ensemble(BuiltInTeachers.all().stream().map(Teacher::new).toList(), 1.0);
        Student a = new Student();
        Student b = new Student();
        a.train(SimulatedSignals.generate(7, 500), ensemble, 2, 0.1);
        b.train(SimulatedSignals.generate(7, 500), ensemble, 2, 0.1);
        Signals probe = SimulatedSignals.generate(8, 1).get(0);
        assertEquals(java.util.Arrays.toString(a.predict(probe)), java.util.Arrays.toString(b.predict(probe)));
    }
}
