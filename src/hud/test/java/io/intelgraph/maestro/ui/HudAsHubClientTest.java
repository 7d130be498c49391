package io.intelgraph.maestro.ui;

import io.intelgraph.maestro.cli.HudRuntime;
import io.intelgraph.maestro.config.ConfigLoader;
import io.intelgraph.maestro.github.TokenSource;
import io.intelgraph.maestro.hub.Hub;
import io.intelgraph.maestro.model.build.Conclusion;
import io.intelgraph.maestro.model.build.RunStatus;
import io.intelgraph.maestro.store.BuildPlane;
import io.intelgraph.maestro.store.SourceHealth;
import io.intelgraph.maestro.testing.OnFx;
import io.intelgraph.maestro.testing.Runs;
import io.intelgraph.maestro.ui.tiles.TileGrid;
import io.intelgraph.maestro.ui.tiles.TileView;
import io.intelgraph.maestro.userstate.UserStateStore;
import javafx.scene.control.Label;
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
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A HUD started with {@code --hub}, headless: the hub's tiles, and the stale banner with the reason when the hub goes. */
@ExtendWith(ApplicationExtension.class)
class HudAsHubClientTest {

    private BuildPlane hubPlane;
    private Hub hub;
    private HudRuntime runtime;
    private HudComposition hud;

    @Start
    void start(Stage stage) throws Exception {
        hubPlane = new BuildPlane(Clock.systemUTC(), SourceHealth.connecting("the hub's plane", false));
        hubPlane.putRun(Runs.run(1, "acme/api", "main", "CI", RunStatus.COMPLETED, Conclusion.FAILURE, 1));
        hubPlane.putRun(Runs.run(2, "acme/web", "main", "CI", RunStatus.COMPLETED, Conclusion.SUCCESS, 2));
        hub = Hub.start(Hub.Settings.loopback(0), hubPlane, Hub.Sources.none(), Clock.systemUTC());
        Path configDir = Files.createTempDirectory("hud-hub");
        String url = hub.server().baseUrl().replace("http://", "ws://");
        var config = new ConfigLoader(Map.of(), configDir).load(new ConfigLoader.Flags(null, null, null, null, null,
                null, null, null, null, null, null, null, url));
        runtime = HudRuntime.create(config, new TokenSource(Map.of(), false));
        runtime.start();
        hud = HudComposition.create(new HudContext(runtime.plane(), runtime.client(), runtime::refresh,
                new UserStateStore(configDir), false, false));
        hud.window().show(stage);
    }

    @AfterEach
    void stop() {
        hud.close();
        runtime.close();
        hub.close();
        hubPlane.close();
    }

    private static void await(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<TileView> tiles(FxRobot robot) {
        return OnFx.tiles(robot.lookup("#tile-grid").queryAs(TileGrid.class));
    }

    @Test
    void showsTheHubsTilesAndTheStaleBannerWhenTheHubGoes(FxRobot robot) throws Exception {
        await(() -> tiles(robot).size() == 2);
        assertTrue(tiles(robot).stream().noneMatch(t -> t.tile().stale()));
        assertEquals(false, robot.lookup("#stale-banner").queryAs(Label.class).isVisible());

        hub.close();
        await(() -> robot.lookup("#stale-banner").queryAs(Label.class).isVisible());
        String text = robot.lookup("#stale-banner").queryAs(Label.class).getText();
        assertTrue(text.contains("lost the hub ws://127.0.0.1:"), text);
        assertTrue(text.contains("reconnecting in"), text);
        await(() -> tiles(robot).stream().allMatch(t -> t.tile().stale()));
        assertEquals(2, tiles(robot).size(), "the last known tiles stay, never shown live");
    }
}
