package io.intelgraph.maestro.ui.detail;

import io.intelgraph.maestro.model.build.BuildState;
import io.intelgraph.maestro.model.build.Job;
import io.intelgraph.maestro.model.build.Step;
import io.intelgraph.maestro.model.build.WorkflowRun;
import io.intelgraph.maestro.model.policy.PolicyFinding;
import io.intelgraph.maestro.model.policy.PolicyReport;
import io.intelgraph.maestro.store.BuildTile;
import io.intelgraph.maestro.ui.PolicyFindingText;
import io.intelgraph.maestro.ui.evidence.EvidenceViewModel;
import io.intelgraph.maestro.ui.evidence.SbomPanel;
import io.intelgraph.maestro.ui.evidence.ScanPanel;
import io.intelgraph.maestro.ui.evidence.SignaturesPanel;
import io.intelgraph.maestro.ui.evidence.TestsPanel;
import io.intelgraph.maestro.ui.previews.PreviewsViewModel;
import io.intelgraph.maestro.ui.tiles.StatusGlyph;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.SVGPath;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/** The side panel: a run's jobs and steps, its GitHub link and the re-run buttons. */
public final class RunDetailView extends VBox {

    private final RunDetailViewModel model;
    private final Label title = new Label();
    private final Label subtitle = new Label();
    private final Hyperlink link = new Hyperlink();
    private final TreeView<String> jobTree = new TreeView<>(new TreeItem<>("jobs"));
    private final Label error = new Label();
    private final Label message = new Label();
    private final Label reason = new Label();

    private final PreviewsViewModel previews;
    private final Button deployPreview = new Button("Deploy preview");
    private final Label previewReason = new Label();
    private final Button policyCheck = new Button("Run policy check");
    private final Button override = new Button("Override…");
    private final ListView<String> policyResults = new ListView<>();

