package io.intelgraph.maestro.ui.notify;

import io.intelgraph.maestro.release.CandidatePolicy;
import io.intelgraph.maestro.slo.SloTargets;
import io.intelgraph.maestro.store.BuildPlane;
import io.intelgraph.maestro.store.SourceHealth;
import io.intelgraph.maestro.testing.OnFx;
import io.intelgraph.maestro.testing.SimHarness;
import io.intelgraph.maestro.testing.SyncedPlane;
import io.intelgraph.maestro.ui.HudComposition;
import io.intelgraph.maestro.ui.HudContext;
import io.intelgraph.maestro.userstate.UserStateStore;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Notifications are set up (the rule, and the OS tray where there is one) once the first live tiles are
 * on screen, not while the window is being built: at the start they only competed with it for the CPU.
 */
@ExtendWith(ApplicationExtension.class)
class NotificationsAfterFirstTilesTest {

    private SimHarness sim;
    private BuildPlane plane;
    private HudComposition hud;

    @Start
    void start(Stage stage) throws Exception {
        sim = new SimHarness(42);
        plane = new BuildPlane(sim.clock, SourceHealth.connecting("sim", true));
        hud = HudComposition.create(new HudContext(plane, sim.client(), () -> { },
                new UserStateStore(Files.createTempDirectory("hud-notify-later")), false, true, Optional.empty(),
                "tester@hud", Optional.empty(), CandidatePolicy.fromSnapshot(), SloTargets.DEFAULT, Optional.empty(),
                Optional.empty(), new NotifySettings("filter:all", Optional.empty()), List::of));
        hud.window().show(stage);
    }

    @AfterEach
    void stop() {
        hud.close();
        sim.close();
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
}
