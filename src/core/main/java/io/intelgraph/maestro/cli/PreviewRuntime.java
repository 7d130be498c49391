package io.intelgraph.maestro.cli;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.internal.KubeConfigUtils;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.intelgraph.maestro.config.HudConfig;
import io.intelgraph.maestro.config.LockedFile;
import io.intelgraph.maestro.github.GitHubClient;
import io.intelgraph.maestro.kube.ClientCallbackThreads;
import io.intelgraph.maestro.kube.PreviewCluster;
import io.intelgraph.maestro.model.preview.ClusterStatus;
import io.intelgraph.maestro.policy.CheckoutDockerfiles;
import io.intelgraph.maestro.policy.GitHubDockerfiles;
import io.intelgraph.maestro.policy.InProcessPolicyEngine;
import io.intelgraph.maestro.policy.PolicyChecker;
import io.intelgraph.maestro.policy.PolicyData;
import io.intelgraph.maestro.policy.PolicyDeployGate;
import io.intelgraph.maestro.preview.AuditLog;
import io.intelgraph.maestro.preview.ChartRenderer;
import io.intelgraph.maestro.preview.DeployGate;
import io.intelgraph.maestro.preview.HelmReleaseDeployer;
import io.intelgraph.maestro.preview.ManifestDeployer;
import io.intelgraph.maestro.preview.PreviewContexts;
import io.intelgraph.maestro.preview.PreviewDeployer;
import io.intelgraph.maestro.preview.PreviewService;
import io.intelgraph.maestro.preview.PreviewWatcher;
import io.intelgraph.maestro.sim.SimCluster;
import io.intelgraph.maestro.text.TerminalText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The preview half of the composition root: the user's kubeconfig (and chosen context) with Helm
 * releases, or — with no kubeconfig — the simulated cluster with rendered manifests.
 */
public final class PreviewRuntime implements PreviewContexts.Connection {

    private final KubernetesClient client;
    private final PreviewService service;
    private final PreviewWatcher watcher;
    private final SimCluster simCluster;
    private final String clusterName;
    private final Optional<PublishedFile> published;

    /** Where a HUD window publishes the address of its simulated cluster for CLI commands to join. */
    static final String SHARED_SIM_CLUSTER = "sim-cluster.url";
    /** How long a command waits for a HUD window asked to start its simulated cluster (it takes ~1 s). */
    private static final Duration HUD_START_PATIENCE = Duration.ofSeconds(15);

    /**
     * What a HUD window shows until its simulated cluster is first needed: the cluster starts empty, so
     * until then there is nothing on it to show.
     */
    public static final ClusterStatus SIM_CLUSTER_NOT_STARTED = new ClusterStatus("SIMULATED cluster", true,
            "Not started yet: the simulated cluster starts when Previews, Release or a run's details are first shown,"
                    + " or a preview command asks for it",
            "The simulated cluster has not started yet", "The simulated cluster has not started yet");

    private static final Logger LOG = LoggerFactory.getLogger(PreviewRuntime.class);

    private PreviewRuntime(KubernetesClient client, PreviewService service, PreviewWatcher watcher, SimCluster simCluster,
            String clusterName, Optional<PublishedFile> published) {
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
            Optional<GitHubClient> github) throws IOException {
        return create(config, simReadyAfter, shareSimCluster, github, LOG::warn);
    }

