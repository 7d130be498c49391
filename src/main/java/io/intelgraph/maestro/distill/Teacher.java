package io.intelgraph.maestro.distill;

import io.intelgraph.maestro.model.Recommendation;
import io.intelgraph.maestro.model.Signals;
import io.intelgraph.maestro.model.Signals.Signal;

import java.util.Locale;
import java.util.Map;

/**
 * A teacher driven by its profile. Each weighed signal that is known is scored by how far it goes
 * beyond its threshold (0 at or under it, 1 at twice it or more); twice the weighted mean of those,
 * capped at 1, is the breach. The teacher then splits between "promote" (no breach) and its bad
 * mix (full breach).
 * Signals it does not know take no part; knowing none, it says "hold" with no conviction.
 */
public final class Teacher {

    private static final int N = Recommendation.values().length;

    private final TeacherProfile profile;

    public Teacher(TeacherProfile profile) {
        this.profile = profile;
    }

    public TeacherProfile profile() {
        return profile;
    }

    public TeacherVerdict judge(Signals signals) {
        double weighed = 0;
        double known = 0;
        double breach = 0;
        Signal worst = null;
        double worstBreach = 0;
        for (Map.Entry<Signal, Double> w : profile.weights().entrySet()) {
            weighed += w.getValue();
            if (!signals.knows(w.getKey())) {
                continue;
            }
            double value = signals.get(w.getKey()).getAsDouble();
            double threshold = profile.thresholds().get(w.getKey());
            double b = Math.max(0, Math.min(1, (value - threshold) / threshold));
            known += w.getValue();
            breach += w.getValue() * b;
            if (b > worstBreach) {
                worstBreach = b;
                worst = w.getKey();
            }
        }
        double[] p = new double[N];
        if (known == 0) {
            p[Recommendation.HOLD.ordinal()] = 1;
            return new TeacherVerdict(profile.name(), p, 0, "nothing it weighs is known yet");
        }
        // A breach across half of what it weighs is already a full one: a failing branch must not
        // still be told to promote because its other signals are fine.
        breach = Math.min(1, 2 * breach / known);
        double[] bad = profile.badMixArray();
        for (int i = 0; i < N; i++) {
            p[i] = breach * bad[i];
        }
        p[Recommendation.PROMOTE.ordinal()] += 1 - breach;
        String reason = worst == null ? "every signal it weighs is within its threshold"
                : String.format(Locale.ROOT, "%s %.2f is over %.2f", worst.name().toLowerCase(Locale.ROOT).replace('_', ' '),
                        signals.get(worst).getAsDouble(), profile.thresholds().get(worst));
        return new TeacherVerdict(profile.name(), p, known / weighed, reason);
    }
}
