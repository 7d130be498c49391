package io.intelgraph.maestro.ui.wall;

import io.intelgraph.maestro.store.BuildTile;
import io.intelgraph.maestro.ui.task.BackgroundTask;
import io.intelgraph.maestro.ui.task.TaskExecutor;
import io.intelgraph.maestro.ui.tiles.AnimationClock;
import io.intelgraph.maestro.ui.tiles.TileExtras;
import io.intelgraph.maestro.ui.tiles.TilePool;
import io.intelgraph.maestro.ui.tiles.TileView;
import io.intelgraph.maestro.ui.tiles.TileView.Density;
import io.intelgraph.maestro.ui.wall.WallLayout.Attention;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The wall: the whole organisation on one screen. At the top, in words, what needs attention; then
 * those builds as tiles, worst first — problems as large tiles, builds under way as compact ones —
 * with repository names at least 28 px on a 1080p screen (type scales with the screen: 56 px at
 * 2160p); at the bottom every repository's branches as a mosaic. Only when the attention tiles
 * alone do not fit does the wall page through them, every {@value #PAGE_SECONDS} s; the mosaic
 * stays. A build keeps its place on the page while it stays on it ({@link PagePlaces}). Tiles are
 * reused by branch, and moved by one {@link AnimationClock}.
 */
public final class WallView extends Region {

    static final int PAGE_SECONDS = 12;
    /** At 1080p: the type's base size, a tile's least width, and the two tile heights. */
    private static final double FONT = 20;
    private static final double MIN_TILE_WIDTH = 360;
    /** State, repository, branch and one line of badges (CRIT, tests failed, signature, advice: why it is a problem). */
    private static final double PROBLEM_HEIGHT = 136;
    private static final double ACTIVE_HEIGHT = 98;
    private static final double GAP = 10;
    private static final double PADDING = 14;
    /** The most of the height the mosaic takes before its marks shrink. */
    private static final double MOSAIC_SHARE = 0.3;

    private final AnimationClock clock;
    private final Label summary = new Label();
    private final Pane tiles = new Pane();
    private final MosaicView mosaic = new MosaicView();
    private final TilePool pool;
    private final PagePlaces places = new PagePlaces();
    private final ReadOnlyStringWrapper pageText = new ReadOnlyStringWrapper("");
    /** Turns pages: a task scheduled off the FX thread, not an animation, which would pulse the window 60 times a second. */
    private final TaskExecutor tasks;
    private TaskExecutor.Cancellable pageTurn = TaskExecutor.Cancellable.NONE;
    private WallLayout layout = WallLayout.EMPTY;
    private Function<BuildTile, TileExtras> extras = t -> TileExtras.NONE;
    private Instant now = Instant.EPOCH;
    private double scale = -1;
    private int page;
    private int pages = 1;
    private boolean showing;

    public WallView(AnimationClock clock, TaskExecutor tasks) {
        this.clock = clock;
        this.tasks = tasks;
        this.pool = new TilePool(tiles, clock, t -> { });
        getStyleClass().add("wall-view");
        setId("wall-view");
        summary.getStyleClass().add("wall-summary");
        summary.setId("wall-summary");
        summary.setManaged(false);
        tiles.setManaged(false);
        mosaic.setManaged(false);
        getChildren().addAll(summary, tiles, mosaic);
    }

    /** Shows {@code next}; the tiles on screen are updated in place when the pulse lays them out. */
    public void show(WallLayout next, Instant at, Function<BuildTile, TileExtras> extrasOf) {
        layout = next;
        now = at;
        extras = extrasOf;
        summary.setText(summaryWords(next.counts()));
        mosaic.show(next.mosaic(), next.counts(), Math.max(0.5, scale));
        requestLayout();
    }

    /** Whether the wall is the view shown: its clock and its paging run only then. */
    public void setShowing(boolean on) {
        showing = on;
        clock.setShowing(on);
        followPaging();
    }

    /** "Page 2 of 5" while the attention tiles take more than one screen, else empty. */
    public ReadOnlyStringProperty pageTextProperty() {
        return pageText.getReadOnlyProperty();
    }

    /** The tiles on screen in the order shown (tests). */
    public List<TileView> shownTiles() {
        return tiles.getChildren().stream().map(TileView.class::cast).filter(TileView::isVisible)
                .sorted((a, b) -> Double.compare(a.getLayoutY() * 10_000 + a.getLayoutX(), b.getLayoutY() * 10_000 + b.getLayoutX()))
                .toList();
    }

    /** What the wall shows now (tests). */
    public WallLayout layoutShown() {
        return layout;
    }

    /** The clock of the wall's tiles. */
    public AnimationClock clock() {
        return clock;
    }

    /** The mosaic (tests). */
    MosaicView mosaic() {
        return mosaic;
    }

    int pages() {
        return pages;
    }

    void nextPage() {
        page = (page + 1) % Math.max(1, pages);
        requestLayout();
    }

    /** "✕ 201 failing   ▲ 12 action required   ⟳ 100 running   ‖ 3 waiting   ◷ 9 queued", or all is well. */
    static String summaryWords(WallLayout.Counts counts) {
        List<String> parts = new ArrayList<>();
        for (Concern concern : Concern.values()) {
            int n = counts.concerns().getOrDefault(concern, 0);
            if (n > 0) {
                parts.add(symbol(concern) + " " + String.format("%,d", n) + " " + concern.words());
            }
        }
        return parts.isEmpty() ? "✓ Nothing needs attention" : String.join("   ", parts);
    }

    private static String symbol(Concern concern) {
        return switch (concern) {
            case FAILED -> "✕";
            case ACTION_REQUIRED -> "▲";
            case BLOCKED_BY_POLICY -> "⊘";
            case CRITICAL_VULNERABILITIES -> "◆";
            case RUNNING -> "⟳";
            case WAITING -> "‖"; // not ⏸: no font of a stock Linux install has it (a box on the wall under Xvfb)
            case QUEUED -> "◷";
        };
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth();
        double height = getHeight();
        // Type for across the room: the base size at 1080p, scaled with the screen.
        double nextScale = getScene() == null ? 1 : Math.max(0.5, getScene().getHeight() / 1080);
        if (nextScale != scale) {
            scale = nextScale;
            setStyle(String.format("-fx-font-size: %.1fpx;", FONT * scale));
            applyCss();
            mosaic.show(layout.mosaic(), layout.counts(), scale);
        }
        double pad = PADDING * scale;
        double gap = GAP * scale;
        double summaryHeight = summary.prefHeight(width - 2 * pad);
        summary.resizeRelocate(pad, pad / 2, width - 2 * pad, summaryHeight);
        double mosaicHeight = Math.min(mosaic.heightFor(width - 2 * pad, height * MOSAIC_SHARE), height * MOSAIC_SHARE);
        mosaic.resizeRelocate(pad, height - mosaicHeight - pad / 2, width - 2 * pad, mosaicHeight);
        double top = pad / 2 + summaryHeight + gap;
        double area = height - mosaicHeight - pad - top - gap;
        tiles.resizeRelocate(0, top, width, Math.max(0, area));
        placeTiles(width, Math.max(0, area), pad, gap);
    }

    /** Pages the attention tiles into the area, problems first, and shows the current page. */
    private void placeTiles(double width, double area, double pad, double gap) {
        int columns = Math.max(1, (int) ((width - 2 * pad + gap) / (MIN_TILE_WIDTH * scale + gap)));
        double tileWidth = Math.floor((width - 2 * pad - gap * (columns - 1)) / columns);
        List<List<Placed>> paged = new ArrayList<>();
        List<Placed> current = new ArrayList<>();
        double y = 0;
        int column = 0;
        boolean problems = true;
        double rowHeight = PROBLEM_HEIGHT * scale;
        for (Attention attention : layout.attention()) {
            boolean problem = attention.concern().problem();
            if (problems && !problem) {
                // Builds under way start a row of their own, in compact tiles.
                problems = false;
                if (column > 0) {
                    y += rowHeight + gap;
                    column = 0;
                }
                rowHeight = ACTIVE_HEIGHT * scale;
            }
            if (y + rowHeight > area && !current.isEmpty()) {
                paged.add(current);
                current = new ArrayList<>();
                y = 0;
                column = 0;
            }
            current.add(new Placed(attention, pad + column * (tileWidth + gap), y, rowHeight));
            if (++column == columns) {
                column = 0;
                y += rowHeight + gap;
            }
        }
        if (!current.isEmpty()) {
            paged.add(current);
        }
        pages = Math.max(1, paged.size());
        page = page % pages;
        pageText.set(pages > 1 ? "Page " + (page + 1) + " of " + pages : "");
        followPaging();
        show(keepPlaces(paged.isEmpty() ? List.of() : paged.get(page), new PageGeometry(page, columns, tileWidth)), tileWidth);
    }

    /** What a place on the page means on screen: the same page at the same size keeps its builds' places. */
    private record PageGeometry(int page, int columns, double tileWidth) {
    }

    /** The page's places (in the wall's order) given to its builds so that a build still on it keeps its place. */
    private List<Placed> keepPlaces(List<Placed> inOrder, PageGeometry geometry) {
        List<Attention> arranged = places.arrange(inOrder.stream().map(Placed::attention).toList(), geometry);
        List<Placed> placed = new ArrayList<>(inOrder.size());
        for (int i = 0; i < inOrder.size(); i++) {
            Placed place = inOrder.get(i);
            placed.add(new Placed(arranged.get(i), place.x(), place.y(), place.height()));
        }
        return placed;
    }

    private record Placed(Attention attention, double x, double y, double height) {
    }

    /** Gives the page's builds a tile each, keeping the tiles of branches still shown. */
    private void show(List<Placed> placed, double tileWidth) {
        pool.keepOnly(placed.stream().map(p -> p.attention().tile().key()).toList());
        for (Placed p : placed) {
            BuildTile tile = p.attention().tile();
            TileView view = pool.show(tile, extras.apply(tile), now);
            view.setDensity(p.attention().concern().problem() ? Density.WALL : Density.COMPACT);
            view.setFocusTraversable(false);
            view.resizeRelocate(p.x(), p.y(), tileWidth, p.height());
        }
        pool.placed();
    }

    private void followPaging() {
        boolean paging = showing && pages > 1;
        if (paging && pageTurn == TaskExecutor.Cancellable.NONE) {
            pageTurn = tasks.schedule(Duration.ofSeconds(PAGE_SECONDS), BackgroundTask.of("wall page", () -> { })
                    .onSuccess(done -> {
                        pageTurn = TaskExecutor.Cancellable.NONE;
                        nextPage();
                        followPaging();
                    }));
        } else if (!paging) {
            pageTurn.cancel();
            pageTurn = TaskExecutor.Cancellable.NONE;
        }
    }
}
