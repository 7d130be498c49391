package io.intelgraph.maestro.ui;

import io.intelgraph.maestro.model.build.BuildState;
import io.intelgraph.maestro.hub.HubSource;
import io.intelgraph.maestro.store.BuildSnapshot;
import io.intelgraph.maestro.store.BuildTile;
import io.intelgraph.maestro.store.Freshness;
import io.intelgraph.maestro.store.SourceHealth;
import io.intelgraph.maestro.store.TileQuery;
import io.intelgraph.maestro.store.TileSort;
import io.intelgraph.maestro.ui.task.BackgroundTask;
import io.intelgraph.maestro.ui.task.TaskExecutor;
import io.intelgraph.maestro.ui.tiles.TileOrder;
import io.intelgraph.maestro.userstate.UserStateStore.UserState;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The main window's state, derived from snapshots and the filter. FX thread only; it never talks
 * to a source. What the user sets (filter, theme, mute) is saved through a {@link UserStateSaver}.
 */
public final class HudViewModel {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final UserStateSaver saver;
    private final TaskExecutor tasks;
    private final Runnable refresh;
    private final ReadOnlyObjectWrapper<BuildSnapshot> snapshot = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<TileQuery> query = new ReadOnlyObjectWrapper<>(TileQuery.ALL);
    /** Replaced whole (an immutable list) once per snapshot: the grid shows what is on screen of it. */
    private final ReadOnlyObjectWrapper<List<BuildTile>> visibleTiles = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("Maestro Build HUD");
    private final ReadOnlyStringWrapper sourceText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper freshnessText = new ReadOnlyStringWrapper("Connecting…");
    private final ReadOnlyStringWrapper rateLimitText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper pollFreshnessText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summaryText = new ReadOnlyStringWrapper("");
    /** Why the token is not safe on its way to the source (plain http:// to another machine); empty when it is. */
    private final ReadOnlyStringWrapper transportWarning = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper simulated = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper wallMode = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper darkTheme = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyBooleanWrapper reducedMotion = new ReadOnlyBooleanWrapper();
    /** Sorts each snapshot from the previous one's order: what {@link TileQuery#apply} gives, for a fraction of the comparisons. */
    private final TileOrder order = new TileOrder();

    private final ReadOnlyBooleanWrapper soundMuted = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper highContrast = new ReadOnlyBooleanWrapper();

    /**
     * @param saved   what the user left on screen last time
     * @param refresh asks the source for an early poll (run on a worker: it may block)
     */
    public HudViewModel(UserState saved, UserStateSaver saver, boolean startInWallMode, TaskExecutor tasks, Runnable refresh) {
        this.saver = saver;
        this.tasks = tasks;
        this.refresh = refresh;
        query.set(saved.query());
        darkTheme.set(saved.darkTheme());
        reducedMotion.set(saved.reducedMotion());
        soundMuted.set(saved.soundMuted());
        highContrast.set(saved.highContrast());
        wallMode.set(startInWallMode);
        query.addListener((obs, old, now) -> {
            refilter();
            persist();
        });
        darkTheme.addListener((obs, old, now) -> persist());
        reducedMotion.addListener((obs, old, now) -> persist());
        soundMuted.addListener((obs, old, now) -> persist());
        highContrast.addListener((obs, old, now) -> persist());
        wallMode.addListener((obs, old, now) -> refilter());
    }

    /**
     * The source's warning that its token crosses the network unencrypted, shown for as long as the window is open:
     * a log line on stderr is not where a release manager at a wall display would read it.
     */
    public void warnAboutTransport(String warning) {
        transportWarning.set("⚠ TOKEN NOT ENCRYPTED — " + warning);
    }

    /** A new snapshot arrived (FX thread). */
    public void accept(BuildSnapshot next) {
        snapshot.set(next);
        SourceHealth health = next.health();
        simulated.set(health.simulated());
        title.set("Maestro Build HUD — " + (health.simulated() ? "SIMULATED DATA" : health.sourceName()));
        sourceText.set(health.simulated()
                ? viaHub(health).map(hub -> "SIMULATED build plane via " + hub).orElse("SIMULATED build plane — not real builds")
                : health.sourceName());
        stale.set(health.freshness() == Freshness.STALE);
        freshnessText.set(freshness(health));
        rateLimitText.set(health.rateLimit().map(rl -> String.format("API budget %,d / %,d · resets %s",
                rl.remaining(), rl.limit(), TIME.format(rl.reset().atZone(ZoneId.systemDefault())))).orElse(""));
        refilter();
    }

    private static String freshness(SourceHealth health) {
        return switch (health.freshness()) {
            case CONNECTING -> "○ Connecting to " + health.sourceName() + "…";
            // A display fed by a hub does not poll: it says where its data comes from instead.
            case LIVE -> "● LIVE · updated " + time(health.lastSuccess()) + viaHub(health).map(hub -> " · via " + hub)
                    .orElse(health.pollIntervalSeconds() > 0 ? " · polling every " + health.pollIntervalSeconds() + " s" : "");
            case STALE -> "▲ STALE — " + health.message()
                    + (health.lastSuccess() != null ? " · last good data " + time(health.lastSuccess()) : " · no data yet")
                    + (health.retryAt() != null ? " · retrying " + time(health.retryAt()) : "");
        };
    }

