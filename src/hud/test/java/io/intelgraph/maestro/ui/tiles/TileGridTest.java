package io.intelgraph.maestro.ui.tiles;

import io.intelgraph.maestro.model.build.BuildState;
import io.intelgraph.maestro.model.build.Conclusion;
import io.intelgraph.maestro.model.build.RunStatus;
import io.intelgraph.maestro.model.build.WorkflowRun;
import io.intelgraph.maestro.store.BuildTile;
import io.intelgraph.maestro.store.TileKey;
import io.intelgraph.maestro.testing.OnFx;
import io.intelgraph.maestro.testing.Runs;
import io.intelgraph.maestro.ui.task.FxTaskExecutor;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The desktop grid on its own, headless, with an organisation's 2,000 builds: only what is on screen has nodes. */
class TileGridTest {

    private static final int BUILDS = 2_000;

    private Stage stage;
    private TileGrid grid;
    /** Real time: the spinners step on it. */
    private final FxTaskExecutor tasks = new FxTaskExecutor(1);

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void open() {
        grid = OnFx.read(() -> {
            TileGrid created = new TileGrid(t -> { }, new AnimationClock(() -> Runs.T0, tasks));
            stage = new Stage();
            stage.setScene(new Scene(created, 1100, 700));
            stage.show();
            return created;
        });
    }

    @AfterEach
    void close() {
        OnFx.read(() -> {
            stage.hide();
            return null;
        });
        tasks.close();
    }

    private static BuildTile tile(int n, RunStatus status, Conclusion conclusion) {
        WorkflowRun run = Runs.run(1_000_000 + n, "org/repo-" + n / 5, "branch-" + n % 5, "CI", status, conclusion, 0);
        return new BuildTile(new TileKey(run.repo(), run.headBranch()), Optional.empty(), run, List.of(run), List.of(run),
                run.state(), run.state(), Runs.T0, "");
    }

    private static List<BuildTile> passed() {
        List<BuildTile> tiles = new ArrayList<>();
        for (int n = 0; n < BUILDS; n++) {
            tiles.add(tile(n, RunStatus.COMPLETED, Conclusion.SUCCESS));
        }
        return tiles;
    }

    private void show(List<BuildTile> tiles) {
        OnFx.read(() -> {
            grid.show(tiles, Runs.T0, t -> TileExtras.NONE);
            grid.layout();
            return null;
        });
    }

    private static String word(TileView view) {
        return OnFx.read(() -> ((Label) view.lookup(".tile-state")).getText());
    }

    @Test
    void onlyTheRowsOnScreenHaveNodes() {
        show(passed());
        int onScreen = OnFx.read(() -> grid.shownTiles().size());
        int nodes = OnFx.read(grid::nodeCount);
        // 1,100 × 700: three columns, four rows and a part, and a spare row on each side.
        assertTrue(onScreen >= 12 && onScreen <= 24, onScreen + " on screen");
        assertEquals(onScreen, nodes, "a node per tile on screen, none for the other " + (BUILDS - onScreen));
        assertEquals(BUILDS, OnFx.read(grid::tileCount));
        assertEquals("org/repo-0", OnFx.tiles(grid).get(0).tile().repoName());
    }

    @Test
    void scrollingHandsTheSameNodesToTheTilesScrolledTo() {
        List<BuildTile> tiles = passed();
        show(tiles);
        int nodes = OnFx.read(grid::nodeCount);
        List<TileView> before = OnFx.tiles(grid);
        TileView last = OnFx.scrollTo(grid, tiles.get(BUILDS - 1).key());
        assertEquals(tiles.get(BUILDS - 1), OnFx.read(last::tile));
        assertEquals(nodes, OnFx.read(grid::nodeCount), "no node made for scrolling");
        assertTrue(before.contains(last), "the last tile is drawn by a node the first rows had");
        OnFx.scrollTo(grid, tiles.get(0).key());
        assertEquals(tiles.get(0), OnFx.tiles(grid).get(0).tile());
    }

