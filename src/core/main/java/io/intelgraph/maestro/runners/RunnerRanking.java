package io.intelgraph.maestro.runners;

import io.intelgraph.maestro.model.distill.Recommendation;
import io.intelgraph.maestro.model.distill.RunnerQuote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Ranks runner quotes for a branch from its distilled recommendation: each quote scores on
 * reliability, velocity, security and economy, weighted by what the recommendation calls for
 * (a re-run wants a reliable runner, a promotion a fast one, a blocked or held branch an isolated
 * and cheap one), the student's confidence sharpening the bias. A GPU need excludes runners
 * without one and amplifies those with one; a burst pool is amplified when speed is what counts.
 * Every score comes with its explanation.
 */
public final class RunnerRanking {

    public enum Factor { RELIABILITY, VELOCITY, SECURITY, ECONOMY }

    /** A quote's place: score (0 excluded), and the reasons in words. */
    public record Ranked(RunnerQuote quote, double score, List<String> explanation) {
    }

    private static final Map<Recommendation, Map<Factor, Double>> BIAS = new EnumMap<>(Recommendation.class);

    static {
        BIAS.put(Recommendation.PROMOTE, weights(0.2, 0.5, 0.1, 0.2));
        BIAS.put(Recommendation.RERUN, weights(0.6, 0.2, 0.1, 0.1));
        BIAS.put(Recommendation.INVESTIGATE, weights(0.4, 0.1, 0.3, 0.2));
        BIAS.put(Recommendation.HOLD, weights(0.2, 0.1, 0.2, 0.5));
        BIAS.put(Recommendation.BLOCK, weights(0.1, 0.0, 0.7, 0.2));
    }

    private static Map<Factor, Double> weights(double reliability, double velocity, double security, double economy) {
        Map<Factor, Double> w = new EnumMap<>(Factor.class);
        w.put(Factor.RELIABILITY, reliability);
        w.put(Factor.VELOCITY, velocity);
        w.put(Factor.SECURITY, security);
        w.put(Factor.ECONOMY, economy);
        return w;
    }

    private RunnerRanking() {
    }

    /**
     * @param confidence the student's confidence (0–1): at 0 every factor weighs the same, at 1
     *                   the recommendation's bias holds fully
     */
    public static List<Ranked> rank(List<RunnerQuote> quotes, Recommendation recommendation, double confidence,
            boolean needsGpu) {
        Map<Factor, Double> bias = BIAS.get(recommendation);
        List<Ranked> out = new ArrayList<>();
        for (RunnerQuote q : quotes) {
            List<String> why = new ArrayList<>();
            if (needsGpu && !q.gpu()) {
                out.add(new Ranked(q, 0, List.of("excluded: the build needs a GPU")));
                continue;
            }
            Map<Factor, Double> factor = new EnumMap<>(Factor.class);
            factor.put(Factor.RELIABILITY, q.reliability());
            factor.put(Factor.VELOCITY, 1 / (1 + q.expectedQueueMinutes() / 5));
            factor.put(Factor.SECURITY, q.isolation().ordinal() / 2.0);
            factor.put(Factor.ECONOMY, 1 / (1 + q.costPerMinute() / 0.05));
            double score = 0;
            for (Factor f : Factor.values()) {
                double w = confidence * bias.get(f) + (1 - confidence) * 0.25;
                score += w * factor.get(f);
                why.add(String.format(Locale.ROOT, "%s %.2f × weight %.2f", f.name().toLowerCase(Locale.ROOT),
                        factor.get(f), w));
            }
            if (needsGpu) {
                score *= 1.5;
                why.add("×1.5 GPU amplifier: the build needs one");
            }
            if (q.burst() && bias.get(Factor.VELOCITY) >= 0.2) {
                double amplifier = 1 + 0.3 * confidence;
                score *= amplifier;
                why.add(String.format(Locale.ROOT, "×%.2f burst amplifier: %s wants speed", amplifier, recommendation.word()));
            }
            out.add(new Ranked(q, score, why));
        }
        out.sort(Comparator.comparingDouble(Ranked::score).reversed().thenComparing(r -> r.quote().name()));
        return out;
    }

    /** The offers the HUD ships as examples (and the simulator's fabric). */
    public static List<RunnerQuote> exampleQuotes() {
        return List.of(
                new RunnerQuote("github-hosted ubuntu-latest (4 vCPU)", 0.008, 0.5, 0.995, RunnerQuote.Isolation.EPHEMERAL_VM, false, false),
                new RunnerQuote("github-hosted larger (16 vCPU)", 0.064, 1.5, 0.995, RunnerQuote.Isolation.EPHEMERAL_VM, false, false),
                new RunnerQuote("self-hosted k8s pool", 0.004, 3.0, 0.97, RunnerQuote.Isolation.SHARED, false, false),
                new RunnerQuote("gpu a10g", 0.16, 6.0, 0.98, RunnerQuote.Isolation.DEDICATED, true, false),
                new RunnerQuote("spot burst pool", 0.003, 0.2, 0.90, RunnerQuote.Isolation.EPHEMERAL_VM, false, true));
    }
}
