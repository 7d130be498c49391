package io.intelgraph.maestro.ui;

import io.intelgraph.maestro.distill.TeacherMarketplace;
import io.intelgraph.maestro.store.BuildPlane;
import io.intelgraph.maestro.store.SourceHealth;
import io.intelgraph.maestro.testing.OnFx;
import io.intelgraph.maestro.testing.SimHarness;
import io.intelgraph.maestro.userstate.UserStateStore;
import javafx.scene.control.Label;
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
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Teachers view: retire with confirmation, register from a file, refusals shown with their reasons. */
@ExtendWith(ApplicationExtension.class)
class TeachersViewTest {

    private SimHarness sim;
    private HudComposition hud;
    private TeacherMarketplace market;
    private Path configDir;

    @Start
    void start(Stage stage) throws Exception {
        sim = new SimHarness(42);
        configDir = Files.createTempDirectory("hud-teachers");
        market = new TeacherMarketplace(configDir);
        BuildPlane plane = new BuildPlane(sim.clock, SourceHealth.connecting("sim", true));
        hud = HudComposition.create(new HudContext(plane, sim.client(), () -> { }, new UserStateStore(configDir), false, true,
                Optional.empty(), "tester@hud", Optional.of(market)));
        hud.window().show(stage);
    }

    @AfterEach
    void stop() {
        hud.close();
        sim.close();
    }

    @Test
    void retireAsksFirstAndRegisterRefusesABadProfile(FxRobot robot) throws Exception {
        robot.clickOn("#view-teachers");
        VBox list = robot.lookup("#teachers-list").queryAs(VBox.class);
        assertEquals(4, OnFx.read(() -> list.getChildren().size()));

        robot.clickOn("#retire-velocity");
        OnFx.await(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        robot.clickOn(robot.lookup(".dialog-pane").lookup("Retire velocity").queryButton());
        OnFx.await(() -> OnFx.read(() -> list.getChildren().size()) == 3);
        Label message = robot.lookup("#teachers-message").queryAs(Label.class);
        OnFx.await(() -> OnFx.read(message::getText).equals("Retired velocity."));
        assertTrue(Files.readString(configDir.resolve("teachers.json")).contains("\"security\""));

        Path bad = configDir.resolve("bad.json");
        Files.writeString(bad, "{\"name\": \"loud\", \"version\": \"1\", \"ensembleWeight\": 0, \"weights\": {\"FAILURE_RATE\": 1},"
                + " \"thresholds\": {\"FAILURE_RATE\": 0.1}, \"badMix\": {\"BLOCK\": 1}}");
        robot.interact(() -> hud.models().teachers().orElseThrow().registerOrUpdate(bad));
        OnFx.await(() -> OnFx.read(message::getText).startsWith("Refused: teacher loud refused: ensembleWeight must be a number above 0"));
        assertEquals(3, OnFx.read(() -> list.getChildren().size()), "nothing changed");
    }
}
