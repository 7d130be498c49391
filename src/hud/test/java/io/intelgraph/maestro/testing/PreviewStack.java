package io.intelgraph.maestro.testing;

import io.intelgraph.maestro.github.GitHubPoller;
import io.intelgraph.maestro.github.PollPlanner;
import io.intelgraph.maestro.github.PollTargets;
import io.intelgraph.maestro.kube.PreviewCluster;
import io.intelgraph.maestro.model.repo.RepoId;
import io.intelgraph.maestro.policy.GitHubDockerfiles;
import io.intelgraph.maestro.policy.InProcessPolicyEngine;
import io.intelgraph.maestro.policy.PolicyChecker;
import io.intelgraph.maestro.policy.PolicyDeployGate;
import io.intelgraph.maestro.preview.AuditLog;
import io.intelgraph.maestro.preview.ChartRenderer;
import io.intelgraph.maestro.preview.DeployGate;
import io.intelgraph.maestro.preview.ManifestDeployer;
import io.intelgraph.maestro.preview.PreviewService;
import io.intelgraph.maestro.preview.PreviewWatcher;
import io.intelgraph.maestro.sim.SimCluster;
import io.intelgraph.maestro.store.BuildPlane;
import io.intelgraph.maestro.store.SourceHealth;
import io.intelgraph.maestro.ui.HudComposition;
import io.intelgraph.maestro.ui.HudContext;
import io.intelgraph.maestro.userstate.UserStateStore;
import javafx.stage.Stage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * What the window tests of previews share: the simulated GitHub synced into a plane, a simulated
 * cluster with its watcher feeding the plane, and a preview service (optionally policy-gated).
 */
public final class PreviewStack implements AutoCloseable {

    public final SimHarness sim = new SimHarness(42);
    public final SimCluster cluster;
    public final BuildPlane plane;
    public final PreviewService service;
    public final Path configDir;
    private final PreviewWatcher watcher;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
    private HudComposition hud;

    /**
     * @param writable whether RBAC lets the user write
     * @param gated whether deploys pass the policy gate (policy/ and the chart)
     * @param repos the repositories to sync tiles for (none: no tiles)
     */
    public PreviewStack(boolean writable, boolean gated, List<String> repos) {
        try {
            cluster = new SimCluster(Duration.ofMillis(500), writable).start();
            plane = new BuildPlane(sim.clock, SourceHealth.connecting("sim", true));
            if (!repos.isEmpty()) {
                new GitHubPoller(sim.client(), plane, new PollTargets(List.of(), repos.stream().map(RepoId::parse).toList()),
                        PollPlanner.defaults(), executor, Clock.systemUTC(), 50, 1).syncOnce();
            }
            configDir = Files.createTempDirectory("hud-previews");
            ChartRenderer chart = new ChartRenderer(Path.of("helm/intelgraph"));
            Optional<DeployGate> gate = Optional.empty();
            if (gated) {
                var client = sim.client();
                gate = Optional.of(new PolicyDeployGate(new PolicyChecker(InProcessPolicyEngine.load(Path.of("policy")),
                        Optional.empty()), chart, new GitHubDockerfiles(client),
                        Clock.systemUTC()));
            }
            PreviewCluster previewCluster = new PreviewCluster(cluster.client());
            service = new PreviewService(previewCluster, new ManifestDeployer(chart, previewCluster),
                    new AuditLog(configDir, Clock.systemUTC()), Clock.systemUTC(), gate);
            watcher = new PreviewWatcher(cluster.client(), service, "SIMULATED cluster", true);
            watcher.start(plane::putPreviews);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public HudContext context() {
        return new HudContext(plane, sim.client(), () -> { }, new UserStateStore(configDir), false, true,
                Optional.of(service), "tester@hud");
    }

    /** Opens the HUD on this stack in the test's stage; {@link #close()} disposes of it. */
    public void showIn(Stage stage) {
        hud = HudComposition.create(context());
        hud.window().show(stage);
    }

    @Override
    public void close() {
        if (hud != null) {
            hud.close();
        }
        watcher.close();
        cluster.close();
        executor.shutdownNow();
        sim.close();
    }
}
