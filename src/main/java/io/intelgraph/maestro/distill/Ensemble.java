package io.intelgraph.maestro.distill;

import io.intelgraph.maestro.model.Recommendation;
import io.intelgraph.maestro.model.Signals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Combines the teachers into soft targets: a weighted geometric mean of their distributions (each
 * weight its ensemble weight times how much of what it weighs is known), softened by a temperature,
 * and each teacher's activation — its share of the decision.
 */
public final class Ensemble {

    /** Keeps log() finite where a teacher gives a recommendation no chance. */
    private static final double FLOOR = 1e-4;

    /** The soft targets for one branch, each teacher's verdict, and its activation (activations sum to 1). */
    public record Result(double[] softTargets, List<TeacherVerdict> verdicts, Map<String, Double> activations) {
        public Recommendation recommendation() {
            int best = 0;
            for (int i = 1; i < softTargets.length; i++) {
                if (softTargets[i] > softTargets[best]) {
                    best = i;
                }
            }
            return Recommendation.values()[best];
        }
    }

    private final List<Teacher> teachers;
    private final double temperature;

    public Ensemble(List<Teacher> teachers, double temperature) {
        if (!(temperature > 0)) {
            throw new IllegalArgumentException("temperature must be positive, not " + temperature);
        }
        this.teachers = List.copyOf(teachers);
        this.temperature = temperature;
    }

    public Result combine(Signals signals) {
        int n = Recommendation.values().length;
        double[] logits = new double[n];
        List<TeacherVerdict> verdicts = new ArrayList<>();
        double[] say = new double[teachers.size()];
        double total = 0;
        for (int t = 0; t < teachers.size(); t++) {
            TeacherVerdict verdict = teachers.get(t).judge(signals);
            verdicts.add(verdict);
            say[t] = teachers.get(t).profile().ensembleWeight() * verdict.knownShare();
            total += say[t];
        }
        Map<String, Double> activations = new LinkedHashMap<>();
        if (total == 0) {
            // No teacher knows anything about the branch: hold, and say so through flat activations.
            double[] hold = new double[n];
            hold[Recommendation.HOLD.ordinal()] = 1;
            teachers.forEach(t -> activations.put(t.profile().name(), 1.0 / teachers.size()));
            return new Result(hold, verdicts, activations);
        }
        for (int t = 0; t < teachers.size(); t++) {
            double[] p = verdicts.get(t).distribution();
            for (int i = 0; i < n; i++) {
                logits[i] += say[t] / total * Math.log(Math.max(FLOOR, p[i]));
            }
            activations.put(teachers.get(t).profile().name(), say[t] / total);
        }
        return new Result(softmax(logits, temperature), verdicts, activations);
    }

    static double[] softmax(double[] logits, double temperature) {
        double max = Double.NEGATIVE_INFINITY;
        for (double l : logits) {
            max = Math.max(max, l / temperature);
        }
        double sum = 0;
        double[] out = new double[logits.length];
        for (int i = 0; i < logits.length; i++) {
            out[i] = Math.exp(logits[i] / temperature - max);
            sum += out[i];
        }
        for (int i = 0; i < out.length; i++) {
            out[i] /= sum;
        }
        return out;
    }
}
