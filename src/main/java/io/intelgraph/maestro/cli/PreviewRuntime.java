package io.intelgraph.maestro.cli;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.internal.KubeConfigUtils;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.intelgraph.maestro.config.HudConfig;
import io.intelgraph.maestro.kube.PreviewCluster;
import io.intelgraph.maestro.kube.PreviewWatcher;
import io.intelgraph.maestro.preview.AuditLog;
import io.intelgraph.maestro.preview.ChartRenderer;
import io.intelgraph.maestro.preview.HelmReleaseDeployer;
import io.intelgraph.maestro.preview.ManifestDeployer;
import io.intelgraph.maestro.preview.PreviewDeployer;
import io.intelgraph.maestro.preview.PreviewService;
import io.intelgraph.maestro.sim.SimCluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The preview half of the composition root: the user's kubeconfig (and chosen context) with Helm
 * releases, or — with no kubeconfig — the simulated cluster with rendered manifests.
 */
public final class PreviewRuntime implements AutoCloseable {

    private final KubernetesClient client;
    private final PreviewService service;
    private final PreviewWatcher watcher;
    private final SimCluster simCluster;
    private final String clusterName;
    private final Path published;

    /** Where a HUD window publishes the address of its simulated cluster for CLI commands to join. */
    static final String SHARED_SIM_CLUSTER = "sim-cluster.url";

    private PreviewRuntime(KubernetesClient client, PreviewService service, PreviewWatcher watcher, SimCluster simCluster,
            String clusterName, Path published) {
        this.client = client;
        this.service = service;
        this.watcher = watcher;
        this.simCluster = simCluster;
        this.clusterName = clusterName;
        this.published = published;
    }

    /**
     * @param shareSimCluster the HUD window shares its simulated cluster (it writes its address to
     *                        the config directory); CLI commands join a running one when there is one
     */
    public static PreviewRuntime create(HudConfig config, Duration simReadyAfter, boolean shareSimCluster)
            throws IOException {
        return create(config, simReadyAfter, shareSimCluster, Optional.empty());
    }

    /** @param github where the deploy gate reads the PR's Dockerfile (contents API); empty: chart only */
    public static PreviewRuntime create(HudConfig config, Duration simReadyAfter, boolean shareSimCluster,
            Optional<io.intelgraph.maestro.github.GitHubClient> github) throws IOException {
        ChartRenderer chart = new ChartRenderer(config.chart());
        AuditLog audit = new AuditLog(config.configDir(), Clock.systemUTC());
        Optional<io.intelgraph.maestro.preview.DeployGate> gate = gate(config, chart, github);
        Optional<Path> kubeconfig = config.simulateCluster() ? Optional.empty() : kubeconfigFile();
        if (kubeconfig.isEmpty()) {
            Path shared = config.configDir().resolve(SHARED_SIM_CLUSTER);
            Optional<KubernetesClient> running = shareSimCluster ? Optional.empty() : joinRunningSimCluster(shared);
            String name = "SIMULATED cluster";
            if (running.isPresent()) {
                PreviewCluster cluster = new PreviewCluster(running.get());
                PreviewService service = new PreviewService(cluster, new ManifestDeployer(chart, cluster), audit,
                        Clock.systemUTC(), gate);
                return new PreviewRuntime(running.get(), service, new PreviewWatcher(running.get(), service,
                        name + " of the running HUD", true), null, name + " of the running HUD", null);
            }
            SimCluster sim = new SimCluster(simReadyAfter, true).start();
            Path published = null;
            if (shareSimCluster) {
                Files.createDirectories(config.configDir());
                Files.writeString(shared, sim.url());
                published = shared;
            }
            PreviewCluster cluster = new PreviewCluster(sim.client());
            PreviewService service = new PreviewService(cluster, new ManifestDeployer(chart, cluster), audit, Clock.systemUTC(),
                    gate);
            return new PreviewRuntime(sim.client(), service, new PreviewWatcher(sim.client(), service, name, true), sim, name,
                    published);
        }
        String contents = Files.readString(kubeconfig.get());
        Config kube = Config.fromKubeconfig(config.kubeContext().orElse(null), contents, kubeconfig.get().toString());
        KubernetesClient client = new KubernetesClientBuilder().withConfig(kube).build();
        PreviewCluster cluster = new PreviewCluster(client);
        PreviewDeployer deployer = new HelmReleaseDeployer(chart, withContext(contents, config.kubeContext()));
        PreviewService service = new PreviewService(cluster, deployer, audit, Clock.systemUTC(), gate);
        String name = cluster.describe();
        return new PreviewRuntime(client, service, new PreviewWatcher(client, service, name, false), null, name, null);
    }

