package io.intelgraph.maestro.ui.tiles;

import io.intelgraph.maestro.store.BuildTile;
import io.intelgraph.maestro.store.TileKey;
import javafx.geometry.Insets;
import javafx.scene.layout.TilePane;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The tiles, one {@link TileView} per tile key, reused across snapshots so a tile can animate its
 * own change instead of being replaced.
 */
public final class TileGrid extends TilePane {

    private final Map<TileKey, TileView> views = new HashMap<>();
    private final Consumer<BuildTile> onOpen;

    public TileGrid(Consumer<BuildTile> onOpen) {
        this.onOpen = onOpen;
        getStyleClass().add("tile-grid");
        setHgap(12);
        setVgap(12);
        setPadding(new Insets(12));
        setPrefTileWidth(340);
        setPrefTileHeight(150);
    }

    public void show(List<BuildTile> tiles, Instant now) {
        List<TileView> ordered = new ArrayList<>(tiles.size());
        Map<TileKey, TileView> keep = new HashMap<>();
        for (BuildTile tile : tiles) {
            TileView view = views.computeIfAbsent(tile.key(), k -> new TileView(onOpen));
            view.update(tile, now);
            ordered.add(view);
            keep.put(tile.key(), view);
        }
        views.keySet().retainAll(keep.keySet());
        if (!getChildren().equals(ordered)) {
            getChildren().setAll(ordered);
        }
    }

    public void tick(Instant now) {
        views.values().forEach(v -> v.tick(now));
    }

    /** Sizes tiles so {@code count} of them fill {@code width}×{@code height} as large as possible (wall mode). */
    public void fit(int count, double width, double height) {
        if (count == 0 || width <= 0 || height <= 0) {
            return;
        }
        double gap = getHgap();
        double bestWidth = 0;
        double bestHeight = 0;
        for (int columns = 1; columns <= count; columns++) {
            int rows = (count + columns - 1) / columns;
            double w = (width - getPadding().getLeft() - getPadding().getRight() - gap * (columns - 1)) / columns;
            double h = (height - getPadding().getTop() - getPadding().getBottom() - gap * (rows - 1)) / rows;
            // Tiles read best around 2.2:1; judge a layout by the size of a tile of that shape that fits.
            double usableWidth = Math.min(w, h * 2.2);
            if (usableWidth > bestWidth) {
                bestWidth = usableWidth;
                bestHeight = Math.min(h, w / 2.2);
                setPrefColumns(columns);
            }
        }
        setPrefTileWidth(Math.floor(bestWidth));
        setPrefTileHeight(Math.floor(bestHeight));
        // Type scales with the tile so a wall of 12 tiles reads from across the room.
        setStyle("-fx-font-size: " + Math.max(13, Math.min(36, bestHeight / 9)) + "px;");
    }

    public void unfit() {
        setPrefTileWidth(340);
        setPrefTileHeight(150);
        setStyle("");
    }

    public int tileCount() {
        return views.size();
    }
}
