package io.intelgraph.maestro.ui;

import io.intelgraph.maestro.github.GitHubPoller;
import io.intelgraph.maestro.github.PollPlanner;
import io.intelgraph.maestro.github.PollTargets;
import io.intelgraph.maestro.model.repo.RepoId;
import io.intelgraph.maestro.release.CandidatePolicy;
import io.intelgraph.maestro.slo.SloTargets;
import io.intelgraph.maestro.store.BuildPlane;
import io.intelgraph.maestro.store.SourceHealth;
import io.intelgraph.maestro.testing.OnFx;
import io.intelgraph.maestro.testing.Screenshots;
import io.intelgraph.maestro.testing.SimHarness;
import io.intelgraph.maestro.ui.tiles.TileGrid;
import io.intelgraph.maestro.ui.tiles.TileView;
import io.intelgraph.maestro.userstate.UserStateStore;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Release view, the SLO panel and the tiles' ⏱ marks, headless, on the simulated plane. With
 * {@code -Dmaestro.screenshots=DIR} the views are also written there as PNGs (the README's).
 */
@ExtendWith(ApplicationExtension.class)
class ReleaseAndSloViewTest {

    private static final RepoId CATALOG = RepoId.parse("intelgraph-sim/catalog-service");
    private static final RepoId CHECKOUT = RepoId.parse("intelgraph-sim/checkout-web");

    private SimHarness sim;
    private BuildPlane plane;
    private ScheduledExecutorService executor;
    private HudComposition hud;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        sim = new SimHarness(42);
        plane = new BuildPlane(sim.clock, SourceHealth.connecting("SIMULATED build plane (test)", true));
        executor = Executors.newSingleThreadScheduledExecutor();
        GitHubPoller poller = new GitHubPoller(sim.client(), plane, new PollTargets(List.of("intelgraph-sim"), List.of()),
                PollPlanner.defaults(), executor, Clock.systemUTC(), 50, 1);
        poller.syncOnce();
        Path configDir = Files.createTempDirectory("hud-release");
        hud = HudComposition.create(new HudContext(plane, sim.client(), poller::syncOnce, new UserStateStore(configDir),
                false, true, Optional.empty(), "tester@hud", Optional.empty(),
                CandidatePolicy.of(Path.of("policy"), List.of(), sim.client()), SloTargets.DEFAULT));
        hud.window().show(stage);
    }

    @AfterEach
    void stop() {
        hud.close();
        executor.shutdownNow();
        sim.close();
    }

    @Test
    void theReleaseViewPlansAndCreatesADraftAfterAsking(FxRobot robot) throws Exception {
        robot.clickOn("#view-release");
        OnFx.await(() -> OnFx.read(() -> hud.models().release().repos().contains(CATALOG)));
        robot.interact(() -> hud.models().release().select(CATALOG));
        Label verdict = robot.lookup("#release-verdict").queryAs(Label.class);
        OnFx.await(() -> OnFx.read(verdict::getText).endsWith("v5.0.0"));
        assertTrue(OnFx.read(verdict::getText).matches("[✓✕] (NOT )?READY v5\\.0\\.0"), OnFx.read(verdict::getText));
        VBox checks = robot.lookup("#release-checks").queryAs(VBox.class);
        assertEquals(5, OnFx.read(() -> checks.getChildren().size()));
        VBox changelog = robot.lookup("#release-changelog").queryAs(VBox.class);
        assertTrue(OnFx.read(() -> changelog.getChildren().stream().anyMatch(n -> n instanceof Label l
                && l.getText().startsWith("⚠ Breaking changes"))), "the breaking change has its group");
        Screenshots.write(stage.getScene(), "hud-release.png", Duration.ofMillis(500));

        Button draft = robot.lookup("#release-create-draft").queryAs(Button.class);
        assertTrue(!OnFx.read(draft::isDisabled), "the simulated token may push");
        robot.clickOn(draft);
        OnFx.await(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        robot.clickOn(robot.lookup(".dialog-pane").lookup("Create draft v5.0.0").queryButton());
        OnFx.await(() -> sim.server.createdReleases().size() == 1);
        assertTrue(sim.server.createdReleases().get(0).contains("\"draft\":true"));
        Label message = robot.lookup("#release-message").queryAs(Label.class);
        OnFx.await(() -> OnFx.read(message::getText).startsWith("Created draft release v5.0.0"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theSloPanelPlotsAWorkflowAgainstItsTargetsAndTilesCarryTheMark(FxRobot robot) throws Exception {
        TileGrid grid = robot.lookup("#tile-grid").queryAs(TileGrid.class);
        // The marks fill over passes, a few runs judged in each, a pass every few seconds.
        OnFx.await(() -> OnFx.tiles(grid).stream().anyMatch(t -> OnFx.read(() -> mark(t)).contains(" > ")));
        TileView marked = OnFx.tiles(grid).stream().filter(t -> OnFx.read(() -> mark(t)).contains(" > ")).findFirst().orElseThrow();
        assertTrue(OnFx.read(() -> mark(marked)).matches("\\d+m > \\d+m"), OnFx.read(() -> mark(marked)));
        if (System.getProperty("maestro.screenshots") != null) {
            robot.clickOn("#filter-text").write("checkout-web");
            OnFx.await(() -> OnFx.tiles(grid).stream().allMatch(t -> t.tile().repoName().endsWith("checkout-web")));
            Screenshots.write(stage.getScene(), "hud-slo-tiles.png", Duration.ofMillis(500));
        }

        robot.clickOn("#view-slo");
        robot.interact(() -> hud.models().slo().selectRepo(CHECKOUT));
        TableView<?> table = robot.lookup("#slo-table").queryAs(TableView.class);
        OnFx.await(() -> OnFx.read(() -> !table.getItems().isEmpty()));
        LineChart<Number, Number> chart = robot.lookup("#slo-chart").queryAs(LineChart.class);
        OnFx.await(() -> OnFx.read(() -> chart.getData().size()) == 4);
        assertTrue(OnFx.read(() -> chart.getData().get(2).getName()).startsWith("cold target 15m"));
        assertTrue(OnFx.read(() -> chart.getData().get(3).getName()).startsWith("warm target 5m"));
        assertTrue(OnFx.read(() -> chart.getTitle()).equals("checkout-web · CI"), "the breached workflow is plotted first");
        // Cold and warm builds are told apart by shape, not colour alone: the cold ones are diamonds.
        Region coldPoint = OnFx.read(() -> (Region) chart.getData().get(0).getData().get(0).getNode());
        Region warmPoint = OnFx.read(() -> (Region) chart.getData().get(1).getData().get(0).getNode());
        assertNotNull(OnFx.read(coldPoint::getShape), "a cold build's point has a shape of its own");
        assertNull(OnFx.read(warmPoint::getShape), "a warm build's point is the default circle");
        Screenshots.write(stage.getScene(), "hud-slo.png", Duration.ofMillis(500));
    }

    private static String mark(TileView tile) {
        return tile.lookup("#tile-slo") instanceof Label l && l.isVisible() && l.getGraphic() != null ? l.getText() : "";
    }
}