    public RunDetailView(RunDetailViewModel model, PreviewsViewModel previews, EvidenceViewModel evidence,
            DistillationViewModel distillation, Consumer<String> openUrl, Runnable onClose) {
        this.model = model;
        this.previews = previews;
        getStyleClass().add("run-detail");
        setPadding(new Insets(16));
        setSpacing(10);
        setPrefWidth(600);
        setMinWidth(420);

        title.getStyleClass().add("detail-title");
        title.setWrapText(true);
        subtitle.getStyleClass().add("detail-subtitle");
        subtitle.setWrapText(true);
        subtitle.setMinHeight(Region.USE_PREF_SIZE);
        Button close = new Button("Close ✕");
        close.setId("detail-close");
        close.setMinWidth(Region.USE_PREF_SIZE);
        close.setOnAction(e -> onClose.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, title, spacer, close);
        header.setAlignment(Pos.TOP_LEFT);

        link.setId("detail-link");
        link.setOnAction(e -> {
            String url = link.getText();
            ClipboardContent content = new ClipboardContent();
            content.putString(url);
            Clipboard.getSystemClipboard().setContent(content);
            openUrl.accept(url);
        });

        Button rerunFailed = new Button("Re-run failed jobs");
        rerunFailed.setId("rerun-failed");
        rerunFailed.disableProperty().bind(model.canRerunFailedProperty().not());
        rerunFailed.setOnAction(e -> model.rerun(true));
        Button rerunAll = new Button("Re-run all jobs");
        rerunAll.setId("rerun-all");
        rerunAll.disableProperty().bind(model.canRerunAllProperty().not());
        rerunAll.setOnAction(e -> model.rerun(false));
        reason.textProperty().bind(model.rerunReasonProperty());
        reason.getStyleClass().add("detail-reason");
        reason.setWrapText(true);
        reason.managedProperty().bind(reason.textProperty().isNotEmpty());
        reason.visibleProperty().bind(reason.managedProperty());

        error.textProperty().bind(model.errorProperty());
        error.getStyleClass().add("detail-error");
        error.setWrapText(true);
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        message.textProperty().bind(model.messageProperty());
        message.setWrapText(true);
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.visibleProperty().bind(message.managedProperty());

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(28, 28);
        spinner.visibleProperty().bind(model.loadingProperty());
        spinner.managedProperty().bind(spinner.visibleProperty());

        jobTree.setId("job-tree");
        jobTree.setShowRoot(false);
        VBox.setVgrow(jobTree, Priority.ALWAYS);

        deployPreview.setId("deploy-preview");
        deployPreview.setOnAction(e -> {
            if (model.tileProperty().get() != null) {
                previews.deploy(model.tileProperty().get());
            }
        });
        previewReason.setId("deploy-preview-reason");
        previewReason.getStyleClass().add("detail-reason");
        previewReason.setWrapText(true);
        Label previewMessage = new Label();
        previewMessage.textProperty().bind(previews.messageProperty());
        previewMessage.setWrapText(true);
        previewMessage.setMinHeight(Region.USE_PREF_SIZE);
        previewMessage.managedProperty().bind(previewMessage.textProperty().isNotEmpty());
        previewMessage.visibleProperty().bind(previewMessage.managedProperty());
        previewReason.managedProperty().bind(previewReason.textProperty().isNotEmpty());
        previewReason.visibleProperty().bind(previewReason.managedProperty());
        previews.clusterProperty().addListener((o, a, b) -> showPreviewAction());
        policyCheck.setId("policy-check");
        policyCheck.setOnAction(e -> {
            if (model.tileProperty().get() != null) {
                previews.checkPolicy(model.tileProperty().get());
            }
        });
        override.setId("deploy-override");
        override.setOnAction(e -> {
            if (model.tileProperty().get() != null) {
                previews.overrideDeploy(model.tileProperty().get());
            }
        });
        policyResults.setId("policy-results");
        policyResults.setMinHeight(190);
        policyResults.setPrefHeight(190);
        policyResults.setCellFactory(list -> new ListCell<>() {
            {
                setWrapText(true);
                prefWidthProperty().bind(list.widthProperty().subtract(20));
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
            }
        });
        previewReason.setMinHeight(Region.USE_PREF_SIZE);
        reason.setMinHeight(Region.USE_PREF_SIZE);
        previews.policyReportProperty().addListener((o, a, b) -> showPreviewAction());

        // Jobs first; the supply-chain panels load the run's artifacts only when opened (API budget).
        VBox jobs = new VBox(8, spinner, jobTree);
        jobs.setPadding(new Insets(8, 0, 0, 0));
        Tab jobsTab = new Tab("Jobs", jobs);
        jobsTab.setId("tab-jobs");
        Tab testsTab = new Tab("Tests", padded(new TestsPanel(evidence)));
        testsTab.setId("tab-tests");
        Tab scanTab = new Tab("Scan", padded(new ScanPanel(evidence, openUrl)));
        scanTab.setId("tab-scan");
        Tab sbomTab = new Tab("SBOM", padded(new SbomPanel(evidence, openUrl)));
        sbomTab.setId("tab-sbom");
        Tab signaturesTab = new Tab("Signatures", padded(new SignaturesPanel(evidence)));
        signaturesTab.setId("tab-signatures");
        Tab distillationTab = new Tab("Distillation", padded(new DistillationPanel(distillation)));
        distillationTab.setId("tab-distillation");
        // The recommendation changes every few seconds: shown afresh when its tab is chosen (from what is in memory).
        distillationTab.setOnSelectionChanged(e -> {
            if (distillationTab.isSelected()) {
                distillation.show(model.tileProperty().get());
            }
        });
        TabPane tabs = new TabPane(jobsTab, testsTab, scanTab, sbomTab, signaturesTab, distillationTab);
        tabs.setId("detail-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, tab) -> {
            // Reports are tables: the panel widens for them and narrows back for the jobs.
            setPrefWidth(tab == jobsTab ? 600 : 960);
            if (tab != jobsTab && tab != distillationTab) {
                evidence.load();
            }
        });
        VBox.setVgrow(tabs, Priority.ALWAYS);
        getChildren().addAll(header, subtitle, link, new HBox(8, rerunFailed, rerunAll), reason, error, message,
                new FlowPane(8, 8, deployPreview, policyCheck, override), previewReason, previewMessage,
                policyResults, tabs);

