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
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The wall in the real window, headless, on the simulated plane: the configured rotation with the
 * Release page, its keys, the cursor, high contrast. With {@code -Dmaestro.screenshots=DIR} the
 * Release page on the wall and the high-contrast wall are written there as PNGs (the README's).
 */
@ExtendWith(ApplicationExtension.class)
class WallOnTheWindowTest {

    private static final RepoId CATALOG = RepoId.parse("intelgraph-sim/catalog-service");

    private SimHarness sim;
    private ScheduledExecutorService executor;
    private HudComposition hud;
    private HudWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        sim = new SimHarness(42);
        BuildPlane plane = new BuildPlane(sim.clock, SourceHealth.connecting("SIMULATED build plane (test)", true));
        executor = Executors.newSingleThreadScheduledExecutor();
        GitHubPoller poller = new GitHubPoller(sim.client(), plane, new PollTargets(List.of("intelgraph-sim"), List.of()),
                PollPlanner.defaults(), executor, Clock.systemUTC(), 50, 1);
        poller.syncOnce();
        Path configDir = Files.createTempDirectory("hud-wall");
        Files.writeString(configDir.resolve("config.properties"),
                "wall.pages=builds,previews,release,distill\nwall.rotate-seconds=600\n");
        hud = HudComposition.create(new HudContext(plane, sim.client(), poller::syncOnce, new UserStateStore(configDir),
                false, true, Optional.empty(), "tester@hud", Optional.empty(),
                CandidatePolicy.of(Path.of("policy"), List.of(), sim.client()), SloTargets.DEFAULT));
        window = hud.window();
        window.show(stage);
    }

    @AfterEach
    void stop() {
        hud.close();
        executor.shutdownNow();
        sim.close();
    }

    private static String caption(FxRobot robot) {
        return OnFx.read(() -> robot.lookup("#wall-page-name").queryAs(Label.class).getText());
    }

    @Test
    void theWallRotatesItsConfiguredPagesUnderTheKeysWithoutACursor(FxRobot robot) throws Exception {
        assertEquals(Cursor.DEFAULT, OnFx.read(() -> window.root().getScene().getCursor()));
        robot.interact(() -> window.model().setWallMode(true));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Cursor.NONE, OnFx.read(() -> window.root().getScene().getCursor()), "no cursor on the wall");
        assertEquals("1/4 · Builds", caption(robot));
        assertTrue(OnFx.read(() -> robot.lookup("#wall-view").queryAs(WallView.class).getScene() != null));
        robot.type(KeyCode.RIGHT);
        assertEquals("2/4 · Previews", caption(robot));
        assertSame(robot.lookup("#previews-view").queryAs(Node.class), OnFx.read(() -> window.rotationView().pageShown()));
        robot.type(KeyCode.SPACE);
        assertTrue(OnFx.read(() -> robot.lookup("#wall-paused").queryAs(Node.class).isVisible()), "paused, on screen");
        assertTrue(window.model().wallModeProperty().get(), "Space paused the rotation; it pressed no button");
        robot.type(KeyCode.RIGHT);
        assertEquals("3/4 · Release readiness", caption(robot));
        assertFalse(OnFx.read(() -> robot.lookup("#page-label").queryAs(Node.class).isVisible()),
                "the builds page's own paging is not shown over the release page");
        // Nobody chose a repository: the wall plans the first one's release.
        Label verdict = robot.lookup("#release-verdict").queryAs(Label.class);
        OnFx.await(() -> OnFx.read(() -> verdict.getScene() != null && verdict.getText().contains("READY")));
        robot.type(KeyCode.RIGHT);
        assertEquals("4/4 · Recommendations", caption(robot));
        robot.type(KeyCode.W);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Cursor.DEFAULT, OnFx.read(() -> window.root().getScene().getCursor()), "the cursor is back");
        robot.clickOn("#view-previews");
        assertSame(robot.lookup("#previews-view").queryAs(Node.class), OnFx.read(() -> window.root().getCenter()),
                "the desktop has its Previews view back");
    }

    @Test
    void theReleasePageOnTheWallShowsTheRepositoryChosenOnTheDesktop(FxRobot robot) throws Exception {
        OnFx.await(() -> OnFx.read(() -> hud.models().release().repos().contains(CATALOG)));
        robot.interact(() -> hud.models().release().select(CATALOG));
        robot.interact(() -> window.model().setWallMode(true));
        robot.type(KeyCode.RIGHT);
        robot.type(KeyCode.RIGHT);
        robot.type(KeyCode.P);
        assertEquals("3/4 · Release readiness", caption(robot));
        Label verdict = robot.lookup("#release-verdict").queryAs(Label.class);
        OnFx.await(() -> OnFx.read(verdict::getText).endsWith("v5.0.0"));
        assertEquals(CATALOG, hud.models().release().selectedProperty().get());
        Screenshots.write(stage.getScene(), "hud-wall-release.png", Duration.ofSeconds(1));
    }

    @Test
    void highContrastIsAThemeOfItsOwnAndRemembered(FxRobot robot) throws Exception {
        assertFalse(OnFx.read(() -> window.root().getPseudoClassStates().contains(States.HIGH_CONTRAST)));
        robot.clickOn("#display-menu").clickOn("High contrast");
        assertTrue(OnFx.read(() -> window.root().getPseudoClassStates().contains(States.HIGH_CONTRAST)));
        assertFalse(OnFx.read(() -> window.root().getPseudoClassStates().contains(States.LIGHT)));
        assertTrue(window.model().highContrastProperty().get());
        robot.interact(() -> window.model().setWallMode(true));
        robot.type(KeyCode.P);
        WallView wall = robot.lookup("#wall-view").queryAs(WallView.class);
        OnFx.await(() -> OnFx.read(() -> !wall.shownTiles().isEmpty()));
        Screenshots.write(stage.getScene(), "hud-wall-high-contrast.png", Duration.ofSeconds(1));
    }
}