    /** "hub ws://host:3080" when the picture is a hub's (its source is named "hub ws://… ← the hub's source"). */
    private static Optional<String> viaHub(SourceHealth health) {
        String name = health.sourceName();
        int arrow = name.indexOf(" ← ");
        return HubSource.follows(health) ? Optional.of(arrow < 0 ? name : name.substring(0, arrow)) : Optional.empty();
    }

    private static String time(Instant instant) {
        return instant == null ? "never" : TIME.format(instant.atZone(ZoneId.systemDefault()));
    }

    private void refilter() {
        BuildSnapshot current = snapshot.get();
        if (current == null) {
            return;
        }
        TileQuery effective = effectiveQuery();
        List<BuildTile> matching = effective.filters() ? current.tiles().stream().filter(effective::matches).toList()
                : current.tiles();
        List<BuildTile> tiles = order.sort(matching, effective.sort());
        visibleTiles.set(tiles);
        int[] counts = new int[BuildState.values().length];
        for (BuildTile tile : current.tiles()) {
            counts[tile.state().ordinal()]++;
        }
        StringBuilder summary = new StringBuilder();
        for (BuildState state : List.of(BuildState.FAILED, BuildState.RUNNING, BuildState.QUEUED, BuildState.PASSED)) {
            summary.append(counts[state.ordinal()]).append(' ').append(state.word().toLowerCase()).append(" · ");
        }
        summary.append(tiles.size()).append(" of ").append(current.tiles().size()).append(" tiles shown");
        summaryText.set(summary.toString());
    }

    /** Wall mode always puts failing builds first, whatever the desktop sort is. */
    public TileQuery effectiveQuery() {
        return wallMode.get() ? query.get().withSort(TileSort.FAILING_FIRST) : query.get();
    }

    private void persist() {
        saver.changed(new UserState(query.get(), darkTheme.get(), reducedMotion.get(), soundMuted.get(),
                highContrast.get()));
    }

    public void setQuery(TileQuery next) {
        query.set(next);
    }

    /** Changes one part of the filter ({@code q -> q.withText("api")}). */
    public void updateQuery(UnaryOperator<TileQuery> change) {
        query.set(change.apply(query.get()));
    }

    public void setWallMode(boolean on) {
        wallMode.set(on);
    }

    public void toggleWallMode() {
        wallMode.set(!wallMode.get());
    }

    public void setDarkTheme(boolean on) {
        darkTheme.set(on);
    }

    public void setReducedMotion(boolean on) {
        reducedMotion.set(on);
    }

    /** The wall's break and fix sounds off (remembered). */
    public void setSoundMuted(boolean on) {
        soundMuted.set(on);
    }

    /** The high-contrast theme instead of dark or light (remembered). */
    public void setHighContrast(boolean on) {
        highContrast.set(on);
    }

    /** Asks the source for an early poll, off the FX thread. */
    public void refresh() {
        tasks.execute(BackgroundTask.of("refresh", refresh::run));
    }

    public ReadOnlyObjectProperty<TileQuery> queryProperty() {
        return query.getReadOnlyProperty();
    }

    /** The tiles the filter lets through, in the order shown (an immutable list). */
    public List<BuildTile> visibleTiles() {
        return visibleTiles.get();
    }

    /** Replaced once per snapshot or filter change, never edited in place. */
    public ReadOnlyObjectProperty<List<BuildTile>> visibleTilesProperty() {
        return visibleTiles.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<BuildSnapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty sourceTextProperty() {
        return sourceText.getReadOnlyProperty();
    }

    /** The poller's freshness in words ("312 hot · checked ≤10 s ago, 88 cold · ≤3 min"); FX thread. */
    public void showPollFreshness(String text) {
        pollFreshnessText.set(text);
    }

    public ReadOnlyStringProperty pollFreshnessTextProperty() {
        return pollFreshnessText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty freshnessTextProperty() {
        return freshnessText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty rateLimitTextProperty() {
        return rateLimitText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty transportWarningProperty() {
        return transportWarning.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryTextProperty() {
        return summaryText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty staleProperty() {
        return stale.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty simulatedProperty() {
        return simulated.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty wallModeProperty() {
        return wallMode.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty darkThemeProperty() {
        return darkTheme.getReadOnlyProperty();
    }

    /** Whether the window uses the theme's dark stylesheet: high contrast is hud.css over the dark one. */
    public boolean usesDarkStylesheet() {
        return usesDarkStylesheet(darkTheme.get(), highContrast.get());
    }

    /** Whether a window opened with {@code saved} will use the dark stylesheet, known before the window is built. */
    public static boolean usesDarkStylesheet(UserState saved) {
        return usesDarkStylesheet(saved.darkTheme(), saved.highContrast());
    }

    private static boolean usesDarkStylesheet(boolean darkTheme, boolean highContrast) {
        return darkTheme || highContrast;
    }

    public ReadOnlyBooleanProperty reducedMotionProperty() {
        return reducedMotion.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty soundMutedProperty() {
        return soundMuted.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty highContrastProperty() {
        return highContrast.getReadOnlyProperty();
    }
}
