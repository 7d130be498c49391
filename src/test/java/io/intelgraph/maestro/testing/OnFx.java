package io.intelgraph.maestro.testing;

import io.intelgraph.maestro.ui.tiles.TileView;
import javafx.scene.layout.TilePane;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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

    /** The tiles of the grid in their order on screen. */
    public static List<TileView> tiles(TilePane grid) {
        return read(() -> grid.getChildren().stream().map(TileView.class::cast).toList());
    }
}
