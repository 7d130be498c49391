package io.intelgraph.maestro.ui.tiles;

import io.intelgraph.maestro.model.build.BuildState;
import io.intelgraph.maestro.model.build.RunStatus;
import io.intelgraph.maestro.model.build.WorkflowRun;
import io.intelgraph.maestro.model.evidence.EvidenceSummary;
import io.intelgraph.maestro.store.BuildTile;
import io.intelgraph.maestro.ui.style.States;
import javafx.animation.Animation;
import javafx.animation.FadeTransition;
import javafx.animation.Interpolator;
import javafx.animation.RotateTransition;
import javafx.animation.ScaleTransition;
import javafx.animation.SequentialTransition;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.SVGPath;
import javafx.util.Duration;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One build tile. State is told three ways: the shape (glyph), the word, and the colour. A
 * running build spins and shows progress against its branch's typical duration; a change of
 * state pulses the tile; stale data is hatched and says why.
 */
public final class TileView extends StackPane {

    private final SVGPath glyph = new SVGPath();
    private final Group glyphBox = new Group(glyph);
    private final Label stateWord = new Label();
    private final Label elapsed = new Label();
    private final Label repo = new Label();
    private final Label branch = new Label();
    private final Label detail = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final Label staleBanner = new Label();
    private final Region flash = new Region();
    private final Tooltip tooltip = new Tooltip();
    private final RotateTransition spin = new RotateTransition(Duration.seconds(1.2), glyphBox);
    private final Label preview = new Label();
    private final Label findings = new Label();
    private final Label tests = new Label();
    private final Label signature = new Label();
    private final Label advice = new Label();
    /** Wraps to a second line on a narrow tile rather than cutting a badge's words. */
    private final FlowPane badges = new FlowPane(6, 4, advice, findings, tests, signature);
    private BuildTile tile;
    private TileExtras shownExtras = TileExtras.NONE;
    private BuildState shownState;