    /** A HUD window's simulated cluster, if its address file exists and it answers. */
    private static Optional<KubernetesClient> joinRunningSimCluster(Path shared) {
        if (!Files.isRegularFile(shared)) {
            return Optional.empty();
        }
        try {
            String url = Files.readString(shared).strip();
            KubernetesClient client = new KubernetesClientBuilder().withConfig(new io.fabric8.kubernetes.client.ConfigBuilder()
                    .withMasterUrl(url).withRequestTimeout(3000).withConnectionTimeout(2000).withRequestRetryBackoffLimit(0)
                    .build()).build();
            client.namespaces().withName("default").get();
            return Optional.of(client);
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // stale file: the HUD that wrote it is gone
        }
    }

    /** The policy gate, when the policy directory exists (deploys are not gated without policies). */
    private static Optional<io.intelgraph.maestro.preview.DeployGate> gate(HudConfig config, ChartRenderer chart,
            Optional<io.intelgraph.maestro.github.GitHubClient> github) throws IOException {
        if (!Files.isDirectory(config.policyDir())) {
            return Optional.empty();
        }
        var checker = new io.intelgraph.maestro.policy.PolicyChecker(
                io.intelgraph.maestro.policy.InProcessPolicyEngine.load(config.policyDir())
                        .withData(io.intelgraph.maestro.policy.PolicyData.load(config.policyData())), Optional.empty());
        return Optional.of(new io.intelgraph.maestro.policy.PolicyDeployGate(checker, chart,
                new io.intelgraph.maestro.policy.CheckoutDockerfiles(config.checkouts(),
                        github.<io.intelgraph.maestro.policy.PolicyDeployGate.DockerfileSource>map(
                                io.intelgraph.maestro.policy.GitHubDockerfiles::new)
                                .orElse((repo, ref) -> io.intelgraph.maestro.policy.PolicyDeployGate.Dockerfiles.none())),
                Clock.systemUTC()));
    }

    /** The kubeconfig Helm should use: the same file, with the chosen context made current. */
    private static String withContext(String contents, Optional<String> context) {
        if (context.isEmpty()) {
            return contents;
        }
        var parsed = KubeConfigUtils.parseConfigFromString(contents);
        if (parsed.getContexts().stream().noneMatch(c -> c.getName().equals(context.get()))) {
            throw new IllegalArgumentException("No context '" + context.get() + "' in the kubeconfig");
        }
        parsed.setCurrentContext(context.get());
        return Serialization.asYaml(parsed);
    }

    private static Optional<Path> kubeconfigFile() {
        return Config.getKubeconfigFilenames().stream().map(Path::of).filter(Files::isRegularFile).findFirst();
    }

    public KubernetesClient client() {
        return client;
    }

    public PreviewService service() {
        return service;
    }

    public PreviewWatcher watcher() {
        return watcher;
    }

    public boolean simulated() {
        return simCluster != null || clusterName.startsWith("SIMULATED");
    }

    public String clusterName() {
        return clusterName;
    }

    @Override
    public void close() {
        watcher.close();
        if (published != null) {
            try {
                Files.deleteIfExists(published);
            } catch (IOException e) {
                // best effort: a stale file is detected (no answer) by the next command
            }
        }
        if (simCluster != null) {
            simCluster.close();
        } else {
            client.close();
        }
    }
}
