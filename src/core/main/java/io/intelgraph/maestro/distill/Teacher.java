package io.intelgraph.maestro.distill;

import io.intelgraph.maestro.model.distill.Recommendation;
import io.intelgraph.maestro.model.distill.Signals.Signal;
import io.intelgraph.maestro.model.distill.Signals;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * A teacher driven by its profile. Each signal it weighs that is known is scored by how far it goes
 * beyond its threshold (0 at or under it, 1 at twice it or more), scaled by its weight relative to
 * the profile's heaviest. The alarm is the noisy-OR of those: any one full breach of a heaviest
 * signal is a full alarm, and signals that are fine neither dilute nor offset it. The teacher then
 * splits between "promote" (no alarm) and its bad mix (full alarm).
 * Signals it does not know take no part; knowing none, it says "hold" with no conviction.
 */
public final class Teacher {

    private static final int N = Recommendation.values().length;

    private final TeacherProfile profile;
    private final double heaviest;
    /** The weights in signal order, so that ties (which signal is reported worst) break the same way every run. */
    private final Map<Signal, Double> weights;

    public Teacher(TeacherProfile profile) {
        this.profile = profile;
        this.weights = new EnumMap<>(profile.weights());
        this.heaviest = profile.weights().values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
    }

    public TeacherProfile profile() {
        return profile;
    }

    public TeacherVerdict judge(Signals signals) {
        double weighed = 0;
        double known = 0;
        double calm = 1;
        Signal worst = null;
        double worstBreach = 0;
        for (Map.Entry<Signal, Double> w : weights.entrySet()) {
            weighed += w.getValue();
            if (!signals.knows(w.getKey())) {
                continue;
            }
            double value = signals.get(w.getKey()).getAsDouble();
            double threshold = profile.thresholds().get(w.getKey());
            double b = Math.max(0, Math.min(1, (value - threshold) / threshold)) * w.getValue() / heaviest;
            known += w.getValue();
            calm *= 1 - b;
            if (b > worstBreach) {
                worstBreach = b;
                worst = w.getKey();
            }
        }
        double[] p = new double[N];
        if (known == 0) {
            p[Recommendation.HOLD.ordinal()] = 1;
            return new TeacherVerdict(profile.name(), p, 0, 0, "nothing it weighs is known yet");
        }
        double alarm = 1 - calm;
        double[] bad = profile.badMixArray();
        for (int i = 0; i < N; i++) {
            p[i] = alarm * bad[i];
        }
        p[Recommendation.PROMOTE.ordinal()] += 1 - alarm;
        String reason = worst == null ? "every signal it weighs is within its threshold"
                : String.format(Locale.ROOT, "%s %.2f is over %.2f", worst.name().toLowerCase(Locale.ROOT).replace('_', ' '),
                        signals.get(worst).getAsDouble(), profile.thresholds().get(worst));
        return new TeacherVerdict(profile.name(), p, known / weighed, alarm, reason);
    }
}