        model.tileProperty().addListener((obs, old, tile) -> {
            evidence.show(tile == null ? null : tile.headline(), tile == null ? List.of() : tile.history());
            if (tile != null && tabs.getSelectionModel().getSelectedItem() != jobsTab
                    && tabs.getSelectionModel().getSelectedItem() != distillationTab) {
                evidence.load();
            }
            distillation.show(tile);
        });
        model.tileProperty().addListener((obs, old, tile) -> showTile(tile));
        model.jobs().addListener((ListChangeListener<Job>) c -> showJobs());
    }

    private void showTile(BuildTile tile) {
        if (tile == null) {
            return;
        }
        WorkflowRun run = tile.headline();
        title.setText(tile.repoName() + " · " + tile.branch());
        subtitle.setText(run.workflowName() + " #" + run.runNumber() + " (attempt " + run.runAttempt() + ") — "
                + tile.state().word() + "\n" + run.displayTitle() + "\ntriggered by " + run.triggeringActor()
                + " on " + run.event() + " · " + shortSha(run.headSha())
                + tile.pullRequest().map(pr -> "\nPR #" + pr.number() + " " + pr.title() + " by " + pr.author()).orElse(""));
        link.setText(run.htmlUrl());
        link.setVisible(!run.htmlUrl().isEmpty());
        showPreviewAction();
    }

    /** Deploy preview: enabled for a PR's tile when the cluster lets the user deploy, else the reason. */
    private void showPreviewAction() {
        BuildTile tile = model.tileProperty().get();
        if (tile == null) {
            return;
        }
        String blocked = previews.deployBlockedBecause(tile);
        var report = previews.policyReportFor(tile);
        boolean denied = report.map(r -> !r.passed()).orElse(false);
        deployPreview.setText(tile.pullRequest().map(pr -> "Deploy preview of PR #" + pr.number() + " to pr-" + pr.number())
                .orElse("Deploy preview"));
        policyCheck.setText("Run policy check");
        deployPreview.setDisable(!blocked.isEmpty() || denied);
        policyCheck.setDisable(false);
        override.setVisible(blocked.isEmpty() && denied);
        override.setManaged(override.isVisible());
        previewReason.setText(!blocked.isEmpty() ? blocked : denied ? "Blocked by policy: " + report.get().denies()
                + " denies stand. Fix them, or override with a reason (written to the audit log)." : "");
        policyResults.getItems().setAll(report.map(RunDetailView::findingLines).orElse(List.of()));
        policyResults.setVisible(report.isPresent());
        policyResults.setManaged(report.isPresent());
    }

    private static Node padded(Node panel) {
        VBox box = new VBox(panel);
        VBox.setVgrow(panel, Priority.ALWAYS);
        box.setPadding(new Insets(8, 0, 0, 0));
        return box;
    }

    private static String shortSha(String sha) {
        return sha.length() > 7 ? sha.substring(0, 7) : sha;
    }

    private void showJobs() {
        TreeItem<String> root = jobTree.getRoot();
        root.getChildren().clear();
        for (Job job : model.jobs()) {
            TreeItem<String> jobItem = new TreeItem<>(job.name() + " — " + job.state().word() + duration(job.startedAt(),
                    job.completedAt()), glyph(job.state()));
            for (Step step : job.steps()) {
                jobItem.getChildren().add(new TreeItem<>(step.number() + ". " + step.name() + " — " + step.state().word()
                        + duration(step.startedAt(), step.completedAt()), glyph(step.state())));
            }
            // Failing and running jobs open, so the step to look at is visible at once.
            jobItem.setExpanded(job.state().ordinal() <= BuildState.RUNNING.ordinal());
            root.getChildren().add(jobItem);
        }
    }

    /** Findings grouped by file, denies before warnings, each with its line when known. */
    private static List<String> findingLines(PolicyReport report) {
        List<String> lines = new ArrayList<>();
        report.findings().stream()
                .sorted(Comparator.comparing(PolicyFinding::file).thenComparing(PolicyFinding::severity)
                        .thenComparing(PolicyFinding::rule))
                .forEach(f -> lines.add(PolicyFindingText.line(f, shortName(f.file()))));
        report.errors().forEach(e -> lines.add("! ERROR  " + e));
        if (lines.isEmpty()) {
            lines.add("✓ PASS  no denies, no warnings (" + report.documents() + " documents checked)");
        }
        return lines;
    }

    /** "owner/repo:Dockerfile@abc1234" → "Dockerfile@abc1234": the panel already names the repository. */
    private static String shortName(String file) {
        int colon = file.lastIndexOf(':');
        return colon >= 0 && !file.startsWith("http") ? file.substring(colon + 1) : file;
    }

    private static SVGPath glyph(BuildState state) {
        SVGPath path = StatusGlyph.create(state);
        path.setScaleX(0.7);
        path.setScaleY(0.7);
        return path;
    }

    private static String duration(Instant start, Instant end) {
        if (start == null || end == null) {
            return "";
        }
        long s = Duration.between(start, end).toSeconds();
        return " (" + (s >= 60 ? s / 60 + "m " + s % 60 + "s" : s + "s") + ")";
    }
}
