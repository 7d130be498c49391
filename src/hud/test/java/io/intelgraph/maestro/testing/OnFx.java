package io.intelgraph.maestro.testing;

import io.intelgraph.maestro.store.TileKey;
import io.intelgraph.maestro.ui.tiles.TileGrid;
import io.intelgraph.maestro.ui.tiles.TileView;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Reads live nodes on the FX thread, so a test never races the window it inspects. */
public final class OnFx {

    private OnFx() {
    }

    public static <T> T read(Supplier<T> reader) {
        try {
            return WaitForAsyncUtils.asyncFx(reader::get).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The tiles on screen (the grid is virtualised: those only), in their order. */
    public static List<TileView> tiles(TileGrid grid) {
        return read(grid::shownTiles);
    }

    /** Scrolls the grid to {@code key}'s tile and returns it. */
    public static TileView scrollTo(TileGrid grid, TileKey key) {
        return read(() -> {
            grid.scrollTo(key);
            return grid.shownTiles().stream().filter(t -> t.tile().key().equals(key)).findFirst().orElseThrow();
        });
    }

    /** Waits (up to 20 s, the simulated cluster's slowest step) for a condition, then for the FX queue to drain. */
    public static void await(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The first tile on screen that shows a pull request, once the poller has delivered one. */
    public static TileView awaitFirstPullRequestTile(TileGrid grid) throws TimeoutException {
        await(() -> tiles(grid).stream().anyMatch(t -> t.tile().pullRequest().isPresent()));
        return tiles(grid).stream().filter(t -> t.tile().pullRequest().isPresent()).findFirst().orElseThrow();
    }
}
