package io.intelgraph.maestro.ui.wall;

import io.intelgraph.maestro.model.build.BuildState;
import io.intelgraph.maestro.model.build.Conclusion;
import io.intelgraph.maestro.model.build.RunStatus;
import io.intelgraph.maestro.model.build.WorkflowRun;
import io.intelgraph.maestro.model.evidence.SignatureState;
import io.intelgraph.maestro.model.evidence.EvidenceSummary;
import io.intelgraph.maestro.model.distill.Recommendation;
import io.intelgraph.maestro.model.distill.BranchRecommendation;
import io.intelgraph.maestro.store.BuildTile;
import io.intelgraph.maestro.store.TileKey;
import io.intelgraph.maestro.testing.OnFx;
import io.intelgraph.maestro.testing.Runs;
import io.intelgraph.maestro.ui.HudWindow;
import io.intelgraph.maestro.ui.task.CurrentThreadTaskExecutor;
import io.intelgraph.maestro.ui.tiles.AnimationClock;
import io.intelgraph.maestro.ui.tiles.TileExtras;
import io.intelgraph.maestro.ui.tiles.TileView;
import atlantafx.base.theme.PrimerDark;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The wall on a 1080p screen, headless: attention first, the mosaic's words match the builds, paging only on overflow. */
class WallViewTest {

