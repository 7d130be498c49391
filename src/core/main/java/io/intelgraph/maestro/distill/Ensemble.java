package io.intelgraph.maestro.distill;

import io.intelgraph.maestro.model.distill.Recommendation;
import io.intelgraph.maestro.model.distill.Signals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Combines the teachers into soft targets: an alarm-gated linear pool. Each teacher's say is its
 * ensemble weight × (a calm vote scaled by how much of what it weighs is known + its alarm), so a
 * teacher whose signals breach speaks louder than the ones whose signals are fine, and an alarm
 * counts in full even when the teacher's other signals are unknown — a critical finding is
 * not outvoted by a fast, green build, and a security teacher cannot veto a reliability teacher's
 * "investigate" either, as a product of experts would. The pooled distribution is then softened by
 * the temperature. A teacher's activation is its share of the recommendation made.
 */
public final class Ensemble {

    /** A calm, fully informed teacher's say relative to a fully alarmed one: it still votes, an alarm outweighs it. */
    static final double CALM = 0.1;

    /** The soft targets for one branch, each teacher's verdict, and its activation (activations sum to 1). */
    public record Result(double[] softTargets, List<TeacherVerdict> verdicts, Map<String, Double> activations) {
        public Recommendation recommendation() {
            return Recommendation.values()[StudentEvaluation.argmax(softTargets)];
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
        List<TeacherVerdict> verdicts = new ArrayList<>();
        double[] say = new double[teachers.size()];
        double total = 0;
        for (int t = 0; t < teachers.size(); t++) {
            TeacherVerdict verdict = teachers.get(t).judge(signals);
            verdicts.add(verdict);
            say[t] = teachers.get(t).profile().ensembleWeight() * (CALM * verdict.knownShare() + verdict.alarm());
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
        double[] pooled = new double[n];
        for (int t = 0; t < teachers.size(); t++) {
            double[] p = verdicts.get(t).distribution();
            for (int i = 0; i < n; i++) {
                pooled[i] += say[t] / total * p[i];
            }
        }
        int made = StudentEvaluation.argmax(pooled);
        for (int t = 0; t < teachers.size(); t++) {
            activations.put(teachers.get(t).profile().name(),
                    say[t] / total * verdicts.get(t).distribution()[made] / pooled[made]);
        }
        return new Result(soften(pooled, temperature), verdicts, activations);
    }

    /** p^(1/T), renormalised: T > 1 flattens the distribution, T < 1 sharpens it, the order stays. */
    static double[] soften(double[] p, double temperature) {
        double[] out = new double[p.length];
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            out[i] = Math.pow(p[i], 1 / temperature);
            sum += out[i];
        }
        for (int i = 0; i < out.length; i++) {
            out[i] /= sum;
        }
        return out;
    }
}