    @Test
    void filteringLeavesOnlyWhatMatchesOnScreen() {
        List<BuildTile> tiles = passed();
        show(tiles);
        int nodes = OnFx.read(grid::nodeCount);
        List<BuildTile> repo7 = tiles.subList(35, 40);
        show(repo7);
        assertEquals(repo7, OnFx.tiles(grid).stream().map(TileView::tile).toList());
        assertEquals(nodes, OnFx.read(grid::nodeCount), "the other nodes wait, hidden, to be reused");
        assertEquals(repo7.size(), OnFx.read(() -> grid.lookupAll(".build-tile").stream().filter(Node::isVisible).count())
                .intValue());
        show(tiles);
        assertEquals(tiles.get(0), OnFx.tiles(grid).get(0).tile());
    }

    @Test
    void aTileThatChangesOffScreenIsNotAnimatedAndShowsItsNewStateWhenScrolledTo() {
        List<BuildTile> tiles = passed();
        show(tiles);
        AnimationClock clock = grid.clock();
        assertFalse(OnFx.read(clock::running), "nothing moves: the clock is stopped");
        List<BuildTile> changed = new ArrayList<>(tiles);
        changed.set(1_500, tile(1_500, RunStatus.COMPLETED, Conclusion.FAILURE));
        show(changed);
        assertFalse(OnFx.read(clock::running), "no pulse for a tile nobody sees");
        TileView view = OnFx.scrollTo(grid, changed.get(1_500).key());
        assertEquals(BuildState.FAILED.word(), word(view));
        assertTrue(OnFx.read(() -> view.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("failed"))));
        assertFalse(OnFx.read(clock::running), "a tile scrolled to shows its state as it is, without a pulse");

        // The same change on screen pulses.
        List<BuildTile> again = new ArrayList<>(changed);
        again.set(1_500, tile(1_500, RunStatus.COMPLETED, Conclusion.SUCCESS));
        show(again);
        assertTrue(OnFx.read(clock::running), "a change on screen pulses");
    }

    @Test
    void theClockRunsOnlyWhileSomethingOnScreenMoves() throws Exception {
        List<BuildTile> tiles = passed();
        tiles.set(1, tile(1, RunStatus.IN_PROGRESS, Conclusion.NONE));
        show(tiles);
        AnimationClock clock = grid.clock();
        assertTrue(OnFx.read(clock::running), "a running build on screen spins");
        OnFx.read(() -> {
            clock.setShowing(false);
            return null;
        });
        assertFalse(OnFx.read(clock::running), "nothing moves in a hidden view");
        OnFx.read(() -> {
            clock.setShowing(true);
            return null;
        });
        TileView running = OnFx.tiles(grid).get(1);
        assertEquals(BuildState.RUNNING, OnFx.read(running::tile).state());
        // Three different angles: it turns. Sampled for up to 5 s, not a fixed 0.5 s: under a busy suite on two cores
        // the clock's 8 steps a second can come late (seen once: [0.0, 330.0] in 0.5 s).
        Set<Double> angles = new HashSet<>();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (angles.size() <= 2 && System.nanoTime() < until) {
            Thread.sleep(60);
            angles.add(OnFx.read(() -> running.lookup(".status-glyph").getParent().getRotate()));
        }
        assertTrue(angles.size() > 2, "the spinner turned: " + angles);

        OnFx.read(() -> {
            clock.setReducedMotion(true);
            return null;
        });
        Thread.sleep(400);
        assertEquals(0, OnFx.read(() -> running.lookup(".status-glyph").getParent().getRotate()), "no spinning");
        // Scrolled off, it stops everything.
        OnFx.scrollTo(grid, tiles.get(BUILDS - 1).key());
        assertFalse(OnFx.read(clock::running), "nothing on screen moves, so the clock stopped");
    }
}
