package io.intelgraph.maestro.ui;

import io.intelgraph.maestro.userstate.UserStateStore;
import io.intelgraph.maestro.model.build.BuildState;
import io.intelgraph.maestro.store.BuildSnapshot;
import io.intelgraph.maestro.store.BuildTile;
import io.intelgraph.maestro.store.Freshness;
import io.intelgraph.maestro.store.SourceHealth;
import io.intelgraph.maestro.store.TileQuery;
import io.intelgraph.maestro.store.TileSort;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The main window's state, derived from snapshots and the filter. FX thread only; it never talks
 * to a source.
 */
public final class HudViewModel {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final UserStateStore userState;
    private final ObjectProperty<BuildSnapshot> snapshot = new SimpleObjectProperty<>();
    private final ObjectProperty<TileQuery> query = new SimpleObjectProperty<>(TileQuery.ALL);
    private final ObservableList<BuildTile> visibleTiles = FXCollections.observableArrayList();
    private final StringProperty title = new SimpleStringProperty("Maestro Build HUD");
    private final StringProperty sourceText = new SimpleStringProperty("");
    private final StringProperty freshnessText = new SimpleStringProperty("Connecting…");
    private final StringProperty rateLimitText = new SimpleStringProperty("");
    private final StringProperty summaryText = new SimpleStringProperty("");
    private final BooleanProperty stale = new SimpleBooleanProperty();
    private final BooleanProperty simulated = new SimpleBooleanProperty();
    private final BooleanProperty wallMode = new SimpleBooleanProperty();
    private final BooleanProperty darkTheme = new SimpleBooleanProperty(true);

    public HudViewModel(UserStateStore userState, boolean startInWallMode) {
        this.userState = userState;
        UserStateStore.UserState saved = userState.load();
        query.set(saved.query());
        darkTheme.set(saved.darkTheme());
        wallMode.set(startInWallMode);
        query.addListener((obs, old, now) -> {
            refilter();
            persist();
        });
        darkTheme.addListener((obs, old, now) -> persist());
        wallMode.addListener((obs, old, now) -> refilter());
    }

    /** A new snapshot arrived (FX thread). */
    public void accept(BuildSnapshot next) {
        snapshot.set(next);
        SourceHealth health = next.health();
        simulated.set(health.simulated());
        title.set("Maestro Build HUD — " + (health.simulated() ? "SIMULATED DATA" : health.sourceName()));
        sourceText.set(health.simulated() ? "SIMULATED build plane — not real builds" : health.sourceName());
        stale.set(health.freshness() == Freshness.STALE);
        freshnessText.set(freshness(health));
        rateLimitText.set(health.rateLimit().map(rl -> String.format("API budget %,d / %,d · resets %s",
                rl.remaining(), rl.limit(), TIME.format(rl.reset().atZone(ZoneId.systemDefault())))).orElse(""));
        refilter();
    }

    private static String freshness(SourceHealth health) {
        return switch (health.freshness()) {
            case CONNECTING -> "○ Connecting to " + health.sourceName() + "…";
            case LIVE -> "● LIVE · updated " + time(health.lastSuccess())
                    + (health.pollIntervalSeconds() > 0 ? " · polling every " + health.pollIntervalSeconds() + " s" : "");
            case STALE -> "▲ STALE — " + health.message()
                    + (health.lastSuccess() != null ? " · last good data " + time(health.lastSuccess()) : " · no data yet")
                    + (health.retryAt() != null ? " · retrying " + time(health.retryAt()) : "");
        };
    }

    private static String time(Instant instant) {
        return instant == null ? "never" : TIME.format(instant.atZone(ZoneId.systemDefault()));
    }

    private void refilter() {
        BuildSnapshot current = snapshot.get();
        if (current == null) {
            return;
        }
        List<BuildTile> tiles = effectiveQuery().apply(current.tiles());
        visibleTiles.setAll(tiles);
        Map<BuildState, Long> counts = current.tiles().stream()
                .collect(Collectors.groupingBy(BuildTile::state, () -> new EnumMap<>(BuildState.class), Collectors.counting()));
        StringBuilder summary = new StringBuilder();
        for (BuildState state : List.of(BuildState.FAILED, BuildState.RUNNING, BuildState.QUEUED, BuildState.PASSED)) {
            summary.append(counts.getOrDefault(state, 0L)).append(' ').append(state.word().toLowerCase()).append(" · ");
        }
        summary.append(tiles.size()).append(" of ").append(current.tiles().size()).append(" tiles shown");
        summaryText.set(summary.toString());
    }

    /** Wall mode always puts failing builds first, whatever the desktop sort is. */
    public TileQuery effectiveQuery() {
        return wallMode.get() ? query.get().withSort(TileSort.FAILING_FIRST) : query.get();
    }

    private void persist() {
        userState.save(new UserStateStore.UserState(query.get(), darkTheme.get()));
    }

    public ObjectProperty<TileQuery> queryProperty() {
        return query;
    }

    public ObservableList<BuildTile> visibleTiles() {
        return visibleTiles;
    }

    public ReadOnlyObjectProperty<BuildSnapshot> snapshotProperty() {
        return snapshot;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title;
    }

    public ReadOnlyStringProperty sourceTextProperty() {
        return sourceText;
    }

    public ReadOnlyStringProperty freshnessTextProperty() {
        return freshnessText;
    }

    public ReadOnlyStringProperty rateLimitTextProperty() {
        return rateLimitText;
    }

    public ReadOnlyStringProperty summaryTextProperty() {
        return summaryText;
    }

    public BooleanProperty staleProperty() {
        return stale;
    }

    public BooleanProperty simulatedProperty() {
        return simulated;
    }

    public BooleanProperty wallModeProperty() {
        return wallMode;
    }

    public BooleanProperty darkThemeProperty() {
        return darkTheme;
    }
}
