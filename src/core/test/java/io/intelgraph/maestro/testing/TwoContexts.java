package io.intelgraph.maestro.testing;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.intelgraph.maestro.kube.ClientCallbackThreads;
import io.intelgraph.maestro.kube.PreviewCluster;
import io.intelgraph.maestro.model.preview.PreviewRequest;
import io.intelgraph.maestro.model.repo.RepoId;
import io.intelgraph.maestro.preview.AuditLog;
import io.intelgraph.maestro.preview.ChartRenderer;
import io.intelgraph.maestro.preview.ManifestDeployer;
import io.intelgraph.maestro.preview.PreviewContexts;
import io.intelgraph.maestro.preview.PreviewService;
import io.intelgraph.maestro.preview.PreviewWatcher;
import io.intelgraph.maestro.sim.SimCluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Two clusters for the context picker's tests: a generated kubeconfig whose contexts {@code east}
 * (current) and {@code west} point at two simulated clusters (fabric8's CRUD emulation), east with
 * the preview of PR 11, west with PRs 22 and 23 — all of {@link #REPO}.
 */
public final class TwoContexts implements AutoCloseable {

    public static final RepoId REPO = RepoId.parse("intelgraph-sim/preview-operator");

    public final SimCluster east = new SimCluster(Duration.ofMillis(100), true).start();
    public final SimCluster west = new SimCluster(Duration.ofMillis(100), true).start();
    public final Path kubeconfig;
    private final Path dir;

    public TwoContexts(Path dir) throws IOException {
        this.dir = dir;
        // The HUD's labelled namespaces are what the watcher shows as previews: no workloads needed.
        preview(east, 11);
        preview(west, 22);
        preview(west, 23);
        kubeconfig = dir.resolve("kubeconfig");
        Files.writeString(kubeconfig, """
                apiVersion: v1
                kind: Config
                current-context: east
                clusters:
                - name: east
                  cluster: {server: "%s"}
                - name: west
                  cluster: {server: "%s"}
                users:
                - name: tester
                  user: {token: "not-a-secret"}
                contexts:
                - name: east
                  context: {cluster: east, user: tester}
                - name: west
                  context: {cluster: west, user: tester}
                """.formatted(east.url(), west.url()));
    }

    private static void preview(SimCluster sim, int pr) {
        new PreviewCluster(sim.client()).ensureNamespace(new PreviewRequest(REPO, pr, "abc1234", Duration.ofHours(1)),
                "operator", Instant.now());
    }

    /** What the HUD's connector does, with manifests instead of Helm (no helm binary against the emulation). */
    public PreviewContexts.Connection connect(Optional<String> context) throws IOException {
        String contents = Files.readString(kubeconfig);
        KubernetesClient client = new KubernetesClientBuilder().withTaskExecutorSupplier(new ClientCallbackThreads())
                .withConfig(Config.fromKubeconfig(context.orElse(null), contents, kubeconfig.toString())).build();
        PreviewCluster cluster = new PreviewCluster(client);
        PreviewService service = new PreviewService(cluster, new ManifestDeployer(new ChartRenderer(Path.of("helm/intelgraph")),
                cluster), new AuditLog(dir, Clock.systemUTC()), Clock.systemUTC());
        String name = cluster.describe();
        PreviewWatcher watcher = new PreviewWatcher(client, service, name, false, new PreviewWatcher.Timing(
                Duration.ofMillis(20), Duration.ofMillis(200), Duration.ofMillis(200), Duration.ofSeconds(60)));
        return new PreviewContexts.Connection() {
            @Override
            public PreviewService service() {
                return service;
            }

            @Override
            public PreviewWatcher watcher() {
                return watcher;
            }

            @Override
            public String clusterName() {
                return name;
            }

            @Override
            public void close() {
                watcher.close();
                client.close();
            }
        };
    }

    /** Whether PR {@code pr}'s preview namespace is on {@code cluster} and not being deleted. */
    public static boolean hasPreview(SimCluster cluster, int pr) {
        var namespace = cluster.client().namespaces().withName("pr-" + pr).get();
        return namespace != null && namespace.getMetadata().getDeletionTimestamp() == null;
    }

    @Override
    public void close() {
        east.close();
        west.close();
    }
}