    /**
     * @param notices told, in one line, of what the user should know but that does not stop the
     *                command (a stale address file removed); the CLI prints it on stderr
     */
    public static PreviewRuntime create(HudConfig config, Duration simReadyAfter, boolean shareSimCluster,
            Optional<GitHubClient> github, Consumer<String> notices) throws IOException {
        ChartRenderer chart = new ChartRenderer(config.chart());
        AuditLog audit = new AuditLog(config.configDir(), Clock.systemUTC());
        Optional<DeployGate> gate = gate(config, chart, github);
        Optional<PreviewService.PullRequestCheck> pullRequests = github.map(PreviewRuntime::pullRequestCheck);
        Optional<Path> kubeconfig = config.simulateCluster() ? Optional.empty() : kubeconfigFile();
        if (kubeconfig.isEmpty()) {
            Path shared = config.configDir().resolve(SHARED_SIM_CLUSTER);
            Optional<KubernetesClient> running = shareSimCluster ? Optional.empty()
                    : joinRunningSimCluster(shared, notices).or(() -> askTheHudToStartIt(config.configDir(), shared, notices));
            String name = "SIMULATED cluster";
            if (running.isPresent()) {
                PreviewCluster cluster = new PreviewCluster(running.get());
                PreviewService service = new PreviewService(cluster, new ManifestDeployer(chart, cluster), audit,
                        Clock.systemUTC(), gate, pullRequests);
                return new PreviewRuntime(running.get(), service, new PreviewWatcher(running.get(), service,
                        name + " of the running HUD", true), null, name + " of the running HUD", Optional.empty());
            }
            SimCluster sim = new SimCluster(simReadyAfter, true).start();
            // Atomic and locked like every file in the config directory: a command reading it never sees half a URL.
            Optional<PublishedFile> published = shareSimCluster
                    ? Optional.of(PublishedFile.publish(new LockedFile(shared), sim.url())) : Optional.empty();
            PreviewCluster cluster = new PreviewCluster(sim.client());
            PreviewService service = new PreviewService(cluster, new ManifestDeployer(chart, cluster), audit, Clock.systemUTC(),
                    gate, pullRequests);
            return new PreviewRuntime(sim.client(), service, new PreviewWatcher(sim.client(), service, name, true), sim, name,
                    published);
        }
        return connect(kubeconfig.get(), config.kubeContext(), chart, audit, gate, pullRequests);
    }

    /** One pull request's state from GitHub, asked before cleanup calls a preview's PR closed. */
    private static PreviewService.PullRequestCheck pullRequestCheck(GitHubClient github) {
        return (repo, number) -> github.getPullRequest(repo, number).value().isOpen();
    }

    /**
     * The previews of one context of the kubeconfig at {@code kubeconfig} (its current context when
     * {@code context} is empty), for the Previews view's context picker to switch between.
     */
    public static PreviewRuntime connect(HudConfig config, Path kubeconfig, Optional<String> context,
            Optional<GitHubClient> github) throws IOException {
        ChartRenderer chart = new ChartRenderer(config.chart());
        return connect(kubeconfig, context, chart, new AuditLog(config.configDir(), Clock.systemUTC()),
                gate(config, chart, github), github.map(PreviewRuntime::pullRequestCheck));
    }

    private static PreviewRuntime connect(Path kubeconfig, Optional<String> context, ChartRenderer chart, AuditLog audit,
            Optional<DeployGate> gate, Optional<PreviewService.PullRequestCheck> pullRequests) throws IOException {
        String contents = Files.readString(kubeconfig);
        Config kube = Config.fromKubeconfig(context.orElse(null), contents, kubeconfig.toString());
        KubernetesClient client = new KubernetesClientBuilder().withTaskExecutorSupplier(new ClientCallbackThreads()).withConfig(kube).build();
        PreviewCluster cluster = new PreviewCluster(client);
        PreviewDeployer deployer = new HelmReleaseDeployer(chart, withContext(contents, context));
        PreviewService service = new PreviewService(cluster, deployer, audit, Clock.systemUTC(), gate, pullRequests);
        String name = cluster.describe();
        return new PreviewRuntime(client, service, new PreviewWatcher(client, service, name, false), null, name,
                Optional.empty());
    }

