package io.intelgraph.maestro.ui.release;

import io.intelgraph.maestro.model.repo.RepoId;
import io.intelgraph.maestro.release.ChangelogSection;
import io.intelgraph.maestro.release.ChangelogText;
import io.intelgraph.maestro.release.ReadinessCheck;
import io.intelgraph.maestro.release.ReleaseCommit;
import io.intelgraph.maestro.release.ReleasePlan;
import io.intelgraph.maestro.release.TagVersion;
import io.intelgraph.maestro.ui.style.States;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.List;

/**
 * Release: a repository's next version in large letters — READY or NOT READY, by word, symbol and
 * colour — the readiness checks with their reasons, the changelog preview by group with authors
 * and PR links, and Create draft release (disabled, with the reason, when the user may not).
 */
public final class ReleaseView extends VBox {

    private final ReleaseViewModel model;
    private final Label verdict = new Label();
    private final Label summary = new Label();
    private final VBox checks = new VBox(4);
    private final VBox changelog = new VBox(2);

    public ReleaseView(ReleaseViewModel model) {
        this.model = model;
        getStyleClass().add("release-view");
        setId("release-view");
        setPadding(new Insets(16));
        setSpacing(10);

        ComboBox<RepoId> repo = new ComboBox<>(model.repos());
        repo.setId("release-repo");
        repo.setPromptText("Repository");
        repo.valueProperty().addListener((o, a, chosen) -> {
            if (chosen != null && !chosen.equals(model.selectedProperty().get())) {
                model.select(chosen);
            }
        });
        model.selectedProperty().addListener((o, a, chosen) -> repo.setValue(chosen));
        repo.setValue(model.selectedProperty().get()); // the view may be built after a repository was chosen (the wall)
        Button refresh = new Button("⟳ Plan again");
        refresh.setId("release-refresh");
        refresh.setOnAction(e -> model.refresh());
        refresh.disableProperty().bind(model.busyProperty().or(model.selectedProperty().isNull()));
        Button draft = new Button("Create draft release…");
        draft.setId("release-create-draft");
        draft.setOnAction(e -> model.createDraft());
        draft.disableProperty().bind(model.busyProperty().or(model.draftRefusalProperty().isNotEmpty()));
        Label refusal = new Label();
        refusal.setId("release-draft-refusal");
        refusal.getStyleClass().add("release-refusal");
        refusal.textProperty().bind(model.draftRefusalProperty());
        refusal.setWrapText(true);
        refusal.visibleProperty().bind(refusal.textProperty().isNotEmpty());
        refusal.managedProperty().bind(refusal.visibleProperty());
        Tooltip why = new Tooltip();
        why.textProperty().bind(Bindings.when(model.draftRefusalProperty().isEmpty())
                .then("A draft with the generated notes; you publish it on GitHub.").otherwise(model.draftRefusalProperty()));
        draft.setTooltip(why);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(12, new Label("Repository"), repo, refresh, spacer, draft);
        bar.setAlignment(Pos.CENTER_LEFT);

        verdict.setId("release-verdict");
        verdict.getStyleClass().add("release-verdict");
        summary.setId("release-summary");
        summary.getStyleClass().add("release-summary");
        summary.setWrapText(true);
        Label message = new Label();
        message.setId("release-message");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        checks.setId("release-checks");
        changelog.setId("release-changelog");
        Label checksTitle = new Label("Readiness");
        checksTitle.getStyleClass().add("detail-title");
        Label changelogTitle = new Label("Changelog preview");
        changelogTitle.getStyleClass().add("detail-title");
        VBox content = new VBox(10, verdict, summary, checksTitle, checks, changelogTitle, changelog);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(bar, refusal, message, scroll);
        model.planProperty().addListener((o, a, shown) -> show(shown));
        show(model.planProperty().get());
    }

    private void show(ReleasePlan plan) {
        checks.getChildren().clear();
        changelog.getChildren().clear();
        if (plan == null) {
            verdict.setText("");
            summary.setText("");
            States.activate(verdict, null, States.BADGE_LEVELS);
            return;
        }
        boolean nothing = plan.nextTag().isEmpty();
        verdict.setText((nothing ? "– " : plan.readiness().ready() ? "✓ " : "✕ ") + plan.verdict());
        States.activate(verdict, nothing ? States.MUTED : plan.readiness().ready() ? States.OK : States.CRITICAL,
                States.BADGE_LEVELS);
        summary.setText(plan.repo() + " · " + plan.base().map(TagVersion::tag).map(t -> "since " + t).orElse("no release yet")
                + " · " + plan.commits().size() + (plan.truncated() ? "+" : "") + " commits · " + plan.bump().word()
                + " · latest release " + plan.latestRelease().map(r -> r.tagName()).orElse("none")
                + " · latest tag " + plan.latestTag().map(t -> t.name()).orElse("none"));
        for (ReadinessCheck check : plan.readiness().checks()) {
            Label line = new Label(check.verdict().symbol() + " " + check.name() + " — " + check.reason());
            line.setWrapText(true);
            line.setMinHeight(Region.USE_PREF_SIZE);
            line.getStyleClass().add("release-check");
            States.activate(line, switch (check.verdict()) {
                case PASS -> States.OK;
                case FAIL -> States.CRITICAL;
                case UNKNOWN -> States.HIGH;
                case SKIPPED -> States.MUTED;
            }, States.BADGE_LEVELS);
            checks.getChildren().add(line);
        }
        for (ChangelogSection section : ChangelogSection.values()) {
            List<ReleaseCommit> commits = plan.changelog().section(section);
            if (commits.isEmpty()) {
                continue;
            }
            Label title = new Label(section.title() + " (" + commits.size() + ")");
            title.getStyleClass().add("release-section");
            changelog.getChildren().add(title);
            for (ReleaseCommit c : commits) {
                Label line = new Label("• " + ChangelogText.plain(section, c));
                line.setWrapText(true);
                line.setMinHeight(Region.USE_PREF_SIZE);
                changelog.getChildren().add(line);
            }
        }
    }
}
