package io.intelgraph.maestro.ui;

import io.intelgraph.maestro.cli.PreviewRuntime;
import io.intelgraph.maestro.config.ConfigLoader;
import io.intelgraph.maestro.github.GitHubPoller;
import io.intelgraph.maestro.github.PollPlanner;
import io.intelgraph.maestro.github.PollTargets;
import io.intelgraph.maestro.model.repo.RepoId;
import io.intelgraph.maestro.preview.PreviewContexts;
import io.intelgraph.maestro.release.CandidatePolicy;
import io.intelgraph.maestro.slo.SloTargets;
import io.intelgraph.maestro.store.BuildPlane;
import io.intelgraph.maestro.store.SourceHealth;
import io.intelgraph.maestro.testing.OnFx;
import io.intelgraph.maestro.testing.SimHarness;
import io.intelgraph.maestro.ui.notify.NotifySettings;
import io.intelgraph.maestro.ui.tiles.TileGrid;
import io.intelgraph.maestro.ui.tiles.TileView;
import io.intelgraph.maestro.userstate.UserStateStore;
import javafx.scene.control.Button;
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
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static io.intelgraph.maestro.testing.OnFx.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The simulated cluster as the HUD window wires it without a kubeconfig: not started with the window, started
 * once, by the first view that needs it (the Previews view, a run's details with its Deploy button).
 */
@ExtendWith(ApplicationExtension.class)
class SimClusterOnFirstUseTest {

    private SimHarness sim;
    private BuildPlane plane;
    private ScheduledExecutorService executor;
    private PreviewContexts contexts;
    private HudComposition hud;
    private Path configDir;
    private final AtomicInteger starts = new AtomicInteger();

    @Start
    void start(Stage stage) throws Exception {
        sim = new SimHarness(42);
        plane = new BuildPlane(sim.clock, SourceHealth.connecting("SIMULATED build plane (test)", true));
        executor = Executors.newSingleThreadScheduledExecutor();
        new GitHubPoller(sim.client(), plane, new PollTargets(List.of(), List.of(RepoId.parse("intelgraph-sim/preview-operator"))),
                PollPlanner.defaults(), executor, Clock.systemUTC(), 50, 1).syncOnce();
        configDir = Files.createTempDirectory("hud-sim-cluster");
        var config = new ConfigLoader(Map.of(), configDir).load(
                new ConfigLoader.Flags(null, null, null, null, null, null, null, null, null, true, null));
        contexts = new PreviewContexts(List.of(), context -> {
            starts.incrementAndGet();
            return PreviewRuntime.create(config, Duration.ofMillis(500), true);
        }, plane::putPreviews, name -> { });
        contexts.connectOnFirstUse(Optional.empty(), PreviewRuntime.SIM_CLUSTER_NOT_STARTED);
        hud = HudComposition.create(new HudContext(plane, sim.client(), () -> { }, new UserStateStore(configDir), false,
                true, Optional.empty(), "tester@hud", Optional.empty(), CandidatePolicy.fromSnapshot(), SloTargets.DEFAULT,
                Optional.empty(), Optional.of(contexts), NotifySettings.DEFAULT, List::of));
        hud.window().show(stage);
    }

    @AfterEach
    void stop() {
        hud.close();
        contexts.close();
        executor.shutdownNow();
        plane.close();
        sim.close();
    }

    @Test
    void theWindowAloneDoesNotStartItAndThePreviewsViewStartsItOnce(FxRobot robot) throws Exception {
        WaitForAsyncUtils.sleep(800, TimeUnit.MILLISECONDS);
        assertEquals(0, starts.get(), "the builds alone need no cluster");
        assertEquals(PreviewRuntime.SIM_CLUSTER_NOT_STARTED, plane.snapshot().cluster());
        assertFalse(Files.exists(configDir.resolve("sim-cluster.url")), "no address to join yet");

        robot.clickOn("#view-previews");
        await(() -> plane.snapshot().cluster().available());
        assertEquals("SIMULATED cluster", plane.snapshot().cluster().name());
        assertTrue(Files.exists(configDir.resolve("sim-cluster.url")), "its address is shared with commands");

        robot.clickOn("#view-builds");
        robot.clickOn("#view-previews");
        robot.clickOn("#view-release");
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        assertEquals(1, starts.get(), "started once");
    }

    @Test
    void openingARunStartsItForItsDeployButton(FxRobot robot) throws Exception {
        TileView prTile = OnFx.awaitFirstPullRequestTile(robot.lookup("#tile-grid").queryAs(TileGrid.class));
        assertEquals(0, starts.get());
        robot.clickOn(prTile);
        await(() -> !robot.lookup("#deploy-preview").queryAs(Button.class).isDisabled());
        assertEquals(1, starts.get());
    }
}
