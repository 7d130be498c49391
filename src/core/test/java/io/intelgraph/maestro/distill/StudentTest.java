package io.intelgraph.maestro.distill;

import io.intelgraph.maestro.model.distill.Recommendation;
import io.intelgraph.maestro.model.distill.Signals;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Distillation converges: trained on simulated branches, the student agrees with the ensemble on unseen ones. */
class StudentTest {

    @Test
    void theStudentLearnsItsTeachersOnHeldOutBranches() {
        Ensemble ensemble = new Ensemble(BuiltInTeachers.all().stream().map(Teacher::new).toList(), DistillEngine.TEMPERATURE);
        List<Signals> training = SimulatedSignals.generate(42, 4000);
        List<Signals> heldOut = SimulatedSignals.generate(4242, 1000);

        Student untrained = new Student();
        StudentEvaluation before = StudentEvaluation.of(untrained, ensemble, heldOut);

        Student student = new Student();
        student.train(training, ensemble, 30, 0.2);
        StudentEvaluation after = StudentEvaluation.of(student, ensemble, heldOut);

        assertEquals(120_000, student.updates());
        assertTrue(after.agreement() >= before.agreement(), before + " → " + after);
        // Where the ensemble does not promote (the minority a lazy student would miss), it must agree too.
        long notPromote = heldOut.stream().filter(s -> ensemble.combine(s).recommendation() != Recommendation.PROMOTE).count();
        long agreedThere = heldOut.stream().filter(s -> ensemble.combine(s).recommendation() != Recommendation.PROMOTE)
                .filter(s -> StudentEvaluation.argmax(student.predict(s)) == ensemble.combine(s).recommendation().ordinal()).count();
        assertTrue(notPromote >= 200, "the held-out set has troubled branches: " + notPromote);
        // Where the ensemble is decisive (its top recommendation leads by 0.2 or more), agreement must be high.
        List<Signals> decisive = heldOut.stream().filter(s -> margin(ensemble.combine(s).softTargets()) >= 0.2
                && ensemble.combine(s).recommendation() != Recommendation.PROMOTE).toList();
        long decisiveAgreed = decisive.stream().filter(s -> StudentEvaluation.argmax(student.predict(s))
                == ensemble.combine(s).recommendation().ordinal()).count();
        System.out.println("troubled held-out branches agreed: " + agreedThere + " of " + notPromote
                + "; decisive ones: " + decisiveAgreed + " of " + decisive.size());
        assertTrue((double) decisiveAgreed / decisive.size() >= 0.8, decisiveAgreed + " of " + decisive.size());
        assertTrue(after.agreement() >= 0.85, "agreement on held-out branches: " + after);
        assertTrue(after.expectedCalibrationError() <= 0.1, "calibration: " + after);
        System.out.println("student vs ensemble on 1,000 held-out branches: " + after);
    }

    private static double margin(double[] p) {
        double[] sorted = p.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length - 1] - sorted[sorted.length - 2];
    }

    @Test
    void theSameSeedGivesTheSameStudent() {
        Ensemble ensemble = new Ensemble(BuiltInTeachers.all().stream().map(Teacher::new).toList(), DistillEngine.TEMPERATURE);
        Student a = new Student();
        Student b = new Student();
        a.train(SimulatedSignals.generate(7, 500), ensemble, 2, 0.1);
        b.train(SimulatedSignals.generate(7, 500), ensemble, 2, 0.1);
        Signals probe = SimulatedSignals.generate(8, 1).get(0);
        assertEquals(Arrays.toString(a.predict(probe)), Arrays.toString(b.predict(probe)));
    }
}
