package io.intelgraph.maestro.ui;

import io.intelgraph.maestro.distill.BuiltInTeachers;
import io.intelgraph.maestro.distill.DistillEngine;
import io.intelgraph.maestro.distill.DistillFeed;
import io.intelgraph.maestro.github.GitHubPoller;
import io.intelgraph.maestro.github.PollPlanner;
import io.intelgraph.maestro.github.PollTargets;
import io.intelgraph.maestro.model.build.BuildState;
import io.intelgraph.maestro.model.build.Conclusion;
import io.intelgraph.maestro.model.build.RunStatus;
import io.intelgraph.maestro.model.evidence.Finding;
import io.intelgraph.maestro.model.evidence.SbomComponent;
import io.intelgraph.maestro.model.evidence.TestCaseResult;
import io.intelgraph.maestro.sim.SimFault;
import io.intelgraph.maestro.store.BuildPlane;
import io.intelgraph.maestro.store.SourceHealth;
import io.intelgraph.maestro.store.TileSort;
import io.intelgraph.maestro.supplychain.EvidenceCollector;
import io.intelgraph.maestro.supplychain.EvidenceFeed;
import io.intelgraph.maestro.testing.OnFx;
import io.intelgraph.maestro.testing.Runs;
import io.intelgraph.maestro.testing.SimHarness;
import io.intelgraph.maestro.ui.style.States;
import io.intelgraph.maestro.ui.tiles.TileGrid;
import io.intelgraph.maestro.ui.tiles.TileView;
import io.intelgraph.maestro.ui.wall.WallView;
import io.intelgraph.maestro.userstate.UserStateStore;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.robot.Motion;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The HUD window, headless (Monocle), on the simulated build plane through the real client. */
@ExtendWith(ApplicationExtension.class)
class HudWindowTest {

    private SimHarness sim;
    private BuildPlane plane;
    private GitHubPoller poller;
    private ScheduledExecutorService executor;
    private HudComposition hud;
    private HudWindow window;
    private Path configDir;

    @Start
    void start(Stage stage) throws Exception {
        sim = new SimHarness(42);
        plane = new BuildPlane(sim.clock, SourceHealth.connecting("SIMULATED build plane (test)", true));
        executor = Executors.newSingleThreadScheduledExecutor();
        poller = new GitHubPoller(sim.client(), plane, new PollTargets(List.of("intelgraph-sim"), List.of()),
                PollPlanner.defaults(), executor, Clock.systemUTC(), 50, 1);
        poller.syncOnce();
        configDir = Files.createTempDirectory("hud-ui");
        hud = HudComposition.create(new HudContext(plane, sim.client(), () -> poller.syncOnce(), new UserStateStore(configDir),
                false, true));
        window = hud.window();
        window.show(stage);
    }

    @AfterEach
    void stop() {
        hud.close();
        executor.shutdownNow();
        sim.close();
    }

