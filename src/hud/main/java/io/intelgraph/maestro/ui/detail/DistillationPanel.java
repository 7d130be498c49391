package io.intelgraph.maestro.ui.detail;

import io.intelgraph.maestro.distill.RecommendationText;
import io.intelgraph.maestro.runners.RunnerRanking;
import io.intelgraph.maestro.store.BuildSnapshot;
import io.intelgraph.maestro.store.BuildTile;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import java.util.function.Supplier;

/** Distillation: the engine's recommendation for the branch, the teachers' activations and reasons, the ranked runners. */
public final class DistillationPanel extends VBox {

    /** The runner quotes to rank (runners.json in the config directory, else the examples). */
    public interface Quotes {
        java.util.List<io.intelgraph.maestro.model.distill.RunnerQuote> load() throws java.io.IOException;
    }

    private final Label text = new Label();
    private final Supplier<BuildSnapshot> snapshot;
    private final Quotes quotes;

    DistillationPanel(Supplier<BuildSnapshot> snapshot, Quotes quotes) {
        this.snapshot = snapshot;
        this.quotes = quotes;
        setSpacing(8);
        text.setId("distillation-text");
        text.getStyleClass().add("attestation");
        text.setWrapText(true);
        text.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        getChildren().add(text);
    }

    /** Shows the tile's latest recommendation (the engine runs every few seconds in the background). */
    void show(BuildTile tile) {
        BuildSnapshot current = snapshot.get();
        java.util.List<io.intelgraph.maestro.model.distill.RunnerQuote> offers;
        String problem = "";
        try {
            offers = quotes.load();
        } catch (java.io.IOException e) {
            offers = java.util.List.of();
            problem = "\n\nRunner quotes cannot be ranked: " + e.getMessage();
        }
        java.util.List<io.intelgraph.maestro.model.distill.RunnerQuote> ranked = offers;
        text.setText(tile == null || current == null ? "" : current.recommendationOf(tile)
                .map(r -> RecommendationText.describe(r, RunnerRanking.rank(ranked, r.recommendation(),
                        r.studentConfidence(), false).stream().limit(5).toList()))
                .orElse("The engine has not judged this branch yet (it runs every 10 seconds).") + problem);
    }
}
