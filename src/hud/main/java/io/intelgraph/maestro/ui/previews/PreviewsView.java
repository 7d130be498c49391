package io.intelgraph.maestro.ui.previews;

import io.intelgraph.maestro.model.preview.ClusterStatus;
import io.intelgraph.maestro.model.preview.Preview;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.time.Clock;
import java.util.List;

/** Every preview namespace, live; Tear down and Clean up (which ask first, naming what they delete) go to the model. */
public final class PreviewsView extends VBox {

    private final PreviewsViewModel model;
    private final Clock clock;
    private final FlowPane cards = new FlowPane(12, 12);
    private final Label empty = new Label();

    public PreviewsView(PreviewsViewModel model, Clock clock) {
        this.model = model;
        this.clock = clock;
        getStyleClass().add("previews-view");
        setId("previews-view");
        setSpacing(8);
        setPadding(new Insets(12));

        Label cluster = new Label();
        cluster.setId("cluster-label");
        cluster.getStyleClass().add("detail-title");
        Label simBadge = new Label("SIMULATED CLUSTER");
        simBadge.getStyleClass().add("sim-badge");
        Label problem = new Label();
        problem.setId("cluster-problem");
        problem.getStyleClass().add("detail-reason");
        problem.setWrapText(true);
        Label message = new Label();
        message.setId("preview-message");
        message.textProperty().bind(model.messageProperty());
        ComboBox<String> contextPicker = contextPicker();
        Label contextLabel = new Label("Kubernetes context");
        contextLabel.setLabelFor(contextPicker);
        contextLabel.visibleProperty().bind(contextPicker.visibleProperty());
        contextLabel.managedProperty().bind(contextPicker.managedProperty());
        Button cleanup = new Button("Clean up…");
        cleanup.setId("preview-cleanup");
        cleanup.setOnAction(e -> model.cleanUp());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(12, contextLabel, contextPicker, cluster, simBadge, spacer, message, cleanup);
        header.setAlignment(Pos.CENTER_LEFT);

        model.clusterProperty().addListener((o, a, status) -> {
            show(status, cluster, simBadge, problem, cleanup);
            refresh();
        });
        show(model.clusterProperty().get(), cluster, simBadge, problem, cleanup);
        model.previews().addListener((ListChangeListener<Preview>) c -> refresh());

        empty.getStyleClass().add("detail-reason");
        ScrollPane scroller = new ScrollPane(cards);
        scroller.setFitToWidth(true);
        VBox.setVgrow(scroller, Priority.ALWAYS);
        getChildren().addAll(header, problem, empty, scroller);
        refresh();
    }

    /** The kubeconfig's contexts; hidden when there is only the simulated cluster (or the hub's previews). */
    private ComboBox<String> contextPicker() {
        ComboBox<String> picker = new ComboBox<>(model.contextNames());
        picker.setId("context-picker");
        picker.setPromptText("Kubernetes context");
        picker.setTooltip(new Tooltip("The kubeconfig context whose previews are shown; actions go to it"));
        picker.setValue(model.currentContextProperty().get().isEmpty() ? null : model.currentContextProperty().get());
        model.currentContextProperty().addListener((o, a, now) -> picker.setValue(now.isEmpty() ? null : now));
        picker.valueProperty().addListener((o, a, chosen) -> {
            if (chosen != null && !chosen.equals(model.currentContextProperty().get())) {
                model.switchContext(chosen);
            }
        });
        picker.disableProperty().bind(model.switchingProperty());
        boolean choice = !model.contextNames().isEmpty();
        picker.setVisible(choice);
        picker.setManaged(choice);
        return picker;
    }

    private void show(ClusterStatus status, Label cluster, Label simBadge, Label problem, Button cleanup) {
        cluster.setText("Cluster: " + status.name());
        simBadge.setVisible(status.simulated());
        simBadge.setManaged(status.simulated());
        String why = status.available() ? status.teardownBlocked() : status.problem();
        problem.setText(why.isEmpty() ? "" : "Actions disabled: " + why);
        cleanup.setDisable(!why.isEmpty());
    }

    private void refresh() {
        List<Preview> previews = model.previews();
        String blocked = model.teardownBlockedBecause();
        cards.getChildren().setAll(previews.stream()
                .map(p -> new PreviewCard(p, clock.instant(), blocked, model::teardown, model::checkPreviewPolicy)).toList());
        empty.setText(previews.isEmpty() ? "No previews. Deploy one from a pull request's tile (click it, then Deploy preview)." : "");
        empty.setVisible(previews.isEmpty());
        empty.setManaged(previews.isEmpty());
    }
}
