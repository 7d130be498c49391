package io.intelgraph.maestro.ui.tiles;

import io.intelgraph.maestro.store.BuildTile;
import io.intelgraph.maestro.store.TileKey;
import io.intelgraph.maestro.ui.style.States;
import javafx.geometry.Insets;
import javafx.scene.layout.TilePane;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The tiles, one {@link TileView} per tile key, reused across snapshots so a tile can animate its
 * own change instead of being replaced.
 */
public final class TileGrid extends TilePane {

    private final Map<TileKey, TileView> views = new HashMap<>();
    private final Consumer<BuildTile> onOpen;
    private boolean wall;
    private TileKey selected;

    public TileGrid(Consumer<BuildTile> onOpen) {
        this.onOpen = onOpen;
        getStyleClass().add("tile-grid");
        setHgap(12);
        setVgap(12);
        setPadding(new Insets(12));
        setPrefTileWidth(340);
        setPrefTileHeight(150);
    }

    public void show(List<BuildTile> tiles, Instant now, Function<BuildTile, TileExtras> extras) {
        List<TileView> ordered = new ArrayList<>(tiles.size());
        Map<TileKey, TileView> keep = new HashMap<>();
        for (BuildTile tile : tiles) {
            TileView view = views.computeIfAbsent(tile.key(), k -> {
                TileView created = new TileView(onOpen);
                created.setWall(wall);
                created.pseudoClassStateChanged(States.SELECTED, k.equals(selected));
                return created;
            });
            view.update(tile, extras.apply(tile), now);
            ordered.add(view);
            keep.put(tile.key(), view);
        }
        views.keySet().retainAll(keep.keySet());
        if (getChildren().equals(ordered)) {
            return;
        }
        getChildren().setAll(ordered);
    }

    /** Marks the tile whose run the detail panel shows (null: none). */
    public void select(TileKey key) {
        selected = key;
        views.forEach((k, view) -> view.pseudoClassStateChanged(States.SELECTED, k.equals(key)));
    }

    public void tick(Instant now) {
        views.values().forEach(v -> v.tick(now));
    }

    /** Sizes tiles so a {@code columns}×{@code rows} grid fills {@code width}×{@code height} (wall mode). */
    public void fit(int columns, int rows, double width, double height) {
        double gap = getHgap();
        double w = (width - getPadding().getLeft() - getPadding().getRight() - gap * (columns - 1)) / columns;
        double h = (height - getPadding().getTop() - getPadding().getBottom() - getVgap() * (rows - 1)) / rows;
        setPrefColumns(columns);
        setPrefTileWidth(Math.floor(w));
        setPrefTileHeight(Math.floor(h));
        // Type scales with the tile so the wall reads from across the room.
        setStyle("-fx-font-size: " + Math.max(14, Math.min(40, Math.min(h / 8.5, w / 17))) + "px;");
        wall = true;
        views.values().forEach(v -> v.setWall(true));
    }

    public void unfit() {
        setPrefTileWidth(340);
        setPrefTileHeight(150);
        setStyle("");
        wall = false;
        views.values().forEach(v -> v.setWall(false));
    }

    public int tileCount() {
        return views.size();
    }
}
