package io.intelgraph.maestro.distill;

import io.intelgraph.maestro.model.distill.BranchRecommendation;
import io.intelgraph.maestro.runners.RunnerRanking;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A branch's recommendation in words: the Distillation panel's text, the same wherever it is shown. */
public final class RecommendationText {

    private RecommendationText() {
    }

    public static String describe(BranchRecommendation r, List<RunnerRanking.Ranked> runners) {
        StringBuilder text = new StringBuilder();
        text.append(r.recommendation().symbol()).append(' ').append(r.recommendation().word().toUpperCase(Locale.ROOT))
                .append(String.format(Locale.ROOT, "   student confidence %.0f %%", r.studentConfidence() * 100))
                .append("\nensemble: ").append(r.ensembleRecommendation().symbol()).append(' ')
                .append(r.ensembleRecommendation().word())
                .append(r.ensembleRecommendation() == r.recommendation() ? " (the student agrees)" : " (the student differs)")
                .append("\n\nteacher activations:");
        r.teacherActivations().entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()))
                .forEach(e -> text.append(String.format(Locale.ROOT, "\n  %-14s %-20s %3.0f %%  %s", e.getKey(),
                        "█".repeat((int) Math.round(e.getValue() * 20)), e.getValue() * 100,
                        r.reasons().getOrDefault(e.getKey(), ""))));
        text.append("\n\nrunners for this branch:");
        for (int i = 0; i < runners.size(); i++) {
            RunnerRanking.Ranked q = runners.get(i);
            text.append(String.format(Locale.ROOT, "\n  %d. %-38s %.3f", i + 1, q.quote().name(), q.score()));
            if (i == 0) {
                q.explanation().forEach(line -> text.append("\n       ").append(line));
            }
        }
        return text.toString();
    }
}
