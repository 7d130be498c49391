package io.intelgraph.maestro.ui.evidence;

import io.intelgraph.maestro.model.evidence.RunEvidence;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The top line of each panel: loading, the load error, or the problems met (each naming its file). */
final class EvidenceStatus extends VBox {

    EvidenceStatus(EvidenceViewModel model) {
        setSpacing(4);
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(22, 22);
        Label loading = new Label("Reading the run's artifacts…");
        HBox busy = new HBox(8, spinner, loading);
        busy.visibleProperty().bind(model.loadingProperty());
        busy.managedProperty().bind(busy.visibleProperty());

        Label error = new Label();
        error.getStyleClass().add("detail-error");
        error.setWrapText(true);
        error.setMinHeight(Region.USE_PREF_SIZE);
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        Label problems = new Label();
        problems.getStyleClass().addAll("detail-reason", "evidence-problems");
        problems.setWrapText(true);
        problems.setMinHeight(Region.USE_PREF_SIZE);
        problems.textProperty().bind(Bindings.createStringBinding(() -> problemText(model.evidenceProperty().get()),
                model.evidenceProperty()));
        problems.visibleProperty().bind(problems.textProperty().isNotEmpty());
        problems.managedProperty().bind(problems.visibleProperty());
        getChildren().addAll(busy, error, problems);
    }

    private static String problemText(RunEvidence evidence) {
        if (evidence == null || evidence.problems().isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder("⚠ " + evidence.problems().size() + (evidence.problems().size() == 1
                ? " problem" : " problems") + ":");
        evidence.problems().forEach(p -> text.append("\n• ").append(p));
        return text.toString();
    }
}
