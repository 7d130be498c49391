package io.intelgraph.maestro.ui;

import io.intelgraph.maestro.model.build.Conclusion;
import io.intelgraph.maestro.model.build.RunStatus;
import io.intelgraph.maestro.store.BuildPlane;
import io.intelgraph.maestro.store.SourceHealth;
import io.intelgraph.maestro.testing.OnFx;
import io.intelgraph.maestro.testing.Runs;
import io.intelgraph.maestro.testing.SimHarness;
import io.intelgraph.maestro.ui.style.States;
import io.intelgraph.maestro.ui.wall.WallView;
import io.intelgraph.maestro.userstate.UserStateStore;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The wall in the real window, headless: the configured rotation, its keys, the cursor, high contrast. */
@ExtendWith(ApplicationExtension.class)
class WallOnTheWindowTest {

    private SimHarness sim;
    private HudComposition hud;
    private HudWindow window;

    @Start
    void start(Stage stage) throws Exception {
        sim = new SimHarness(42);
        BuildPlane plane = new BuildPlane(sim.clock, SourceHealth.connecting("SIMULATED build plane (test)", true));
        plane.putRun(Runs.run(1, "o/api", "main", "ci", RunStatus.COMPLETED, Conclusion.FAILURE, 0));
        plane.putRun(Runs.run(2, "o/web", "main", "ci", RunStatus.COMPLETED, Conclusion.SUCCESS, 0));
        Path configDir = Files.createTempDirectory("hud-wall");
        Files.writeString(configDir.resolve("config.properties"),
                "wall.pages=builds,previews,distill\nwall.rotate-seconds=600\n");
        hud = HudComposition.create(new HudContext(plane, sim.client(), () -> { }, new UserStateStore(configDir),
                false, true));
        window = hud.window();
        window.show(stage);
    }

    @AfterEach
    void stop() {
        hud.close();
        sim.close();
    }

    private static String caption(FxRobot robot) {
        return OnFx.read(() -> robot.lookup("#wall-page-name").queryAs(Label.class).getText());
    }

    @Test
    void theWallRotatesItsConfiguredPagesUnderTheKeysWithoutACursor(FxRobot robot) {
        assertEquals(Cursor.DEFAULT, OnFx.read(() -> window.root().getScene().getCursor()));
        robot.interact(() -> window.model().setWallMode(true));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Cursor.NONE, OnFx.read(() -> window.root().getScene().getCursor()), "no cursor on the wall");
        assertEquals("1/3 · Builds", caption(robot));
        assertTrue(OnFx.read(() -> robot.lookup("#wall-view").queryAs(WallView.class).getScene() != null));
        robot.type(KeyCode.RIGHT);
        assertEquals("2/3 · Previews", caption(robot));
        assertSame(robot.lookup("#previews-view").queryAs(Node.class), OnFx.read(() -> window.rotationView().pageShown()));
        robot.type(KeyCode.SPACE);
        assertTrue(OnFx.read(() -> robot.lookup("#wall-paused").queryAs(Node.class).isVisible()), "paused, on screen");
        assertTrue(window.model().wallModeProperty().get(), "Space paused the rotation; it pressed no button");
        robot.type(KeyCode.RIGHT);
        assertEquals("3/3 · Recommendations", caption(robot));
        robot.type(KeyCode.W);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Cursor.DEFAULT, OnFx.read(() -> window.root().getScene().getCursor()), "the cursor is back");
        robot.clickOn("#view-previews");
        assertSame(robot.lookup("#previews-view").queryAs(Node.class), OnFx.read(() -> window.root().getCenter()),
                "the desktop has its Previews view back");
    }

    @Test
    void highContrastIsAThemeOfItsOwnAndRemembered(FxRobot robot) {
        assertFalse(OnFx.read(() -> window.root().getPseudoClassStates().contains(States.HIGH_CONTRAST)));
        robot.clickOn("#contrast-toggle");
        assertTrue(OnFx.read(() -> window.root().getPseudoClassStates().contains(States.HIGH_CONTRAST)));
        assertFalse(OnFx.read(() -> window.root().getPseudoClassStates().contains(States.LIGHT)));
        assertTrue(window.model().highContrastProperty().get());
    }
}
