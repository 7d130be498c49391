package io.intelgraph.maestro.ui.previews;

import io.intelgraph.maestro.model.preview.ClusterStatus;
import io.intelgraph.maestro.model.preview.Preview;
import io.intelgraph.maestro.preview.PreviewService;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;

/** Every preview namespace, live; Tear down and Clean up ask first, naming what they delete. */
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
        Button cleanup = new Button("Clean up…");
        cleanup.setId("preview-cleanup");
        cleanup.setOnAction(e -> model.findCleanupCandidates(this::confirmCleanup));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(12, cluster, simBadge, spacer, message, cleanup);
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
                .map(p -> new PreviewCard(p, clock.instant(), blocked, this::confirmTeardown, this::policyCheck)).toList());
        empty.setText(previews.isEmpty() ? "No previews. Deploy one from a pull request's tile (click it, then Deploy preview)." : "");
        empty.setVisible(previews.isEmpty());
        empty.setManaged(previews.isEmpty());
    }

    private void policyCheck(Preview preview) {
        model.checkPreviewPolicy(preview, report -> {
            String lines = report.findings().stream()
                    .map(f -> io.intelgraph.maestro.ui.PolicyFindingText.line(f, f.file()))
                    .collect(Collectors.joining("\n"));
            Alert alert = new Alert(report.passed() ? Alert.AlertType.INFORMATION : Alert.AlertType.WARNING,
                    lines.isEmpty() ? "No denies, no warnings." : lines, ButtonType.OK);
            alert.setTitle("Policy check");
            alert.setHeaderText(preview.namespace() + ": " + report.denies() + " denies, " + report.warnings() + " warnings");
            alert.initOwner(getScene() == null ? null : getScene().getWindow());
            alert.getDialogPane().setPrefWidth(720);
            alert.show();
        });
    }

    private void confirmTeardown(Preview preview) {
        ButtonType confirm = new ButtonType("Tear down " + preview.namespace(), ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "This uninstalls the preview of PR #" + preview.prNumber()
                + " (" + preview.repo() + ") and deletes the namespace " + preview.namespace() + " with everything in it.",
                confirm, ButtonType.CANCEL);
        alert.setTitle("Tear down preview");
        alert.setHeaderText("Delete namespace " + preview.namespace() + "?");
        alert.initOwner(getScene() == null ? null : getScene().getWindow());
        alert.showAndWait().filter(confirm::equals).ifPresent(b -> model.teardown(preview));
    }

    private void confirmCleanup(PreviewService.CleanupPlan plan) {
        List<PreviewService.CleanupCandidate> candidates = plan.remove();
        String skipped = plan.skipped().stream().map(line -> "• " + line).collect(Collectors.joining("\n"));
        if (candidates.isEmpty()) {
            model.messageProperty().set("Nothing to clean up: every preview belongs to an open PR and is within its TTL."
                    + (skipped.isEmpty() ? "" : " " + plan.skipped().size() + " skipped."));
            return;
        }
        ButtonType confirm = new ButtonType("Delete " + candidates.size() + " previews", ButtonBar.ButtonData.OK_DONE);
        String list = candidates.stream().map(c -> "• " + c.preview().namespace() + " — " + c.reason())
                .collect(Collectors.joining("\n"));
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, list
                + (skipped.isEmpty() ? "" : "\n\nLeft in place:\n" + skipped), confirm, ButtonType.CANCEL);
        alert.setTitle("Clean up previews");
        alert.setHeaderText("These preview namespaces will be deleted:");
        alert.initOwner(getScene() == null ? null : getScene().getWindow());
        alert.showAndWait().filter(confirm::equals).ifPresent(b -> model.cleanup(candidates));
    }
}
