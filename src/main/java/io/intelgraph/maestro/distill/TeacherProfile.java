package io.intelgraph.maestro.distill;

import io.intelgraph.maestro.model.Recommendation;
import io.intelgraph.maestro.model.Signals.Signal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A teacher as data (the marketplace's unit): which signals it weighs and how much, the value of
 * each beyond which the signal counts as bad, the recommendation mix it pushes when its signals
 * are bad, and its say in the ensemble.
 */
public record TeacherProfile(String name, String version, double ensembleWeight, Map<Signal, Double> weights,
        Map<Signal, Double> thresholds, Map<Recommendation, Double> badMix) {

    public TeacherProfile {
        weights = Map.copyOf(weights);
        thresholds = Map.copyOf(thresholds);
        badMix = Map.copyOf(badMix);
    }

    /** Every problem with the profile, in words; empty when it can be used. */
    public List<String> problems() {
        List<String> problems = new java.util.ArrayList<>();
        if (name == null || name.isBlank()) {
            problems.add("a teacher needs a name");
        }
        if (!(ensembleWeight > 0) || Double.isInfinite(ensembleWeight)) {
            problems.add("ensembleWeight must be a positive number, not " + ensembleWeight);
        }
        if (weights.isEmpty()) {
            problems.add("weights must name at least one signal");
        }
        weights.forEach((signal, w) -> {
            if (!(w > 0) || Double.isInfinite(w)) {
                problems.add("weight of " + signal + " must be positive, not " + w);
            }
            if (!(thresholds.getOrDefault(signal, 0.0) > 0)) {
                problems.add("threshold of " + signal + " must be given and positive");
            }
        });
        double mix = badMix.values().stream().mapToDouble(Double::doubleValue).sum();
        if (badMix.values().stream().anyMatch(v -> v < 0) || Math.abs(mix - 1) > 1e-6) {
            problems.add("badMix must be non-negative shares adding up to 1, not " + mix);
        }
        return problems;
    }

    /** Its signals, heaviest first, each with its weight and threshold: "critical findings ×4 over 0.5, …". */
    public String describeWeights() {
        return weights.entrySet().stream()
                .sorted(Map.Entry.<Signal, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> String.format(java.util.Locale.ROOT, "%s ×%s over %s",
                        e.getKey().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '), plain(e.getValue()),
                        plain(thresholds.get(e.getKey()))))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /** What it pushes on a full breach, largest share first: "⊖ block 80 % · ■ hold 20 %". */
    public String describeMix() {
        return badMix.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<Recommendation, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> String.format(java.util.Locale.ROOT, "%s %s %.0f %%", e.getKey().symbol(), e.getKey().word(),
                        100 * e.getValue()))
                .collect(java.util.stream.Collectors.joining(" · "));
    }

    private static String plain(Double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    /** The mix as an array in Recommendation order. */
    double[] badMixArray() {
        double[] out = new double[Recommendation.values().length];
        for (Recommendation r : Recommendation.values()) {
            out[r.ordinal()] = badMix.getOrDefault(r, 0.0);
        }
        return out;
    }

    static Map<Signal, Double> map(Object... pairs) {
        Map<Signal, Double> out = new EnumMap<>(Signal.class);
        for (int i = 0; i < pairs.length; i += 2) {
            out.put((Signal) pairs[i], ((Number) pairs[i + 1]).doubleValue());
        }
        return out;
    }
}
