package io.intelgraph.maestro.ui;

import io.intelgraph.maestro.config.UserStateStore;
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
import javafx.scene.control.Button;
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
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** A cluster the user may not write to: the buttons are disabled and say why (RBAC). */
@ExtendWith(ApplicationExtension.class)
class ReadOnlyClusterTest {

    private SimHarness sim;
    private SimCluster cluster;
    private PreviewWatcher watcher;
    private HudWindow window;
    private BuildPlane plane;

    @Start
    void start(Stage stage) throws Exception {
        sim = new SimHarness(42);
        cluster = new SimCluster(Duration.ofMillis(500), false).start();
        plane = new BuildPlane(sim.clock, SourceHealth.connecting("sim", true));
        Path configDir = Files.createTempDirectory("hud-ro");
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
        sim.close();
    }

    @Test
    void actionsAreDisabledWithTheRbacReason(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> plane.snapshot().cluster().available());
        robot.clickOn("#view-previews");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#preview-cleanup").queryAs(Button.class).isDisabled());
        String problem = robot.lookup("#cluster-problem").queryAs(Label.class).getText();
        assertTrue(problem.startsWith("Actions disabled: RBAC: you may not delete namespaces in pr-1"), problem);
        assertTrue(problem.contains("read-only"), problem);
    }
}
