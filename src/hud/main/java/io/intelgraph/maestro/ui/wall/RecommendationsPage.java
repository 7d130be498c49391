package io.intelgraph.maestro.ui.wall;

import io.intelgraph.maestro.model.distill.BranchRecommendation;
import io.intelgraph.maestro.model.distill.Recommendation;
import io.intelgraph.maestro.store.BuildSnapshot;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The rotation's distillation page: the build-intelligence engine's advice per branch, what to act on
 * first (block, investigate, re-run, then hold and promote), most confident first, in type for
 * across the room. Only as many lines as fit a wall; the rest is counted.
 */
public final class RecommendationsPage extends VBox {

    static final int MOST = 12;
    private static final Map<Recommendation, Integer> URGENCY = Map.of(Recommendation.BLOCK, 0,
            Recommendation.INVESTIGATE, 1, Recommendation.RERUN, 2, Recommendation.HOLD, 3, Recommendation.PROMOTE, 4);

    private final Label heading = new Label();
    private final VBox lines = new VBox(6);

    public RecommendationsPage() {
        super(12);
        setId("wall-recommendations");
        getStyleClass().add("wall-recommendations");
        setPadding(new Insets(14));
        heading.getStyleClass().add("wall-summary");
        getChildren().addAll(heading, lines);
    }

    /** Shows the snapshot's recommendations (FX thread). */
    public void show(BuildSnapshot snapshot) {
        List<BranchRecommendation> all = snapshot == null ? List.of() : snapshot.recommendations().values().stream()
                .sorted(Comparator.comparing((BranchRecommendation r) -> URGENCY.get(r.recommendation()))
                        .thenComparing(Comparator.comparingDouble(BranchRecommendation::studentConfidence).reversed())
                        .thenComparing(BranchRecommendation::branch))
                .toList();
        heading.setText(all.isEmpty() ? "No recommendations yet: the engine has not run"
                : String.format(Locale.ROOT, "%,d branches advised%s", all.size(),
                        all.size() > MOST ? " · the " + MOST + " to act on first" : ""));
        lines.getChildren().setAll(all.stream().limit(MOST).map(RecommendationsPage::line).toList());
    }

    private static Label line(BranchRecommendation r) {
        Label label = new Label(String.format(Locale.ROOT, "%s %-11s %s  (%.0f %%)", r.recommendation().symbol(),
                r.recommendation().word(), r.branch(), r.studentConfidence() * 100));
        label.getStyleClass().add("wall-recommendation");
        return label;
    }
}
