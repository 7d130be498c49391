package io.intelgraph.maestro.ui.detail;

import io.intelgraph.maestro.distill.RecommendationText;
import io.intelgraph.maestro.fabric.RunnerRanking;
import io.intelgraph.maestro.store.BuildSnapshot;
import io.intelgraph.maestro.store.BuildTile;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import java.util.function.Supplier;

/** Distillation: the engine's recommendation for the branch, the teachers' activations and reasons, the ranked runners. */
final class DistillationPanel extends VBox {

    private final Label text = new Label();
    private final Supplier<BuildSnapshot> snapshot;

    DistillationPanel(Supplier<BuildSnapshot> snapshot) {
        this.snapshot = snapshot;
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
        text.setText(tile == null || current == null ? "" : current.recommendationOf(tile)
                .map(r -> RecommendationText.describe(r, RunnerRanking.rank(RunnerRanking.exampleQuotes(), r.recommendation(),
                        r.studentConfidence(), false).stream().limit(5).toList()))
                .orElse("The engine has not judged this branch yet (it runs every 10 seconds)."));
    }
}
