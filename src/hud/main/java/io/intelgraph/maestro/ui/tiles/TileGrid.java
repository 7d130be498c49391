package io.intelgraph.maestro.ui.tiles;

import io.intelgraph.maestro.store.BuildTile;
import io.intelgraph.maestro.store.TileKey;
import io.intelgraph.maestro.ui.style.States;
import javafx.geometry.Orientation;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The desktop's tiles, virtualised: however many builds there are, only the rows on screen have
 * tiles, and those are reused as the grid scrolls or the list changes. A branch that stays on screen
 * keeps its tile, which is updated in place (and pulses when its state changed); a tile that
 * scrolls off is handed to a branch scrolling on. A new list costs the tiles on screen, not the
 * list's length. One {@link AnimationClock} moves the tiles shown.
 */
public final class TileGrid extends Region {

    static final double TILE_WIDTH = 340;
    static final double TILE_HEIGHT = 150;
    static final double GAP = 12;
    static final double PADDING = 12;
    /** Rows laid out beyond the viewport's edge, so a small scroll shows tiles already drawn. */
    private static final int SPARE_ROWS = 1;

    private final AnimationClock clock;
    private final ScrollBar scrollBar = new ScrollBar();
    private final Pane viewport = new Pane();
    private final Rectangle clip = new Rectangle();
    private final TilePool pool;
    private final Map<TileView, Integer> indexOf = new HashMap<>();
    private List<BuildTile> tiles = List.of();
    private Function<BuildTile, TileExtras> extras = t -> TileExtras.NONE;
    private Instant now = Instant.EPOCH;
    private TileKey selected;
    private int columns = 1;

    public TileGrid(Consumer<BuildTile> onOpen, AnimationClock clock) {
        this.clock = clock;
        this.pool = new TilePool(viewport, clock, onOpen);
        getStyleClass().add("tile-grid");
        scrollBar.setOrientation(Orientation.VERTICAL);
        scrollBar.setMin(0);
        scrollBar.valueProperty().addListener((o, a, b) -> requestLayout());
        viewport.setClip(clip);
        viewport.setManaged(false);
        scrollBar.setManaged(false);
        getChildren().addAll(viewport, scrollBar);
        addEventHandler(ScrollEvent.SCROLL, e -> {
            scrollBy(-e.getDeltaY());
            e.consume();
        });
        setOnKeyPressed(e -> {
            double page = getHeight() - rowHeight();
            if (e.getCode() == KeyCode.PAGE_DOWN) {
                scrollBy(page);
            } else if (e.getCode() == KeyCode.PAGE_UP) {
                scrollBy(-page);
            } else if (e.getCode() == KeyCode.HOME && !(e.getTarget() instanceof TileView)) {
                scrollBar.setValue(0);
            } else {
                return;
            }
            e.consume();
        });
    }

    /**
     * Shows {@code next} in this order. The tiles on screen are updated here, before the pulse that
     * draws them, so the change costs one frame; the rest are laid out when scrolled to.
     */
    public void show(List<BuildTile> next, Instant at, Function<BuildTile, TileExtras> extrasOf) {
        tiles = next;
        extras = extrasOf;
        now = at;
        requestLayout();
    }

    /** Marks the tile whose run the detail panel shows (null: none). */
    public void select(TileKey key) {
        selected = key;
        pool.onScreen().forEach((k, view) -> view.pseudoClassStateChanged(States.SELECTED, k.equals(key)));
    }

    /** Scrolls until {@code key}'s tile is on screen (it stays where it is if it already is). */
    public void scrollTo(TileKey key) {
        for (int i = 0; i < tiles.size(); i++) {
            if (tiles.get(i).key().equals(key)) {
                double top = PADDING + i / columns * rowHeight();
                double bottom = top + TILE_HEIGHT;
                double value = scrollBar.getValue();
                if (top < value) {
                    scrollBar.setValue(top - PADDING);
                } else if (bottom > value + getHeight()) {
                    scrollBar.setValue(bottom + PADDING - getHeight());
                }
                layout();
                return;
            }
        }
    }

    /** The tiles on screen, in the order shown. */
    public List<TileView> shownTiles() {
        return indexOf.entrySet().stream().sorted(Map.Entry.comparingByValue()).map(Map.Entry::getKey).toList();
    }

    /** How many builds the grid holds, on screen or not. */
    public int tileCount() {
        return tiles.size();
    }

    /** The AnimationClock of the tiles shown. */
    public AnimationClock clock() {
        return clock;
    }

    private void scrollBy(double pixels) {
        scrollBar.setValue(Math.max(0, Math.min(scrollBar.getMax(), scrollBar.getValue() + pixels)));
    }

    private double rowHeight() {
        return TILE_HEIGHT + GAP;
    }

    @Override
    protected void layoutChildren() {
        double barWidth = scrollBar.prefWidth(-1);
        double width = getWidth() - barWidth;
        double height = getHeight();
        columns = Math.max(1, (int) ((width - 2 * PADDING + GAP) / (TILE_WIDTH + GAP)));
        // Tiles share out the width the columns leave, as a TilePane filled to the edge would.
        double tileWidth = Math.floor((width - 2 * PADDING - GAP * (columns - 1)) / columns);
        int rows = (tiles.size() + columns - 1) / columns;
        double content = 2 * PADDING + rows * rowHeight() - (rows > 0 ? GAP : 0);
        scrollBar.setMax(Math.max(0, content - height));
        scrollBar.setVisibleAmount(height);
        scrollBar.setBlockIncrement(height - rowHeight());
        scrollBar.setUnitIncrement(rowHeight() / 3);
        if (scrollBar.getValue() > scrollBar.getMax()) {
            scrollBar.setValue(scrollBar.getMax());
        }
        scrollBar.setVisible(content > height);
        scrollBar.resizeRelocate(width, 0, barWidth, height);
        viewport.resizeRelocate(0, 0, width, height);
        clip.setWidth(width);
        clip.setHeight(height);

        double scroll = scrollBar.getValue();
        int firstRow = Math.max(0, (int) ((scroll - PADDING) / rowHeight()) - SPARE_ROWS);
        int lastRow = Math.min(rows - 1, (int) ((scroll + height - PADDING) / rowHeight()) + SPARE_ROWS);
        int from = firstRow * columns;
        int to = Math.min(tiles.size(), (lastRow + 1) * columns);
        place(from, to, tileWidth, scroll);
    }

    /** Gives tiles {@code from} to {@code to} of the list a node each, reusing those on screen. */
    private void place(int from, int to, double tileWidth, double scroll) {
        List<TileKey> keys = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            keys.add(tiles.get(i).key());
        }
        pool.keepOnly(keys);
        indexOf.clear();
        for (int i = from; i < to; i++) {
            BuildTile tile = tiles.get(i);
            TileView view = pool.show(tile, extras.apply(tile), now);
            view.pseudoClassStateChanged(States.SELECTED, tile.key().equals(selected));
            indexOf.put(view, i);
            int row = i / columns;
            int column = i % columns;
            view.resizeRelocate(PADDING + column * (tileWidth + GAP), PADDING + row * rowHeight() - scroll, tileWidth,
                    TILE_HEIGHT);
        }
        pool.placed();
    }

    @Override
    protected double computePrefWidth(double height) {
        return 2 * PADDING + 3 * TILE_WIDTH + 2 * GAP;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 2 * PADDING + 4 * rowHeight();
    }

    /** For tests: the tile nodes made so far, on screen or waiting to be reused. */
    public int nodeCount() {
        return pool.size();
    }
}