    private WallView wall;
    private final CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void open() {
        wall = OnFx.read(() -> {
            Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet());
            WallView created = new WallView(new AnimationClock(() -> Runs.T0, tasks), tasks);
            // Inside the window's root, whose style class defines the state colours.
            StackPane root = new StackPane(created);
            root.getStyleClass().add("hud-root");
            // A 1080p scene, laid out but not shown: the headless screen is smaller than 1080p.
            Scene scene = new Scene(root, 1920, 1080);
            scene.getStylesheets().add(HudWindow.class.getResource("hud.css").toExternalForm());
            return created;
        });
    }

    private static BuildTile tile(int n, RunStatus status, Conclusion conclusion) {
        WorkflowRun run = Runs.run(2_000_000 + n, "org/service-" + n / 5, "branch-" + n % 5, "CI", status, conclusion, n % 60);
        return new BuildTile(new TileKey(run.repo(), run.headBranch()), Optional.empty(), run, List.of(run), List.of(run),
                run.state(), run.state(), Runs.T0, "");
    }

    /** 2,000 builds: {@code failing} failed, then 10 running, 30 cancelled, the rest passed. */
    private static List<BuildTile> organisation(int failing) {
        List<BuildTile> tiles = new ArrayList<>();
        for (int n = 0; n < 2_000; n++) {
            tiles.add(n < failing ? tile(n, RunStatus.COMPLETED, Conclusion.FAILURE)
                    : n < failing + 10 ? tile(n, RunStatus.IN_PROGRESS, Conclusion.NONE)
                    : n < failing + 40 ? tile(n, RunStatus.COMPLETED, Conclusion.CANCELLED)
                    : tile(n, RunStatus.COMPLETED, Conclusion.SUCCESS));
        }
        return tiles;
    }

    private WallLayout show(List<BuildTile> tiles) {
        return show(tiles, t -> TileExtras.NONE);
    }

    private WallLayout show(List<BuildTile> tiles, Function<BuildTile, TileExtras> extras) {
        WallLayout layout = WallLayout.of(null, tiles);
        OnFx.read(() -> {
            wall.show(layout, Runs.T0, extras);
            wall.getScene().getRoot().applyCss();
            wall.getScene().getRoot().layout();
            return null;
        });
        return layout;
    }

    @Test
    void problemsFirstAsLargeTilesThenBuildsUnderWayAsCompactOnesAndNoHealthyBuildAsATile() {
        show(organisation(12));
        List<TileView> shown = OnFx.read(wall::shownTiles);
        assertEquals(22, shown.size(), "12 failing and 10 running fit one 1080p screen");
        assertTrue(shown.subList(0, 12).stream().allMatch(t -> t.tile().state() == BuildState.FAILED));
        assertTrue(shown.subList(12, 22).stream().allMatch(t -> t.tile().state() == BuildState.RUNNING));
        double problem = OnFx.read(() -> shown.get(0).getHeight());
        double active = OnFx.read(() -> shown.get(12).getHeight());
        assertTrue(problem > active, "largest first: " + problem + " then " + active);
        assertEquals("", OnFx.read(() -> wall.pageTextProperty().get()), "no paging when everything fits");
        assertEquals("✕ 12 failing   ⟳ 10 running", OnFx.read(() -> ((Label) wall.lookup("#wall-summary")).getText()));
    }

    @Test
    void repositoryNamesOnAttentionTilesAreAtLeast28PxAt1080p() {
        show(organisation(12));
        List<Double> sizes = OnFx.read(() -> wall.lookupAll(".tile-repo").stream().filter(Node::isVisible)
                .map(n -> ((Label) n).getFont().getSize()).toList());
        assertEquals(22, sizes.size());
        assertTrue(sizes.stream().allMatch(s -> s >= 28), "repository names: " + sizes);
    }

    @Test
    void theMosaicsWordsAndMarksMatchTheBuilds() {
        List<BuildTile> tiles = organisation(12);
        WallLayout layout = show(tiles);
        Map<BuildState, Integer> expected = new EnumMap<>(BuildState.class);
        tiles.forEach(t -> expected.merge(t.state(), 1, Integer::sum));
        assertEquals(String.format("✓ 1,978 of 2,000 builds healthy in 400 repositories: %,d passed · %d cancelled",
                expected.get(BuildState.PASSED), expected.get(BuildState.CANCELLED)),
                OnFx.read(() -> ((Label) wall.lookup("#wall-mosaic-heading")).getText()));
        Map<String, Integer> drawn = OnFx.read(() -> wall.mosaic().drawnKinds());
        assertEquals(Map.of("passed", expected.get(BuildState.PASSED), "muted", expected.get(BuildState.CANCELLED),
                "failed-outline", 12, "running-outline", 10), drawn, "one mark per build, attention ones outlined");
        assertEquals(layout.counts().total(), drawn.values().stream().mapToInt(Integer::intValue).sum());

        // A state change redraws that mark and the words: the counts follow the builds.
        List<BuildTile> changed = new ArrayList<>(tiles);
        changed.set(1_999, tile(1_999, RunStatus.COMPLETED, Conclusion.FAILURE));
        show(changed);
        assertEquals(13, OnFx.read(() -> wall.mosaic().drawnKinds()).get("failed-outline"));
        assertTrue(OnFx.read(() -> ((Label) wall.lookup("#wall-mosaic-heading")).getText()).startsWith("✓ 1,977 of 2,000"));
        assertEveryMarkPaintedAsItsKind();
    }

    /**
     * From the pixels: each of the 2,000 marks shows its kind's colour where its shape is — the mosaic is
     * drawn on many canvas cells, and a mark on a cell's edge must be whole, a changed mark redrawn.
     */
    private void assertEveryMarkPaintedAsItsKind() {
        List<String> wrong = OnFx.read(() -> {
            MosaicView mosaic = wall.mosaic();
            WritableImage image = mosaic.snapshot(null, null);
            List<String> out = new ArrayList<>();
            for (MosaicView.MarkPoint point : mosaic.markPoints()) {
                Color expected = (Color) point.paint();
                Color seen = image.getPixelReader().getColor((int) point.x(), (int) point.y());
                if (Math.abs(seen.getRed() - expected.getRed()) + Math.abs(seen.getGreen() - expected.getGreen())
                        + Math.abs(seen.getBlue() - expected.getBlue()) > 0.25) {
                    out.add(String.format("(%.0f, %.0f) %s, not %s", point.x(), point.y(), seen, expected));
                }
            }
            return out;
        });
        assertEquals(List.of(), wrong.stream().limit(5).toList(), wrong.size() + " marks not painted as their kind");
    }

    @Test
    void itPagesOnlyWhenTheAttentionTilesAloneOverflow() {
        show(organisation(300));
        assertTrue(OnFx.read(wall::pages) > 1);
        assertEquals("Page 1 of " + OnFx.read(wall::pages), OnFx.read(() -> wall.pageTextProperty().get()));
        List<TileKey> first = OnFx.read(() -> wall.shownTiles().stream().map(t -> t.tile().key()).toList());
        assertTrue(first.size() >= 20, first.size() + " tiles on a page");
        // The page turns when its time is up (a scheduled task; here run by hand).
        OnFx.read(() -> {
            wall.setShowing(true);
            tasks.runScheduled();
            wall.getScene().getRoot().layout();
            return null;
        });
        List<TileKey> second = OnFx.read(() -> wall.shownTiles().stream().map(t -> t.tile().key()).toList());
        assertTrue(second.stream().noneMatch(first::contains), "the next page shows the next builds");
        assertEquals("Page 2 of " + OnFx.read(wall::pages), OnFx.read(() -> wall.pageTextProperty().get()));
    }

    @Test
    void aRetriedBuildUnderWayKeepsItsStateWordAndElapsedTimeWholeOnACompactTile() {
        WorkflowRun retried = Runs.run(3_000_000, "org/loyalty-dashboard", "main", "CI", RunStatus.IN_PROGRESS, Conclusion.NONE,
                1, 2, "alice");
        WorkflowRun failedAgain = Runs.run(3_000_001, "org/payroll-api", "main", "CI", RunStatus.COMPLETED, Conclusion.FAILURE,
                1, 2, "alice");
        List<BuildTile> tiles = new ArrayList<>(organisation(0));
        for (WorkflowRun run : List.of(retried, failedAgain)) {
            tiles.add(new BuildTile(new TileKey(run.repo(), run.headBranch()), Optional.empty(), run, List.of(run),
                    List.of(run), run.state(), run.state(), Runs.T0, ""));
        }
        show(tiles);
        Map<String, List<String>> words = OnFx.read(() -> {
            Map<String, List<String>> byRepo = new HashMap<>();
            for (TileView view : wall.shownTiles()) {
                byRepo.put(view.tile().key().repo().name(), List.of(shownText(view, ".tile-state"), shownText(view, ".tile-elapsed")));
            }
            return byRepo;
        });
        assertEquals("RUNNING", words.get("loyalty-dashboard").get(0), "a compact tile leaves the attempt out");
        assertTrue(!words.get("loyalty-dashboard").get(1).contains("..."), "elapsed time whole: " + words);
        assertEquals("FAILED · try 2", words.get("payroll-api").get(0), "a problem's tile still says which attempt failed");
    }

    @Test
    void aStaleTileKeepsItsWordsInsideItself() {
        List<BuildTile> tiles = new ArrayList<>();
        for (BuildTile tile : organisation(12)) {
            tiles.add(new BuildTile(tile.key(), tile.pullRequest(), tile.headline(), tile.latestPerWorkflow(), tile.history(),
                    tile.state(), tile.previousState(), tile.stateChangedAt(), "GitHub rate limit used up (0 of 5000 left)"));
        }
        show(tiles);
        List<String> overflowing = OnFx.read(() -> {
            List<String> out = new ArrayList<>();
            for (TileView view : wall.shownTiles()) {
                Node banner = view.lookup(".tile-stale-banner");
                double bottom = view.sceneToLocal(banner.localToScene(banner.getLayoutBounds())).getMaxY();
                if (!banner.isVisible() || bottom > view.getHeight()) {
                    out.add(view.tile().key() + " " + view.tile().state() + ": banner to " + bottom + " of " + view.getHeight());
                }
            }
            return out;
        });
        assertEquals(22, OnFx.read(wall::shownTiles).size());
        assertEquals(List.of(), overflowing, "the STALE banner shows, inside its tile");
    }

    /**
     * Seen under Xvfb on the simulated plane: a problem tile with every badge wrapped them to a second
     * row, which ran into the tile below and pushed the tile's own state word up. A wall tile shows the
     * badges that fit on one row, and nothing it draws leaves it.
     */
    @Test
    void aProblemTileWithEveryBadgeKeepsThemInsideItselfAndItsStateWordAtTheTop() {
        show(organisation(12), tile -> new TileExtras(Optional.empty(), Optional.of(new EvidenceSummary(tile.headline().id(),
                2, 0, 0, 0, 4, 6, 0, 0, true, SignatureState.UNVERIFIED)), Optional.of(new BranchRecommendation(
                tile.key().branch(), Recommendation.values()[0], 0.58, Recommendation.values()[0], Map.of(), Map.of()))));
        List<String> wrong = OnFx.read(() -> {
            List<String> out = new ArrayList<>();
            for (TileView view : wall.shownTiles()) {
                if (!view.tile().state().equals(BuildState.FAILED)) {
                    continue;
                }
                Node word = view.lookup(".tile-state");
                double wordTop = view.sceneToLocal(word.localToScene(word.getLayoutBounds())).getMinY();
                if (wordTop < 0 || wordTop > view.getHeight() / 3) {
                    out.add(view.tile().key() + ": state word at " + wordTop);
                }
                Node badges = view.lookup(".tile-badges");
                Bounds shown = view.sceneToLocal(badges.localToScene(badges.getClip() == null
                        ? badges.getLayoutBounds() : badges.getClip().getBoundsInParent()));
                if (!badges.isVisible() || shown.getMaxY() > view.getHeight() || shown.getMinY() < 0) {
                    out.add(view.tile().key() + ": badges from " + shown.getMinY() + " to " + shown.getMaxY() + " of " + view.getHeight());
                }
            }
            return out;
        });
        assertEquals(List.of(), wrong);
    }

    /** What a label shows after layout (its text cut short with an ellipsis if it did not fit). */
    private static String shownText(TileView view, String selector) {
        Label label = (Label) view.lookup(selector);
        return label.getChildrenUnmodifiable().stream().filter(n -> n instanceof Text)
                .map(n -> ((Text) n).getText()).findFirst().orElse(label.getText());
    }
}
