package io.intelgraph.maestro.distill;

import io.intelgraph.maestro.model.distill.BranchRecommendation;
import io.intelgraph.maestro.model.distill.Recommendation;
import io.intelgraph.maestro.model.distill.Signals.Signal;
import io.intelgraph.maestro.model.distill.Signals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The engine: the teachers in force (rebuilt when the marketplace changes them), their ensemble,
 * and a student first distilled on seeded simulated histories, then updated online on every branch
 * it is shown. Deterministic given its inputs and seed.
 */
public final class DistillEngine {

    /** Below 1: a pool of a few teachers is already soft; sharpened, the student's confidence tracks its agreement. */
    public static final double TEMPERATURE = 0.3;
    private static final Logger LOG = LoggerFactory.getLogger(DistillEngine.class);
    private static final double LEARNING_RATE = 0.05;

    private volatile Ensemble ensemble;
    private final Student student = new Student();

    public DistillEngine(List<TeacherProfile> teachers, long seed) {
        this.ensemble = ensembleOf(teachers);
        student.train(SimulatedSignals.generate(seed, 4000), ensemble, 8, 0.1);
    }

    /** The marketplace changed the teachers: later recommendations use the new set. */
    public void teachersChanged(List<TeacherProfile> teachers) {
        ensemble = ensembleOf(teachers);
    }

    private static Ensemble ensembleOf(List<TeacherProfile> teachers) {
        return new Ensemble(teachers.stream().map(Teacher::new).toList(), TEMPERATURE);
    }

    /**
     * Recommends for every branch, learning from each as it goes. A branch whose numbers are not
     * all finite — a signal, the teachers' pool, the student's prediction — gets no recommendation
     * (the reason is logged) and teaches the student nothing: NaN is never published.
     */
    public synchronized List<BranchRecommendation> recommend(List<Signals> branches) {
        List<BranchRecommendation> out = new ArrayList<>(branches.size());
        Ensemble current = ensemble;
        for (Signals s : branches) {
            Ensemble.Result teachers = current.combine(s);
            double[] p = student.predict(s);
            Optional<String> notFinite = notFinite(s, teachers, p);
            if (notFinite.isPresent()) {
                LOG.warn("No recommendation for {}: {}", s.branch(), notFinite.get());
                continue;
            }
            int top = StudentEvaluation.argmax(p);
            Map<String, String> reasons = new LinkedHashMap<>();
            teachers.verdicts().forEach(v -> reasons.put(v.teacher(), v.reason()));
            out.add(new BranchRecommendation(s.branch(), Recommendation.values()[top], p[top], teachers.recommendation(),
                    teachers.activations(), reasons));
            student.learn(s, teachers.softTargets(), LEARNING_RATE);
        }
        return out;
    }

    /** What is not a finite number in one branch's round, in words; empty when everything is. */
    static Optional<String> notFinite(Signals signals, Ensemble.Result teachers, double[] student) {
        for (Map.Entry<Signal, Double> signal : new TreeMap<>(signals.known()).entrySet()) {
            if (!Double.isFinite(signal.getValue())) {
                return Optional.of("signal " + signal.getKey() + " is " + signal.getValue());
            }
        }
        if (!allFinite(teachers.softTargets())) {
            return Optional.of("the teachers' pool is not finite: " + Arrays.toString(teachers.softTargets()));
        }
        for (Map.Entry<String, Double> activation : teachers.activations().entrySet()) {
            if (!Double.isFinite(activation.getValue())) {
                return Optional.of("the activation of teacher " + activation.getKey() + " is " + activation.getValue());
            }
        }
        if (!allFinite(student)) {
            return Optional.of("the student's prediction is not finite: " + Arrays.toString(student));
        }
        return Optional.empty();
    }

    static boolean allFinite(double[] values) {
        return Arrays.stream(values).allMatch(Double::isFinite);
    }
}
