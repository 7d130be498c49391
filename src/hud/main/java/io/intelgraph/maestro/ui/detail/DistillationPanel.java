package io.intelgraph.maestro.ui.detail;

import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Distillation: the engine's recommendation for the branch, the teachers' activations and reasons, the ranked runners. */
final class DistillationPanel extends VBox {

    DistillationPanel(DistillationViewModel model) {
        setSpacing(8);
        Label text = new Label();
        text.setId("distillation-text");
        text.getStyleClass().add("attestation");
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        text.textProperty().bind(model.textProperty());
        getChildren().add(text);
    }
}