    private static void await(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static TileGrid grid(FxRobot robot) {
        return robot.lookup("#tile-grid").queryAs(TileGrid.class);
    }

    /** The tiles on screen: the grid is virtualised, so only those have nodes. */
    private static List<TileView> tiles(FxRobot robot) {
        return OnFx.tiles(grid(robot));
    }

    @Test
    void theHeaderFitsALaptopScreenWithEveryButtonReadable(FxRobot robot) {
        HBox header = robot.lookup(".hud-header").queryAs(HBox.class);
        // Every button keeps its words (minimum = preferred width); only the source's name may shorten.
        double least = OnFx.read(() -> header.minWidth(-1));
        assertTrue(least <= 1366, "the header needs " + least + " px, more than a 1366 px laptop screen");
        robot.clickOn("#display-menu");
        robot.clickOn("Reduce motion");
        assertTrue(window.model().reducedMotionProperty().get(), "the Display menu's items change the model");
    }

    @Test
    void theSourcesNameCutToFitSaysTheRestOnHover(FxRobot robot) throws Exception {
        Label source = robot.lookup("#source-label").queryAs(Label.class);
        robot.interact(() -> {
            Stage stage = (Stage) source.getScene().getWindow();
            stage.setWidth(1100); // the header's least width, and the window on the screen, where a robot can point
            stage.setHeight(700);
        });
        await(() -> OnFx.read(() -> source.getText().startsWith("SIMULATED") && FullTextOnHover.isCut(source)));

        robot.moveTo(source);
        await(() -> OnFx.read(() -> FullTextOnHover.tooltip(source).isPresent()));
        assertEquals("SIMULATED build plane — not real builds", OnFx.read(() -> FullTextOnHover.tooltip(source).orElseThrow().getText()));
    }

    @Test
    void opensWithSimulatedTilesClearlyLabelled(FxRobot robot) throws Exception {
        await(() -> OnFx.read(() -> grid(robot).tileCount()) == plane.snapshot().tiles().size());
        assertTrue(OnFx.read(() -> grid(robot).tileCount()) > 60);
        // What waits for the first live tiles (the cluster, report downloads) is told once they are on screen.
        window.firstLiveTilesShown().get(10, TimeUnit.SECONDS);
        // Virtualised (this test used to count a node per tile): only the rows on screen have nodes.
        int nodes = OnFx.read(() -> grid(robot).nodeCount());
        assertTrue(nodes < 40 && nodes >= tiles(robot).size(), nodes + " tile nodes for " + tiles(robot).size() + " on screen");
        assertTrue(robot.lookup("#sim-badge").queryAs(Label.class).isVisible());
        assertEquals("SIMULATED DATA", robot.lookup("#sim-badge").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#freshness").queryAs(Label.class).getText().startsWith("● LIVE"));
        assertTrue(robot.lookup("#rate-limit").queryAs(Label.class).getText().startsWith("API budget"));
        // Failing first: the first tile is failed and says so in words, not only in colour.
        TileView first = tiles(robot).get(0);
        assertEquals(BuildState.FAILED, first.tile().state());
        assertTrue(robot.from(first).lookup(".tile-state").queryAs(Label.class).getText().startsWith("FAILED"));
        assertTrue(first.getPseudoClassStates().contains(States.FAILED), "styled as failed");
    }

    @Test
    void filteringNarrowsTheGridAndPersists(FxRobot robot) throws Exception {
        await(() -> !tiles(robot).isEmpty());
        robot.clickOn("#filter-text").write("api-gateway");
        await(() -> tiles(robot).stream().allMatch(t -> t.tile().repoName().equals("intelgraph-sim/api-gateway")));
        long expected = plane.snapshot().tiles().stream().filter(t -> t.repoName().contains("api-gateway")).count();
        assertEquals(expected, tiles(robot).size());
        // Written off the FX thread once the typing stops.
        Path saved = configDir.resolve("ui-state.json");
        await(() -> Files.exists(saved) && new UserStateStore(configDir).load().query().text().equals("api-gateway"));
        assertTrue(Files.readString(saved).contains("api-gateway"), "filters persist");
    }

    @Test
    void theStatesMenuTicksSeveralAndTheSortMenuOrders(FxRobot robot) throws Exception {
        await(() -> !tiles(robot).isEmpty());
        MenuButton states = robot.lookup("#filter-states").queryAs(MenuButton.class);
        assertEquals("States", states.getText(), "nothing ticked: every state shows");
        robot.clickOn(states);
        robot.clickOn("#filter-state-running");
        // The menu stays open for a second tick, and the whole row takes the click, not only the box and its word.
        robot.moveTo(robot.lookup("#filter-state-queued").queryAs(Node.class), Pos.CENTER_RIGHT, new Point2D(-12, 0),
                Motion.DIRECT).clickOn(MouseButton.PRIMARY);
        robot.type(KeyCode.ESCAPE);
        await(() -> window.model().queryProperty().get().states().equals(EnumSet.of(BuildState.RUNNING, BuildState.QUEUED)));
        await(() -> tiles(robot).stream().allMatch(t -> t.tile().state() == BuildState.RUNNING
                || t.tile().state() == BuildState.QUEUED));
        assertFalse(tiles(robot).isEmpty());
        assertEquals("States: RUNNING, QUEUED", states.getText());
        // From the keyboard: the first item (FAILED) is ticked with Enter.
        robot.clickOn(states);
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER).type(KeyCode.ESCAPE);
        await(() -> window.model().queryProperty().get().states().contains(BuildState.FAILED));
        assertEquals("States: 3", states.getText());

        MenuButton sort = robot.lookup("#filter-sort").queryAs(MenuButton.class);
        assertEquals("Failing first", sort.getText());
        robot.clickOn(sort);
        robot.clickOn("#filter-sort-name");
        await(() -> window.model().queryProperty().get().sort() == TileSort.NAME);
        assertEquals("Name", sort.getText());
        List<TileView> shown = tiles(robot);
        for (int i = 1; i < shown.size(); i++) {
            assertTrue(shown.get(i - 1).tile().key().compareTo(shown.get(i).tile().key()) <= 0, "by name, in order");
        }
    }

    @Test
    void clickingATileOpensItsJobsAndSteps(FxRobot robot) throws Exception {
        await(() -> !tiles(robot).isEmpty());
        TileView failing = tiles(robot).get(0);
        // The view is reused for its key and will show the new attempt: keep what it showed now.
        var before = failing.tile();
        robot.clickOn(failing);
        await(() -> robot.lookup("#job-tree").tryQuery().isPresent());
        assertTrue(OnFx.read(() -> failing.getPseudoClassStates().contains(States.SELECTED)), "the open tile is marked");
        @SuppressWarnings("unchecked")
        TreeView<String> jobs = robot.lookup("#job-tree").queryAs(TreeView.class);
        await(() -> OnFx.read(() -> !jobs.getRoot().getChildren().isEmpty()));
        assertTrue(jobs.getRoot().getChildren().stream().anyMatch(j -> j.getValue().contains("FAILED")),
                "the failed job is listed as FAILED");
        assertTrue(jobs.getRoot().getChildren().get(0).getChildren().stream()
                .anyMatch(s -> s.getValue().startsWith("1. Set up job")));
        // The token allows it (the simulator grants push) and the run completed: re-run is offered.
        await(() -> !robot.lookup("#rerun-all").queryAs(Button.class).isDisabled());
        assertFalse(robot.lookup("#rerun-failed").queryAs(Button.class).isDisabled());
        robot.clickOn("#rerun-failed");
        await(() -> plane.snapshot().tiles().stream().anyMatch(t -> t.key().equals(before.key())
                && t.headline().runAttempt() > before.headline().runAttempt()));
        robot.clickOn("#detail-close");
        await(() -> robot.lookup("#job-tree").tryQuery().isEmpty());
        assertFalse(OnFx.read(() -> failing.getPseudoClassStates().contains(States.SELECTED)));
    }

    /** A failed run's artifacts in the Tests, Scan and SBOM panels: Surefire + pytest, Trivy (alpine 3.9), CycloneDX. */
    @Test
    void aFailedRunsReportsInTheirPanels(FxRobot robot) throws Exception {
        await(() -> tiles(robot).stream().anyMatch(t -> t.tile().state() == BuildState.FAILED
                && t.tile().headline().status() == RunStatus.COMPLETED));
        TileView failed = tiles(robot).stream().filter(t -> t.tile().state() == BuildState.FAILED
                && t.tile().headline().status() == RunStatus.COMPLETED).findFirst().orElseThrow();
        robot.clickOn(failed);
        await(() -> robot.lookup("#detail-tabs").tryQuery().isPresent());
        TabPane tabs = robot.lookup("#detail-tabs").queryAs(TabPane.class);

        robot.interact(() -> tabs.getSelectionModel().select(1));
        Label totals = robot.lookup("#tests-totals").queryAs(Label.class);
        await(() -> OnFx.read(() -> totals.getText().startsWith("✕ 4 failed")));
        @SuppressWarnings("unchecked")
        ListView<TestCaseResult> cases =
                robot.lookup("#tests-cases").queryAs(ListView.class);
        assertEquals(6, OnFx.read(() -> cases.getItems().size()));
        assertTrue(OnFx.read(() -> robot.lookup("#tests-trace")
                .queryAs(TextArea.class).getText()).contains("java.lang.AssertionError"),
                "the first failure's trace is shown");
        Label history = robot.lookup("#tests-history").queryAs(Label.class);
        await(() -> OnFx.read(() -> history.getText().startsWith("History on this branch")));
        String historyLine = OnFx.read(history::getText);
        assertTrue(historyLine.startsWith("History on this branch, newest first: #" + failed.tile().headline().runNumber()
                + " ✕ FAILED"), historyLine);

        robot.interact(() -> tabs.getSelectionModel().select(2));
        @SuppressWarnings("unchecked")
        TableView<Finding> findings =
                robot.lookup("#scan-findings").queryAs(TableView.class);
        assertEquals("◆ CRITICAL 2", OnFx.read(() -> robot.lookup("#scan-toggle-critical")
                .queryAs(ToggleButton.class).getText()));
        assertEquals(6, OnFx.read(() -> findings.getItems().size()));
        robot.clickOn("#scan-toggle-medium");
        await(() -> OnFx.read(() -> findings.getItems().size() == 2));
        assertEquals("musl", OnFx.read(() -> findings.getItems().get(0).pkg()));

        robot.interact(() -> tabs.getSelectionModel().select(3));
        @SuppressWarnings("unchecked")
        TableView<SbomComponent> components =
                robot.lookup("#sbom-components").queryAs(TableView.class);
        assertEquals(62, OnFx.read(() -> components.getItems().size()));
        robot.clickOn("#sbom-search").write("bsd-3");
        await(() -> OnFx.read(() -> components.getItems().size() == 4));
    }

    /** After the evidence feed read a failed run, its tile carries the badges, by symbol and word. */
    @Test
    void aFailedTileShowsItsFindingsAndTests(FxRobot robot) throws Exception {
        var feed = new EvidenceFeed(plane,
                new EvidenceCollector(sim.client(), 64L << 20), Optional::empty,
                new EvidenceFeed.Budget(1, 0.5, Duration.ofSeconds(15)),
                executor, Clock.systemUTC());
        assertEquals(1, feed.round());
        long runId = plane.snapshot().evidence().keySet().iterator().next();
        var key = plane.snapshot().tiles().stream().filter(t -> t.headline().id() == runId).findFirst().orElseThrow().key();
        await(() -> window.model().visibleTiles().stream().anyMatch(t -> t.headline().id() == runId));
        TileView tile = OnFx.scrollTo(grid(robot), key);
        await(() -> OnFx.read(() -> robot.from(tile).lookup("#tile-findings")
                .queryAs(Label.class).getText().equals("◆ 2 CRIT")));
        assertEquals("✕ 4/6 failed", OnFx.read(() -> robot.from(tile)
                .lookup("#tile-tests").queryAs(Label.class).getText()));
        assertEquals("✗ UNVERIFIED", OnFx.read(() -> robot.from(tile)
                .lookup("#tile-signature").queryAs(Label.class).getText()));
    }

    /** After a round of the engine, tiles carry the recommendation and the Distillation tab explains it. */
    @Test
    void theEnginesRecommendationOnTilesAndInItsTab(FxRobot robot) throws Exception {
        new DistillFeed(plane, new DistillEngine(
                BuiltInTeachers.all(), 42), executor).round();
        assertEquals(plane.snapshot().tiles().size(), plane.snapshot().recommendations().size(), "every branch judged");
        // The advice badge joins a tile with its first recommendation.
        await(() -> tiles(robot).stream().allMatch(t -> OnFx.read(() -> robot.from(t).lookup("#tile-advice").tryQuery()
                .map(advice -> !((Label) advice).getText().isEmpty()).orElse(false))));
        TileView first = tiles(robot).get(0);
        var recommendation = plane.snapshot().recommendationOf(first.tile()).orElseThrow();
        String advice = OnFx.read(() -> robot.from(first).lookup("#tile-advice")
                .queryAs(Label.class).getText());
        assertTrue(advice.startsWith(recommendation.recommendation().symbol() + " " + recommendation.recommendation().word()), advice);
        robot.clickOn(first);
        await(() -> robot.lookup("#detail-tabs").tryQuery().isPresent());
        TabPane tabs = robot.lookup("#detail-tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(5));
        String text = OnFx.read(() -> robot.lookup("#distillation-text").queryAs(Label.class).getText());
        assertTrue(text.startsWith(recommendation.recommendation().symbol() + " "
                + recommendation.recommendation().word().toUpperCase(Locale.ROOT)), text);
        assertTrue(text.contains("teacher activations:") && text.contains("runners for this branch:"), text);
    }

    @Test
    void aStaleSourceIsShownAsStaleNotCurrent(FxRobot robot) throws Exception {
        await(() -> !tiles(robot).isEmpty());
        // Through the real path: the simulator answers 403 + Retry-After, the poller reports it.
        // Every request until cleared: the window's background readers (SLO marks, evidence) may ask first.
        sim.server.inject(SimFault.secondaryRateLimit("/repos/", 120, Integer.MAX_VALUE));
        assertFalse(poller.syncOnce().ok());
        await(() -> robot.lookup("#stale-banner").queryAs(Label.class).isVisible());
        String text = robot.lookup("#stale-banner").queryAs(Label.class).getText();
        assertTrue(text.startsWith("▲ STALE — GitHub secondary rate limit on GET /repos/intelgraph-sim/"), text);
        assertTrue(text.contains("waiting 120 s (Retry-After)"), text);
        assertTrue(text.contains("retrying"), text);
        await(() -> tiles(robot).stream().allMatch(t -> t.tile().stale()));
        Node banner = robot.from(tiles(robot).get(0)).lookup(".tile-stale-banner").query();
        assertTrue(banner.isVisible());
        assertTrue(((Label) banner).getText().startsWith("STALE — GitHub secondary rate limit"));
        assertEquals(BuildState.FAILED, tiles(robot).get(0).tile().state(), "the last known state stays, marked stale");

        // The source comes back: the banner goes, tiles are live again, the app never stopped.
        sim.server.clearFaults();
        assertTrue(poller.syncOnce().ok());
        await(() -> !robot.lookup("#stale-banner").queryAs(Label.class).isVisible());
        await(() -> tiles(robot).stream().noneMatch(t -> t.tile().stale()));
    }

    @Test
    void wallModeHidesControlsAndPutsFailuresFirst(FxRobot robot) throws Exception {
        await(() -> !tiles(robot).isEmpty());
        robot.interact(() -> window.model().updateQuery(q -> q.withSort(TileSort.NAME)));
        robot.clickOn("#wall-toggle");
        await(() -> !robot.lookup(".filter-bar").queryAs(Node.class).isVisible());
        assertEquals(TileSort.FAILING_FIRST, window.model().effectiveQuery().sort());
        WallView wall = robot.lookup("#wall-view").queryAs(WallView.class);
        await(() -> OnFx.read(() -> !wall.shownTiles().isEmpty()));
        TileView first = OnFx.read(() -> wall.shownTiles().get(0));
        assertEquals(BuildState.FAILED, OnFx.read(first::tile).state(), "attention first, failing first");
        double tileWidth = OnFx.read(first::getWidth);
        assertTrue(tileWidth >= 300, "wall tiles stay large: " + tileWidth);
        int builds = plane.snapshot().tiles().size();
        String mosaic = OnFx.read(() -> robot.lookup("#wall-mosaic-heading").queryAs(Label.class).getText());
        assertTrue(mosaic.contains(" of " + builds + " builds healthy"), "every build in the mosaic: " + mosaic);
        robot.interact(() -> window.model().setWallMode(false));
        await(() -> robot.lookup(".filter-bar").queryAs(Node.class).isVisible());
        await(() -> !tiles(robot).isEmpty());
    }

    @Test
    void aBurstOfAThousandEventsIsCoalesced(FxRobot robot) throws Exception {
        await(() -> !tiles(robot).isEmpty());
        long deliveredBefore = window.pump().delivered();
        Thread producer = new Thread(() -> {
            for (int i = 0; i < 1000; i++) {
                plane.putRun(Runs.run(9_000_000 + i, "burst/repo", "branch-" + (i % 40), "CI",
                        i % 7 == 0 ? RunStatus.IN_PROGRESS : RunStatus.COMPLETED,
                        i % 7 == 0 ? Conclusion.NONE : i % 5 == 0 ? Conclusion.FAILURE : Conclusion.SUCCESS, i % 50));
            }
        });
        producer.start();
        producer.join();
        await(() -> window.model().visibleTiles().stream().filter(t -> t.repoName().equals("burst/repo")).count() == 40);
        long delivered = window.pump().delivered() - deliveredBefore;
        assertTrue(delivered < 1000, "FX thread saw " + delivered + " updates for 1000 events");
        assertEquals(plane.snapshot().version(), window.model().snapshotProperty().get().version(),
                "the newest snapshot is what is shown");
    }
}
