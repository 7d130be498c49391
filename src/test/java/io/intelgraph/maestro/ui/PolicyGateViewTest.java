package io.intelgraph.maestro.ui;

import io.intelgraph.maestro.config.UserStateStore;
import io.intelgraph.maestro.github.GitHubPoller;
import io.intelgraph.maestro.github.PollPlanner;
import io.intelgraph.maestro.github.PollTargets;
import io.intelgraph.maestro.kube.PreviewCluster;
import io.intelgraph.maestro.kube.PreviewWatcher;
import io.intelgraph.maestro.model.RepoId;
import io.intelgraph.maestro.policy.InProcessPolicyEngine;
import io.intelgraph.maestro.policy.PolicyChecker;
import io.intelgraph.maestro.policy.PolicyDeployGate;
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
import javafx.scene.control.ListView;
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

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The deploy gate in the window: a PR whose Dockerfile breaks the policy cannot deploy without a stated reason. */
@ExtendWith(ApplicationExtension.class)
class PolicyGateViewTest {

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
        // billing-engine's simulated Dockerfile is the legacy one that breaks the policy.
        new GitHubPoller(sim.client(), plane, new PollTargets(List.of(), List.of(RepoId.parse("intelgraph-sim/billing-engine"))),
                PollPlanner.defaults(), executor, Clock.systemUTC(), 50, 1).syncOnce();
        configDir = Files.createTempDirectory("hud-gate");
        ChartRenderer chart = new ChartRenderer(Path.of("helm/intelgraph"));
        var client = sim.client();
        PolicyDeployGate gate = new PolicyDeployGate(new PolicyChecker(InProcessPolicyEngine.load(Path.of("policy")),
                Optional.empty()), chart, (repo, ref) -> client.getFileText(repo, "Dockerfile", ref), Clock.systemUTC());
        PreviewCluster previewCluster = new PreviewCluster(cluster.client());
        PreviewService service = new PreviewService(previewCluster, new ManifestDeployer(chart, previewCluster),
                new AuditLog(configDir, Clock.systemUTC()), Clock.systemUTC(), Optional.of(gate));
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
    void deniesBlockTheDeployUntilAnOverrideWithAReason(FxRobot robot) throws Exception {
        await(() -> plane.snapshot().cluster().available());
        TilePane grid = robot.lookup("#tile-grid").queryAs(TilePane.class);
        await(() -> grid.getChildren().stream().map(TileView.class::cast).anyMatch(t -> t.tile().pullRequest().isPresent()));
        TileView prTile = grid.getChildren().stream().map(TileView.class::cast)
                .filter(t -> t.tile().pullRequest().isPresent()).findFirst().orElseThrow();
        int pr = prTile.tile().pullRequest().orElseThrow().number();
        robot.clickOn(prTile);
        await(() -> !robot.lookup("#policy-check").queryAs(Button.class).isDisabled());
        robot.clickOn("#policy-check");

        @SuppressWarnings("unchecked")
        ListView<String> results = robot.lookup("#policy-results").queryAs(ListView.class);
        await(() -> !results.getItems().isEmpty());
        assertTrue(results.getItems().stream().anyMatch(l -> l.startsWith("✕ DENY  Dockerfile@")
                && l.endsWith("Base image node:latest uses the 'latest' tag: pin a version (and preferably a digest)")),
                results.getItems().toString());
        assertTrue(robot.lookup("#deploy-preview").queryAs(Button.class).isDisabled(), "a deny blocks the deploy");
        assertTrue(robot.lookup("#deploy-override").queryAs(Button.class).isVisible());

        robot.clickOn("#deploy-override");
        await(() -> robot.lookup("#override-reason").tryQuery().isPresent());
        robot.clickOn("#override-reason").write("too short");
        assertTrue(robot.lookup(".dialog-pane").lookup("OK").queryButton().isDisabled(), "a reason of 10+ characters");
        robot.write(" - hotfix demo for the customer, fixing the image in #99");
        robot.clickOn(robot.lookup(".dialog-pane").lookup("OK").queryButton());

        await(() -> plane.snapshot().previewOf(pr).isPresent());
        String audit = Files.readString(configDir.resolve("audit.log"));
        assertTrue(audit.contains("\"action\":\"policy-override\""), audit);
        assertTrue(audit.contains("too short - hotfix demo for the customer, fixing the image in #99"), audit);
        assertFalse(audit.contains("\"action\":\"deploy\",\"target\":\"intelgraph-sim/billing-engine#" + pr
                + " → pr-" + pr + "\",\"outcome\":\"refused"), "the deploy itself was not refused after the override");

        // The deployed preview can be checked from the Previews view too.
        javafx.scene.control.ToggleButton previewsTab = robot.lookup("#view-previews")
                .queryAs(javafx.scene.control.ToggleButton.class);
        robot.interact(previewsTab::fire);
        await(() -> robot.lookup("#policy-check-" + pr).tryQuery().isPresent());
        Button check = robot.lookup("#policy-check-" + pr).queryButton();
        robot.interact(check::fire);
        await(() -> robot.lookup(".dialog-pane .header-panel .label").tryQuery()
                .map(n -> ((javafx.scene.control.Label) n).getText().startsWith("pr-" + pr + ": 7 denies")).orElse(false));
    }
}