    public TileView(Consumer<BuildTile> onOpen) {
        getStyleClass().add("build-tile");
        setFocusTraversable(true);
        glyph.getStyleClass().add("status-glyph");
        stateWord.getStyleClass().add("tile-state");
        elapsed.getStyleClass().add("tile-elapsed");
        repo.getStyleClass().add("tile-repo");
        branch.getStyleClass().add("tile-branch");
        detail.getStyleClass().add("tile-detail");
        progress.getStyleClass().add("tile-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        staleBanner.getStyleClass().add("tile-stale-banner");
        staleBanner.setMaxWidth(Double.MAX_VALUE);
        staleBanner.setWrapText(false);
        flash.getStyleClass().add("tile-flash");
        flash.setOpacity(0);
        flash.setMouseTransparent(true);

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, glyphBox, stateWord, spacer, elapsed);
        header.setAlignment(Pos.CENTER_LEFT);
        preview.getStyleClass().add("tile-preview");
        findings.getStyleClass().add("tile-badge");
        findings.setId("tile-findings");
        tests.getStyleClass().add("tile-badge");
        tests.setId("tile-tests");
        signature.getStyleClass().add("tile-badge");
        signature.setId("tile-signature");
        advice.getStyleClass().addAll("tile-badge", "tile-advice");
        advice.setId("tile-advice");
        badges.getStyleClass().add("tile-badges");
        badges.prefWrapLengthProperty().bind(widthProperty().subtract(40));
        VBox content = new VBox(4, header, repo, branch, detail, preview, badges, progress, staleBanner);
        content.getStyleClass().add("tile-content");
        getChildren().addAll(content, flash);

        // The glyph is a path, not text: scale it with the state word so wall mode enlarges it too.
        glyph.scaleXProperty().bind(Bindings.createDoubleBinding(
                () -> stateWord.getFont().getSize() / 18.0, stateWord.fontProperty()));
        glyph.scaleYProperty().bind(glyph.scaleXProperty());
        spin.setByAngle(360);
        spin.setCycleCount(Animation.INDEFINITE);
        spin.setInterpolator(Interpolator.LINEAR);

        Tooltip.install(this, tooltip);
        setOnMouseClicked(e -> onOpen.accept(tile));
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                onOpen.accept(tile);
            }
        });
    }

    /** On the wall the workflow/author line gives way to the badges: what matters from across a room. */
    public void setWall(boolean wall) {
        detail.setVisible(!wall);
        detail.setManaged(!wall);
    }

    public BuildTile tile() {
        return tile;
    }

    /** Shows {@code next}; animates when its state differs from what was shown. */
    public void update(BuildTile next, TileExtras extras, Instant now) {
        if (next.equals(tile) && extras.equals(shownExtras)) {
            return; // the store reuses unchanged tiles; nothing to redraw
        }
        shownExtras = extras;
        var nextPreview = extras.preview();
        showBadges(extras.evidence().filter(e -> e.runId() == next.headline().id()));
        advice.setText(extras.recommendation().map(r -> r.recommendation().symbol() + " " + r.recommendation().word()
                + String.format(Locale.ROOT, " %.0f%%", r.studentConfidence() * 100)).orElse(""));
        advice.setVisible(extras.recommendation().isPresent());
        advice.setManaged(extras.recommendation().isPresent());
        if (extras.recommendation().isPresent()) {
            badges.setVisible(true);
            badges.setManaged(true);
        }
        preview.setText(nextPreview.map(p -> "⬢ preview " + (p.terminating() ? "terminating" : p.ready()
                ? "ready" : "deploying " + p.readyReplicas() + "/" + p.desiredReplicas()) + " · " + p.namespace()).orElse(""));
        preview.setVisible(nextPreview.isPresent());
        preview.setManaged(nextPreview.isPresent());
        BuildState previous = shownState;
        tile = next;
        shownState = next.state();
        WorkflowRun run = next.headline();
        States.activate(this, States.of(next.state()), States.BUILD_STATES);
        pseudoClassStateChanged(States.STALE, next.stale());
        glyph.setContent(StatusGlyph.path(next.state()));
        stateWord.setText(next.state().word() + (run.runAttempt() > 1 ? " · try " + run.runAttempt() : ""));
        repo.setText(next.key().repo().name());
        branch.setText(next.pullRequest().map(pr -> "#" + pr.number() + " " + pr.title() + (pr.draft() ? " (draft)" : ""))
                .orElse(next.branch()));
        detail.setText(run.workflowName() + " #" + run.runNumber() + " · " + next.key().repo().owner()
                + (next.pullRequest().isPresent() ? " · " + next.branch() : "") + " · by " + run.triggeringActor());
        staleBanner.setText(next.stale() ? "STALE — " + next.staleReason() : "");
        staleBanner.setVisible(next.stale());
        staleBanner.setManaged(next.stale());
        tooltip.setText((next.repoName() + " @ " + next.branch() + "\n" + run.displayTitle()
                + "\n" + run.workflowName() + ": " + run.status().apiValue()
                + (run.conclusion().apiValue() == null ? "" : " / " + run.conclusion().apiValue())
                + (next.stale() ? "\nSTALE: " + next.staleReason() : "")));
        setAccessibleText(next.repoName() + " " + next.branch() + " " + next.state().word());
        boolean running = next.state() == BuildState.RUNNING && !next.stale();
        if (running && spin.getStatus() != Animation.Status.RUNNING) {
            spin.play();
        } else if (!running && spin.getStatus() == Animation.Status.RUNNING) {
            spin.stop();
            glyphBox.setRotate(0);
        }
        tick(now);
        if (previous != null && previous != next.state()) {
            pulse();
        }
    }

    /** The headline run's report badges; another run's (an older attempt's) would be wrong, so none then. */
    private void showBadges(Optional<EvidenceSummary> evidence) {
        String f = evidence.map(EvidenceBadges::findings).orElse("");
        String t = evidence.map(EvidenceBadges::tests).orElse("");
        findings.setText(f);
        tests.setText(t);
        signature.setText(evidence.map(EvidenceBadges::signature).orElse(""));
        signature.setVisible(evidence.isPresent());
        signature.setManaged(evidence.isPresent());
        States.activate(findings, evidence.map(e -> e.critical() > 0 ? States.CRITICAL : e.high() > 0 ? States.HIGH
                : States.OK).orElse(null), States.BADGE_LEVELS);
        States.activate(tests, evidence.map(e -> e.testsBroken() > 0 ? States.CRITICAL : e.flaky() > 0 ? States.HIGH
                : States.OK).orElse(null), States.BADGE_LEVELS);
        States.activate(signature, evidence.map(e -> switch (e.signature()) {
            case VERIFIED -> States.OK;
            case UNVERIFIED -> States.CRITICAL;
            case MISSING -> States.MUTED;
            case COULD_NOT_VERIFY -> States.HIGH;
        }).orElse(null), States.BADGE_LEVELS);
        findings.setVisible(!f.isEmpty());
        findings.setManaged(!f.isEmpty());
        tests.setVisible(!t.isEmpty());
        tests.setManaged(!t.isEmpty());
        // The signature badge shows whenever there is evidence, so the row does too, even with no scan or tests.
        badges.setVisible(evidence.isPresent());
        badges.setManaged(evidence.isPresent());
    }

    /** Refreshes the time-dependent parts (elapsed, progress) without a new snapshot. */
    public void tick(Instant now) {
        if (tile == null) {
            return;
        }
        WorkflowRun run = tile.headline();
        elapsed.setText(formatDuration(run.elapsed(now).toSeconds()) + (run.status() == RunStatus.COMPLETED ? "" : " ⋯"));
        boolean active = tile.state().isActive();
        progress.setVisible(active);
        progress.setManaged(active);
        if (active) {
            double typical = typicalSeconds(tile.history());
            progress.setProgress(tile.state() != BuildState.RUNNING ? ProgressBar.INDETERMINATE_PROGRESS
                    : typical <= 0 ? ProgressBar.INDETERMINATE_PROGRESS
                    : Math.min(0.97, run.elapsed(now).toSeconds() / typical));
        }
    }

    private void pulse() {
        FadeTransition fade = new FadeTransition(Duration.millis(700), flash);
        fade.setFromValue(0.85);
        fade.setToValue(0);
        ScaleTransition grow = new ScaleTransition(Duration.millis(160), this);
        grow.setToX(1.04);
        grow.setToY(1.04);
        ScaleTransition shrink = new ScaleTransition(Duration.millis(200), this);
        shrink.setToX(1);
        shrink.setToY(1);
        fade.play();
        new SequentialTransition(grow, shrink).play();
    }

    /** Median duration of the branch's completed runs: what "progress" of a running one is measured against. */
    static double typicalSeconds(List<WorkflowRun> history) {
        double[] durations = history.stream().filter(r -> r.status() == RunStatus.COMPLETED)
                .mapToDouble(r -> r.elapsed(r.updatedAt()).toSeconds()).filter(d -> d > 0).sorted().toArray();
        return durations.length == 0 ? 0 : durations[durations.length / 2];
    }

    static String formatDuration(long seconds) {
        if (seconds >= 3600) {
            return String.format(Locale.ROOT, "%dh %02dm", seconds / 3600, seconds % 3600 / 60);
        }
        return String.format(Locale.ROOT, "%dm %02ds", seconds / 60, seconds % 60);
    }
}
