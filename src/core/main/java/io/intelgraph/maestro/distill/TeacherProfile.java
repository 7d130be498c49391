package io.intelgraph.maestro.distill;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import io.intelgraph.maestro.model.distill.Recommendation;
import io.intelgraph.maestro.model.distill.Signals.Signal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A teacher as data (the marketplace's unit): which signals it weighs and how much, the value of
 * each beyond which the signal counts as bad, the recommendation mix it pushes when its signals
 * are bad, and its say in the ensemble.
 */
public record TeacherProfile(String name, String version, double ensembleWeight, Map<Signal, Double> weights,
        Map<Signal, Double> thresholds, Map<Recommendation, Double> badMix) {

    /** A map a profile file left out is empty: {@link #problems()} then says what it must hold. */
    public TeacherProfile {
        weights = weights == null ? Map.of() : Map.copyOf(weights);
        thresholds = thresholds == null ? Map.of() : Map.copyOf(thresholds);
        badMix = badMix == null ? Map.of() : Map.copyOf(badMix);
    }

    /** A name to type on a command line and see in a list: no spaces, no capitals, no control characters. */
    public static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    static final Pattern VERSION = Pattern.compile("[A-Za-z0-9.+-]{1,32}");
    /** Bounds that keep the ensemble's arithmetic finite (a say of 10 × four signals cannot overflow a double). */
    static final double MAX_ENSEMBLE_WEIGHT = 10;
    static final double MAX_WEIGHT = 100;
    static final double MAX_THRESHOLD = 1_000_000;

    /**
     * Every problem with the profile, each naming its field by its path ({@code badMix.HOLD}); empty
     * when it can be used. A bad text value is shown escaped, never as it is.
     */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (name == null || !NAME.matcher(name).matches()) {
            problems.add("name must be 1–64 of a–z, 0–9, '.', '_', '-', starting with a letter or digit, not " + quoted(name));
        }
        if (version == null || !VERSION.matcher(version).matches()) {
            problems.add("version must be 1–32 of letters, digits, '.', '+', '-', not " + quoted(version));
        }
        inRange("ensembleWeight", ensembleWeight, MAX_ENSEMBLE_WEIGHT, problems);
        if (weights.isEmpty()) {
            problems.add("weights must name at least one signal");
        }
        new TreeMap<>(weights).forEach((signal, w) -> inRange("weights." + signal, w, MAX_WEIGHT, problems));
        Set<Signal> signals = new TreeSet<>(weights.keySet());
        signals.addAll(thresholds.keySet());
        for (Signal signal : signals) {
            Double threshold = thresholds.get(signal);
            if (threshold != null) {
                inRange("thresholds." + signal, threshold, MAX_THRESHOLD, problems);
            } else {
                problems.add("thresholds." + signal + " must be given: the value beyond which " + signal + " counts as bad");
            }
        }
        double sum = 0;
        for (Map.Entry<Recommendation, Double> share : new TreeMap<>(badMix).entrySet()) {
            if (!(share.getValue() >= 0 && share.getValue() <= 1)) {
                problems.add("badMix." + share.getKey() + " must be a share from 0 to 1, not " + share.getValue());
            }
            sum += share.getValue();
        }
        if (!(Math.abs(sum - 1) <= 1e-6)) {
            problems.add("badMix must add up to 1, not " + sum);
        }
        return problems;
    }

    /** NaN, the infinities, zero, negatives and the absurdly large all fail one comparison. */
    private static void inRange(String field, double value, double max, List<String> problems) {
        if (!(value > 0 && value <= max)) {
            problems.add(field + " must be a number above 0 and at most " + plain(max) + ", not " + value);
        }
    }

    /** A text value as JSON writes it: quoted, its control characters escaped. */
    private static String quoted(String text) {
        return text == null ? "nothing" : "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(text)) + "\"";
    }

    /** Its signals, heaviest first, each with its weight and threshold: "critical findings ×4 over 0.5, …". */
    public String describeWeights() {
        return weights.entrySet().stream()
                .sorted(Map.Entry.<Signal, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> String.format(Locale.ROOT, "%s ×%s over %s",
                        e.getKey().name().toLowerCase(Locale.ROOT).replace('_', ' '), plain(e.getValue()),
                        plain(thresholds.get(e.getKey()))))
                .collect(Collectors.joining(", "));
    }

    /** What it pushes on a full breach, largest share first: "⊖ block 80 % · ■ hold 20 %". */
    public String describeMix() {
        return badMix.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<Recommendation, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> String.format(Locale.ROOT, "%s %s %.0f %%", e.getKey().symbol(), e.getKey().word(),
                        100 * e.getValue()))
                .collect(Collectors.joining(" · "));
    }

    private static String plain(double v) {
        return !Double.isFinite(v) ? String.valueOf(v) : BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
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
