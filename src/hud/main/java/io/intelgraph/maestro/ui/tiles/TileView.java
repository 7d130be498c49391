package io.intelgraph.maestro.ui.tiles;

import io.intelgraph.maestro.model.build.BuildState;
import io.intelgraph.maestro.model.build.RunStatus;
import io.intelgraph.maestro.model.build.WorkflowRun;
import io.intelgraph.maestro.model.evidence.EvidenceSummary;
import io.intelgraph.maestro.slo.SloMark;
import io.intelgraph.maestro.store.BuildTile;
import io.intelgraph.maestro.store.TileKey;
import io.intelgraph.maestro.ui.slo.Stopwatch;
import io.intelgraph.maestro.ui.style.States;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.SVGPath;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One build tile. State is told three ways: the shape (glyph), the word, and the colour. A
 * running build spins and shows progress against its branch's typical duration; a change of
 * state pulses the tile; stale data is hatched and says why. A tile has no animation of its own:
 * the grid's {@link AnimationClock} turns its spinner and plays its pulse while it is on screen,
 * and a grid reuses tiles, so one shows whichever build is given to {@link #update}.
 */
public final class TileView extends StackPane {

    private final SVGPath glyph = new SVGPath();
    private final Group glyphBox = new Group(glyph);
    private final Label stateWord = new Label();
    private final Label elapsed = new Label();
    private final Label repo = new Label();
    private final Label branch = new Label();
    private final Label detail = new Label();
    private final ProgressLine progress = new ProgressLine();
    private final Label staleBanner = new Label();
    private final Region flash = new Region();
    /** Made when the pointer first comes over the tile: most tiles are never hovered. */
    private Tooltip tooltip;
    private String tooltipText = "";
    private final Label preview = new Label();
    private final Label findings = new Label();
    private final Label tests = new Label();
    private final Label signature = new Label();
    private final Label advice = new Label();
    private final Label slo = new Label();
    /**
     * Wraps to a second line on a narrow desktop tile rather than cutting a badge's words; on the wall
     * it takes one line's height and is clipped to it ({@link #firstBadgeLine}): a second line ran into
     * the tile below.
     */
    private final BadgeLine badges = new BadgeLine();
    private final ShownParts badgeParts = new ShownParts(badges, advice, slo, findings, tests, signature);
    private final ShownParts lines;
    private final Rectangle firstBadgeLine = new Rectangle();
    private BuildTile tile;
    private TileExtras shownExtras = TileExtras.NONE;
    private BuildState shownState;
    private String shownElapsed = "";
    private Density density = Density.DESKTOP;

    public TileView(Consumer<BuildTile> onOpen) {
        getStyleClass().add("build-tile");
        setFocusTraversable(true);
        glyph.getStyleClass().add("status-glyph");
        stateWord.getStyleClass().add("tile-state");
        elapsed.getStyleClass().add("tile-elapsed");
        repo.getStyleClass().add("tile-repo");
        branch.getStyleClass().add("tile-branch");
        detail.getStyleClass().add("tile-detail");
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
        slo.getStyleClass().addAll("tile-badge", "tile-slo");
        slo.setId("tile-slo");
        slo.setGraphic(new Group(Stopwatch.glyph()));
        badges.getStyleClass().add("tile-badges");
        badges.prefWrapLengthProperty().bind(widthProperty().subtract(40));
        // The lines every tile has; the others join when a tile first has something for them.
        VBox content = new VBox(4, header, repo, branch, detail);
        lines = new ShownParts(content, header, repo, branch, detail, preview, badges, progress, staleBanner);
        content.getStyleClass().add("tile-content");
        getChildren().addAll(content, flash);

        // The glyph is a path, not text: scale it with the state word so wall mode enlarges it too.
        glyph.scaleXProperty().bind(Bindings.createDoubleBinding(
                () -> stateWord.getFont().getSize() / 18.0, stateWord.fontProperty()));
        glyph.scaleYProperty().bind(glyph.scaleXProperty());

        setOnMouseEntered(e -> installTooltip());
        setOnMouseClicked(e -> onOpen.accept(tile));
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                onOpen.accept(tile);
            }
        });
    }

    /** How much a tile says: all of it on the desktop; on the wall what reads from across a room. */
    public enum Density {
        /** Every line. */
        DESKTOP,
        /** A problem on the wall: the workflow/author line gives way to the badges. */
        WALL,
        /** A build under way on the wall: state, repository, branch and progress only. */
        COMPACT
    }

    public void setDensity(Density next) {
        if (next == density) {
            return;
        }
        density = next;
        badges.setOneLine(next == Density.WALL);
        badges.setClip(next == Density.WALL ? firstBadgeLine : null);
        pseudoClassStateChanged(States.COMPACT, next == Density.COMPACT);
        showParts();
        showStateWord();
    }

    /**
     * The state in a word, and the attempt when it is not the first; a compact wall tile leaves the
     * attempt out (it cut "RUNNING · try 2" to "RUNNING · t..." and the elapsed time with it).
     */
    private void showStateWord() {
        if (tile == null) {
            return;
        }
        int attempt = tile.headline().runAttempt();
        stateWord.setText(tile.state().word() + (attempt > 1 && density != Density.COMPACT ? " · try " + attempt : ""));
    }

    /** Hides what the density leaves out (the update shows what the build has). */
    private void showParts() {
        boolean desktop = density == Density.DESKTOP;
        boolean compact = density == Density.COMPACT;
        detail.setVisible(desktop);
        detail.setManaged(desktop);
        // A wall tile holds its branch or the STALE banner, not both: with both, a stale tile's words ran
        // into the tile below (seen under Xvfb once the rate limit ran out).
        boolean branchShown = desktop || tile == null || !tile.stale();
        branch.setVisible(branchShown);
        branch.setManaged(branchShown);
        lines.show(progress, progressShown());
        if (compact) {
            lines.show(preview, false);
            lines.show(badges, false);
        }
    }

    /** A build under way shows its progress, unless it is stale on the wall (not known, and no room beside the banner). */
    private boolean progressShown() {
        return tile != null && tile.state().isActive() && (density == Density.DESKTOP || !tile.stale());
    }

    /** The badges' clip (on the wall) follows their size: one line's height there ({@link BadgeLine}). */
    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        firstBadgeLine.setWidth(Math.max(0, badges.getWidth()));
        firstBadgeLine.setHeight(Math.max(0, badges.getHeight()));
    }

    public BuildTile tile() {
        return tile;
    }

    /**
     * Shows {@code next} (of the same branch as before, or another: tiles are reused).
     *
     * @return whether the same branch's state changed, which the grid shows with a pulse
     */
    public boolean update(BuildTile next, TileExtras extras, Instant now) {
        if (shows(next, extras)) {
            return false; // the store reuses unchanged tiles; nothing to redraw
        }
        TileKey shownKey = tile == null ? null : tile.key();
        shownExtras = extras;
        var nextPreview = extras.preview();
        showSlo(extras);
        showBadges(extras.evidence().filter(e -> e.runId() == next.headline().id()));
        advice.setText(extras.recommendation().map(r -> r.recommendation().symbol() + " " + r.recommendation().word()
                + String.format(Locale.ROOT, " %.0f%%", r.studentConfidence() * 100)).orElse(""));
        badgeParts.show(advice, extras.recommendation().isPresent());
        if (extras.recommendation().isPresent()) {
            lines.show(badges, true);
        }
        preview.setText(nextPreview.map(p -> "⬢ preview " + (p.terminating() ? "terminating" : p.ready()
                ? "ready" : "deploying " + p.readyReplicas() + "/" + p.desiredReplicas()) + " · " + p.namespace()).orElse(""));
        lines.show(preview, nextPreview.isPresent());
        BuildState previous = shownState;
        tile = next;
        shownState = next.state();
        WorkflowRun run = next.headline();
        States.activate(this, States.of(next.state()), States.BUILD_STATES);
        pseudoClassStateChanged(States.STALE, next.stale());
        glyph.setContent(StatusGlyph.path(next.state()));
        showStateWord();
        repo.setText(next.key().repo().name());
        branch.setText(next.pullRequest().map(pr -> "#" + pr.number() + " " + pr.title() + (pr.draft() ? " (draft)" : ""))
                .orElse(next.branch()));
        detail.setText(run.workflowName() + " #" + run.runNumber() + " · " + next.key().repo().owner()
                + (next.pullRequest().isPresent() ? " · " + next.branch() : "") + " · by " + run.triggeringActor());
        staleBanner.setText(next.stale() ? "STALE — " + next.staleReason() : "");
        lines.show(staleBanner, next.stale());
        setTooltipText((next.repoName() + " @ " + next.branch() + "\n" + run.displayTitle()
                + "\n" + run.workflowName() + ": " + run.status().apiValue()
                + (run.conclusion().apiValue() == null ? "" : " / " + run.conclusion().apiValue())
                + (next.stale() ? "\nSTALE: " + next.staleReason() : "")));
        setAccessibleText(next.repoName() + " " + next.branch() + " " + next.state().word());
        if (!spinning()) {
            glyphBox.setRotate(0);
        }
        if (!next.key().equals(shownKey)) {
            pulse(PULSE_MILLIS); // another branch's pulse is not this one's
        }
        showParts();
        tick(now);
        return previous != null && next.key().equals(shownKey) && previous != next.state();
    }

    private void setTooltipText(String text) {
        tooltipText = text;
        if (tooltip != null) {
            tooltip.setText(text);
        }
    }

    /** A tooltip is a popup window of its own: one is made for a tile the first time the pointer is over it. */
    private void installTooltip() {
        if (tooltip == null) {
            tooltip = new Tooltip(tooltipText);
            Tooltip.install(this, tooltip);
        }
    }

    /** The tooltip, once the pointer has been over the tile. */
    Optional<Tooltip> tooltip() {
        return Optional.ofNullable(tooltip);
    }

    /** Whether it shows exactly this (the store hands unchanged tiles over as the same objects). */
    public boolean shows(BuildTile next, TileExtras extras) {
        return (next == tile || next.equals(tile)) && (extras == shownExtras || extras.equals(shownExtras));
    }

    /** Whether the spinner turns: a running build whose data is live. */
    public boolean spinning() {
        return tile != null && tile.state() == BuildState.RUNNING && !tile.stale();
    }

    /** Whether what it shows changes with time (elapsed, progress): a build that has not finished. */
    public boolean ticking() {
        return tile != null && tile.state().isActive();
    }

    /** Turns the spinner to {@code degrees} (the clock calls this a few times a second). */
    void spin(double degrees) {
        glyphBox.setRotate(degrees);
    }

    /**
     * Draws the state-change pulse {@code millis} into it: a flash that fades over 700 ms and a slight
     * swell over the first 360; at or past the end, the tile is as before.
     */
    void pulse(double millis) {
        double fade = Math.max(0, 1 - millis / PULSE_MILLIS);
        flash.setOpacity(0.85 * fade);
        double swell = millis < 360 ? 1 + 0.04 * Math.sin(Math.PI * millis / 360) : 1;
        setScaleX(swell);
        setScaleY(swell);
    }

    static final double PULSE_MILLIS = 700;

    /** "⏱ 17m > 15m" when one of the tile's latest runs took longer than its build-time target. */
    private void showSlo(TileExtras extras) {
        slo.setText(extras.slo().map(SloMark::numbers).orElse(""));
        slo.setAccessibleText(extras.slo().map(SloMark::words).orElse(""));
        States.activate(slo, extras.slo().map(m -> States.HIGH).orElse(null), States.BADGE_LEVELS);
        badgeParts.show(slo, extras.slo().isPresent());
    }

    /** The headline run's report badges; another run's (an older attempt's) would be wrong, so none then. */
    private void showBadges(Optional<EvidenceSummary> evidence) {
        String f = evidence.map(EvidenceBadges::findings).orElse("");
        String t = evidence.map(EvidenceBadges::tests).orElse("");
        findings.setText(f);
        tests.setText(t);
        signature.setText(evidence.map(EvidenceBadges::signature).orElse(""));
        badgeParts.show(signature, evidence.isPresent());
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
        badgeParts.show(findings, !f.isEmpty());
        badgeParts.show(tests, !t.isEmpty());
        // The signature badge shows whenever there is evidence, so the row does too, even with no scan or tests.
        lines.show(badges, evidence.isPresent() || badgeParts.isShown(slo));
    }

    /** Refreshes the time-dependent parts (elapsed, progress) without a new snapshot. */
    public void tick(Instant now) {
        if (tile == null) {
            return;
        }
        WorkflowRun run = tile.headline();
        String text = formatDuration(run.elapsed(now).toSeconds()) + (run.status() == RunStatus.COMPLETED ? "" : " ⋯");
        if (!text.equals(shownElapsed)) {
            shownElapsed = text;
            elapsed.setText(text);
        }
        boolean active = progressShown();
        if (lines.isShown(progress) != active) {
            lines.show(progress, active);
        }
        if (active) {
            double typical = typicalSeconds(tile.history());
            progress.setProgress(tile.state() != BuildState.RUNNING || typical <= 0 ? -1
                    : Math.min(0.97, run.elapsed(now).toSeconds() / typical));
        }
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
