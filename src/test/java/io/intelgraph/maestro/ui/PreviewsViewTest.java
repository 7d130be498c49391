package io.intelgraph.maestro.ui;

import io.intelgraph.maestro.config.UserStateStore;
import io.intelgraph.maestro.github.GitHubPoller;
import io.intelgraph.maestro.github.PollPlanner;
import io.intelgraph.maestro.github.PollTargets;
import io.intelgraph.maestro.kube.PreviewCluster;
import io.intelgraph.maestro.kube.PreviewWatcher;
import io.intelgraph.maestro.preview.AuditLog;
import io.intelgraph.maestro.preview.ChartRenderer;
import io.intelgraph.maestro.preview.ManifestDeployer;
import io.intelgraph.maestro.preview.PreviewService;
import io.intelgraph.maestro.sim.SimCluster;
import io.intelgraph.maestro.store.BuildPlane;
import io.intelgraph.maestro.store.SourceHealth;
import io.intelgraph.maestro.testing.SimHarness;
import io.intelgraph.maestro.ui.tiles.TileView;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.TilePane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Deploy a PR's preview from its tile, watch it become ready, tear it down — on the simulated cluster. */
@ExtendWith(ApplicationExtension.class)
class PreviewsViewTest {

    private SimHarness sim;
    private SimCluster cluster;
    private PreviewWatcher watcher;
    private ScheduledExecutorService executor;
    private HudWindow window;
    private BuildPlane plane;
    private Path configDir;

    @Start
    void start(Stage stage) throws Exception {
        sim = new SimHarness(42);
        cluster = new SimCluster(Duration.ofMillis(500), true).start();
        plane = new BuildPlane(sim.clock, SourceHealth.connecting("sim", true));
        executor = Executors.newSingleThreadScheduledExecutor();
        new GitHubPoller(sim.client(), plane, new PollTargets(List.of(), List.of(
                io.intelgraph.maestro.model.RepoId.parse("intelgraph-sim/preview-operator"))),
                PollPlanner.defaults(), executor, Clock.systemUTC(), 50, 1).syncOnce();
        configDir = Files.createTempDirectory("hud-previews");
        PreviewCluster previewCluster = new PreviewCluster(cluster.client());
        PreviewService service = new PreviewService(previewCluster, new ManifestDeployer(
                new ChartRenderer(Path.of("helm/intelgraph")), previewCluster), new AuditLog(configDir, Clock.systemUTC()),
                Clock.systemUTC());
        watcher = new PreviewWatcher(cluster.client(), service, "SIMULATED cluster", true);
        watcher.start(plane::putPreviews);
        window = new HudWindow(new HudContext(plane, sim.client(), () -> { }, new UserStateStore(configDir), false, true,
                Optional.of(service), "tester@hud"));
        window.show(stage);
    }

    @AfterEach
    void stop() {
        window.dispose();
        watcher.close();
        cluster.close();
        executor.shutdownNow();
        sim.close();
    }

    private static void await(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void deployFromAPrTileWatchItBecomeReadyThenTearItDown(FxRobot robot) throws Exception {
        await(() -> plane.snapshot().cluster().available());
        TilePane grid = robot.lookup("#tile-grid").queryAs(TilePane.class);
        await(() -> grid.getChildren().stream().map(TileView.class::cast).anyMatch(t -> t.tile().pullRequest().isPresent()));
        TileView prTile = grid.getChildren().stream().map(TileView.class::cast)
                .filter(t -> t.tile().pullRequest().isPresent()).findFirst().orElseThrow();
        int pr = prTile.tile().pullRequest().orElseThrow().number();
        robot.clickOn(prTile);
        await(() -> !robot.lookup("#deploy-preview").queryAs(Button.class).isDisabled());
        assertEquals("Deploy preview of PR #" + pr + " to pr-" + pr, robot.lookup("#deploy-preview").queryAs(Button.class).getText());
        robot.clickOn("#deploy-preview");

        // The tile shows its preview, and the preview becomes ready through the watcher.
        await(() -> plane.snapshot().previewOf(pr).map(p -> p.ready()).orElse(false));
        await(() -> robot.from(prTile).lookup(".tile-preview").queryAs(Label.class).getText()
                .equals("⬢ preview ready · pr-" + pr));

        robot.clickOn("#view-previews");
        await(() -> robot.lookup("#teardown-" + pr).tryQuery().isPresent());
        assertTrue(robot.lookup(".preview-card .tile-state").queryAs(Label.class).getText().startsWith("READY"));
        robot.clickOn("#teardown-" + pr);
        // The confirmation names the namespace; cancelling keeps it.
        await(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        assertEquals("Delete namespace pr-" + pr + "?", robot.lookup(".dialog-pane .header-panel .label").queryAs(Label.class).getText());
        robot.clickOn(robot.lookup(".dialog-pane").lookup("Cancel").queryButton());
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        assertTrue(cluster.client().namespaces().withName("pr-" + pr).get() != null);
        robot.clickOn("#teardown-" + pr);
        await(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        robot.clickOn(robot.lookup(".dialog-pane").lookup("Tear down pr-" + pr).queryButton());
        // Gone, or going: the namespace is deleted (a real cluster first marks it terminating).
        await(() -> plane.snapshot().previewOf(pr).map(p -> p.terminating()).orElse(true));
        assertTrue(Files.readString(configDir.resolve("audit.log")).contains("\"actor\":\"tester@hud\",\"action\":\"teardown\""));
    }
}
