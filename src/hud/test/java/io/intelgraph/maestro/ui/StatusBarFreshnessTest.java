package io.intelgraph.maestro.ui;

import io.intelgraph.maestro.github.PollScheduler.Heat;
import io.intelgraph.maestro.github.PollScheduler.RepoFreshness;
import io.intelgraph.maestro.model.repo.RepoId;
import io.intelgraph.maestro.release.CandidatePolicy;
import io.intelgraph.maestro.slo.SloTargets;
import io.intelgraph.maestro.store.BuildPlane;
import io.intelgraph.maestro.store.SourceHealth;
import io.intelgraph.maestro.testing.OnFx;
import io.intelgraph.maestro.testing.SimHarness;
import io.intelgraph.maestro.ui.notify.NotifySettings;
import io.intelgraph.maestro.userstate.UserStateStore;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The window's status bar says how fresh the poller's data is, and follows it. */
@ExtendWith(ApplicationExtension.class)
class StatusBarFreshnessTest {

    private final AtomicReference<List<RepoFreshness>> freshness = new AtomicReference<>(List.of());
    private SimHarness sim;
    private HudComposition hud;

    @Start
    void start(Stage stage) throws Exception {
        sim = new SimHarness(42);
        BuildPlane plane = new BuildPlane(sim.clock, SourceHealth.connecting("sim", true));
        hud = HudComposition.create(new HudContext(plane, sim.client(), () -> { },
                new UserStateStore(Files.createTempDirectory("hud-freshness")), false, true, Optional.empty(), "tester@hud",
                Optional.empty(), CandidatePolicy.fromSnapshot(), SloTargets.DEFAULT, Optional.empty(), Optional.empty(),
                new NotifySettings("off", Optional.empty()), freshness::get));
        hud.window().show(stage);
    }

    @AfterEach
    void stop() {
        hud.close();
        sim.close();
    }

    private static RepoFreshness repo(String name, Heat heat, Duration ago) {
        return new RepoFreshness(RepoId.parse("org/" + name), heat, Optional.of(Instant.now().minus(ago)),
                Duration.ofSeconds(10), "test");
    }

    @Test
    void theStatusBarSaysHowFreshTheDataIs(FxRobot robot) throws Exception {
        Label line = robot.lookup("#poll-freshness").queryAs(Label.class);
        assertTrue(!OnFx.read(line::isVisible), "nothing to say before the first poll");

        freshness.set(List.of(repo("api", Heat.HOT, Duration.ofSeconds(3)), repo("web", Heat.HOT, Duration.ofSeconds(4)),
                repo("docs", Heat.COLD, Duration.ofSeconds(150))));
        OnFx.await(() -> OnFx.read(line::getText).matches("2 hot · checked ≤[4-9] s ago, 1 cold · ≤3 min"));
        assertTrue(OnFx.read(line::isVisible));
    }
}
