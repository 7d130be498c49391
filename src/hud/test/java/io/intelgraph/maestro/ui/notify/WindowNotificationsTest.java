package io.intelgraph.maestro.ui.notify;

import io.intelgraph.maestro.model.build.BuildState;
import io.intelgraph.maestro.model.build.Conclusion;
import io.intelgraph.maestro.model.build.WorkflowRun;
import io.intelgraph.maestro.release.CandidatePolicy;
import io.intelgraph.maestro.slo.SloTargets;
import io.intelgraph.maestro.store.BuildPlane;
import io.intelgraph.maestro.store.BuildSnapshot;
import io.intelgraph.maestro.store.BuildTile;
import io.intelgraph.maestro.store.SourceHealth;
import io.intelgraph.maestro.testing.OnFx;
import io.intelgraph.maestro.testing.SimHarness;
import io.intelgraph.maestro.testing.SyncedPlane;
import io.intelgraph.maestro.ui.HudComposition;
import io.intelgraph.maestro.ui.HudContext;
import io.intelgraph.maestro.userstate.UserStateStore;
import javafx.scene.Node;
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
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Headless, with no system tray (the JVM is headless): notifications are set up once the first live
 * tiles are on screen (not while the window is built, when they only competed with it for the CPU);
 * a followed build's break appears in the window as a notification that names it, and a click on it
 * opens the run in the detail panel. Each test starts with a window over a plane still connecting.
 */
@ExtendWith(ApplicationExtension.class)
class WindowNotificationsTest {

    private SimHarness sim;
    private BuildPlane plane;
    private HudComposition hud;

    @Start
    void start(Stage stage) throws Exception {
        sim = new SimHarness(42);
        plane = new BuildPlane(sim.clock, SourceHealth.connecting("sim", true));
        hud = HudComposition.create(new HudContext(plane, sim.client(), () -> { },
                new UserStateStore(Files.createTempDirectory("hud-notify")), false, true, Optional.empty(), "tester@hud",
                Optional.empty(), CandidatePolicy.fromSnapshot(), SloTargets.DEFAULT, Optional.empty(), Optional.empty(),
                new NotifySettings("filter:all", Optional.empty()), List::of));
        hud.window().show(stage);
    }

    @AfterEach
    void stop() {
        hud.close();
        sim.close();
    }

    /** {@code base} again as a newer snapshot, with {@code changed} in place of its tile. */
    private static BuildSnapshot next(BuildSnapshot base, long version, BuildTile changed) {
        List<BuildTile> tiles = base.tiles().stream().map(t -> t.key().equals(changed.key()) ? changed : t).toList();
        return new BuildSnapshot(version, base.takenAt(), tiles, base.repos(), base.repoErrors(), base.health(),
                base.eventsApplied(), base.previews(), base.cluster(), base.evidence(), base.recommendations(),
                base.policyVerdicts());
    }

    private static BuildTile failed(BuildTile tile) {
        WorkflowRun run = tile.headline();
        WorkflowRun broken = new WorkflowRun(run.id(), run.repo(), run.workflowName(), run.displayTitle(), run.headBranch(),
                run.headSha(), run.event(), run.status(), Conclusion.FAILURE, run.runNumber(), run.runAttempt(),
                run.createdAt(), run.runStartedAt(), run.updatedAt(), run.actor(), run.triggeringActor(), run.htmlUrl(),
                run.pullRequestNumbers());
        return new BuildTile(tile.key(), tile.pullRequest(), broken, List.of(broken), tile.history(), BuildState.FAILED,
                tile.state(), tile.stateChangedAt(), "");
    }

    @Test
    void theSinkIsChosenOnlyOnceTheFirstLiveTilesAreOnScreen() throws Exception {
        WaitForAsyncUtils.waitForFxEvents(); // the window's first pulses, over a plane still connecting
        assertTrue(hud.notifier().sink().isEmpty(), "nothing set up before there are live tiles");

        SyncedPlane.fill(plane, sim);

        OnFx.await(() -> hud.notifier().sink().isPresent());
        assertTrue(hud.window().firstLiveTilesShown().isDone());
        assertInstanceOf(WindowNotifications.class, hud.notifier().sink().orElseThrow(),
                "no tray in a headless JVM: the window");
    }

    @Test
    void aBreakAppearsInTheWindowNamingTheBuildAndAClickOpensTheRun(FxRobot robot) throws Exception {
        SyncedPlane.fill(plane, sim);
        DesktopNotifier notifier = hud.notifier();
        OnFx.await(() -> notifier.sink().isPresent());
        assertInstanceOf(WindowNotifications.class, notifier.sink().get(), "no tray in a headless JVM: the window");

        BuildSnapshot base = plane.snapshot();
        BuildTile passing = base.tiles().stream().filter(t -> t.state() == BuildState.PASSED && !t.stale()).findFirst()
                .orElseThrow();
        // The plane's own subscription has primed the notifier (or these two do): only the change is news.
        notifier.accept(next(base, base.version() + 10, passing));
        notifier.accept(next(base, base.version() + 11, failed(passing)));

        OnFx.await(() -> robot.lookup(".notification-bar").tryQuery().isPresent());
        Node bar = robot.lookup(".notification-bar").query();
        Set<String> texts = OnFx.read(() -> robot.from(bar).lookup(".label").queryAllAs(Label.class).stream()
                .map(Label::getText).collect(Collectors.toSet()));
        String where = passing.repoName() + " " + passing.pullRequest().map(pr -> "#" + pr.number()).orElse(passing.branch());
        assertTrue(texts.contains("Broke: " + where), texts.toString());
        assertTrue(texts.contains(passing.headline().workflowName() + " #" + passing.headline().runNumber() + " failed — "
                + passing.author()), texts.toString());

        robot.clickOn(bar);
        OnFx.await(() -> hud.models().detail().tileProperty().get() != null);
        assertEquals(passing.key(), OnFx.read(() -> hud.models().detail().tileProperty().get().key()));
    }
}