    /**
     * A HUD window's simulated cluster, if its address file exists and the cluster answers. A file
     * whose cluster does not answer (its HUD was killed) is removed, and {@code notices} told so.
     */
    private static Optional<KubernetesClient> joinRunningSimCluster(Path shared, Consumer<String> notices) {
        if (!Files.isRegularFile(shared)) {
            return Optional.empty();
        }
        String url = "";
        try {
            url = Files.readString(shared).strip();
            URI address = URI.create(url);
            if (!"http".equals(address.getScheme()) && !"https".equals(address.getScheme())
                    || address.getHost() == null || !InetAddress.getByName(address.getHost()).isLoopbackAddress()) {
                throw new IllegalArgumentException("not a loopback http(s) address");
            }
            KubernetesClient client = new KubernetesClientBuilder().withTaskExecutorSupplier(new ClientCallbackThreads()).withConfig(new ConfigBuilder()
                    .withMasterUrl(url).withRequestTimeout(3000).withConnectionTimeout(2000).withRequestRetryBackoffLimit(0)
                    .build()).build();
            try {
                client.namespaces().withName("default").get();
            } catch (RuntimeException e) {
                client.close();
                throw e;
            }
            return Optional.of(client);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(shared);
            } catch (IOException cannot) {
                // The file's text is anyone's: escaped, so it cannot clear the screen or forge a line of the warning.
                notices.accept("warning: " + TerminalText.escape(shared) + " names a simulated cluster at "
                        + TerminalText.escape(url) + " that does not answer, and it cannot be removed ("
                        + TerminalText.escape(cannot.getMessage()) + "); starting a new, empty simulated cluster.");
                return Optional.empty();
            }
            notices.accept("warning: the simulated cluster recorded in " + TerminalText.escape(shared) + " ("
                    + TerminalText.escape(url) + ") does not answer (its HUD"
                    + " is gone): removed the stale file; starting a new, empty simulated cluster.");
            return Optional.empty();
        }
    }

    /**
     * A HUD window's simulated cluster that it had not started yet: it is asked to ({@link SimClusterDoorbell}),
     * and joined once it has published its address.
     */
    private static Optional<KubernetesClient> askTheHudToStartIt(Path configDir, Path shared, Consumer<String> notices) {
        try {
            return switch (SimClusterDoorbell.ring(configDir, shared, HUD_START_PATIENCE)) {
                case NO_BELL -> Optional.empty();
                case ANSWERED -> joinRunningSimCluster(shared, notices);
                case NO_ANSWER -> {
                    notices.accept("warning: the running HUD did not start its simulated cluster within "
                            + HUD_START_PATIENCE.toSeconds() + " s; starting a new, empty simulated cluster.");
                    yield Optional.empty();
                }
            };
        } catch (IOException e) {
            notices.accept("warning: cannot ask the running HUD for its simulated cluster (" + TerminalText.escape(e.getMessage())
                    + "); starting a new, empty simulated cluster.");
            return Optional.empty();
        }
    }

    /** The policy gate, when the policy directory exists (deploys are not gated without policies). */
    static Optional<DeployGate> gate(HudConfig config, ChartRenderer chart,
            Optional<GitHubClient> github) throws IOException {
        if (!Files.isDirectory(config.policyDir())) {
            return Optional.empty();
        }
        var checker = new PolicyChecker(
                InProcessPolicyEngine.load(config.policyDir())
                        .withData(PolicyData.load(config.policyData())), Optional.empty());
        return Optional.of(new PolicyDeployGate(checker, chart,
                new CheckoutDockerfiles(config.checkouts(),
                        github.<PolicyDeployGate.DockerfileSource>map(
                                GitHubDockerfiles::new)
                                .orElse((repo, ref) -> PolicyDeployGate.Dockerfiles.none())),
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

    /** Whether a cluster is there to look at: the simulated one asked for, or a kubeconfig's. */
    static boolean clusterConfigured(HudConfig config) {
        return config.simulateCluster() || kubeconfigFile().isPresent();
    }

    /** The kubeconfig fabric8 would read ($KUBECONFIG, else ~/.kube/config), unless the cluster is simulated. */
    public static Optional<Path> kubeconfig(HudConfig config) {
        return config.simulateCluster() ? Optional.empty() : kubeconfigFile();
    }

    private static Optional<Path> kubeconfigFile() {
        return Config.getKubeconfigFilenames().stream().map(Path::of).filter(Files::isRegularFile).findFirst();
    }

    public KubernetesClient client() {
        return client;
    }

    @Override
    public PreviewService service() {
        return service;
    }

    @Override
    public PreviewWatcher watcher() {
        return watcher;
    }

    public boolean simulated() {
        return simCluster != null || clusterName.startsWith("SIMULATED");
    }

    @Override
    public String clusterName() {
        return clusterName;
    }

    @Override
    public void close() {
        watcher.close();
        published.ifPresent(PublishedFile::close);
        if (simCluster != null) {
            simCluster.close();
        } else {
            client.close();
        }
    }
}
