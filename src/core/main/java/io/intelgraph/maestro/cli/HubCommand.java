package io.intelgraph.maestro.cli;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.intelgraph.maestro.config.ConfigLoader;
import io.intelgraph.maestro.config.HudConfig;
import io.intelgraph.maestro.distill.TeacherMarketplace;
import io.intelgraph.maestro.hub.Hub;
import io.intelgraph.maestro.hub.HubLimits;
import io.intelgraph.maestro.hub.Origins;
import io.intelgraph.maestro.logging.LibraryLogLevel;
import io.intelgraph.maestro.text.TerminalText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * {@code hub}: the headless hub (no JavaFX) — the same sources, store and engines as the HUD,
 * served to every display over one port: the WebSocket feed, REST, cc.xml, metrics, and GitHub's
 * webhooks in. The composition root of the hub: {@link HudRuntime} and {@link PreviewRuntime}
 * build the graph as they do for the window, {@link Hub} serves it. Runs until stopped (Ctrl-C, SIGTERM).
 */
@Command(name = "hub", mixinStandardHelpOptions = true,
        description = {"Serve the build plane to every display: WebSocket feed at /api/buildhub, REST, /cc.xml, /metrics,"
                + " GitHub webhooks at /webhooks/github. Secrets come from the environment or files, never flags:",
                "  MAESTRO_WEBHOOK_SECRET (or --webhook-secret-file): GitHub's deliveries are refused without it;",
                "  MAESTRO_HUB_TOKEN (or --hub-token-file): changes (teachers, /webhooks/k8s|security) are refused without it;",
                "  MAESTRO_TLS_KEYSTORE_PASSWORD: the password of --tls-keystore.",
                "MAESTRO_HUB_ORIGINS: web pages of other origins that may open the feed (comma-separated).",
                "MAESTRO_HUB_HOSTS: names the hub is reached by (comma-separated; .example.com: its subdomains too);"
                        + " other Host names are refused with 421 (DNS rebinding). Bound to 0.0.0.0 without it, any Host is taken."})
final class HubCommand implements Callable<Integer> {

    /** The original hub's port. */
    static final int DEFAULT_PORT = 3080;
    /** Web pages of other origins that may open the feed, comma-separated ({@code https://dash.example.com}). */
    static final String ALLOWED_ORIGINS = "MAESTRO_HUB_ORIGINS";
    /** Names the hub is reached by, comma-separated ({@code hub.example.com}, {@code .example.com}). */
    static final String ALLOWED_HOSTS = "MAESTRO_HUB_HOSTS";

    @ParentCommand
    Main main;

    @Mixin
    SourceOptions source;

    @Option(names = "--bind", paramLabel = "ADDR", description = "Address to listen on (default 127.0.0.1; 0.0.0.0: every interface).")
    String bind = "127.0.0.1";

    @Option(names = "--port", paramLabel = "N", description = "Port of HTTP and the WebSocket feed (default 3080; 0: any free port).")
    int port = DEFAULT_PORT;

    @Option(names = "--webhook-secret-file", paramLabel = "FILE",
            description = "File holding GitHub's webhook secret (instead of MAESTRO_WEBHOOK_SECRET).")
    Path webhookSecretFile;

    @Option(names = "--hub-token-file", paramLabel = "FILE",
            description = "File holding the hub token that changes need (instead of MAESTRO_HUB_TOKEN).")
    Path hubTokenFile;

    @Option(names = "--tls-keystore", paramLabel = "FILE",
            description = "PKCS12 keystore with the hub's key and certificate: https:// and wss:// (password in MAESTRO_TLS_KEYSTORE_PASSWORD).")
    Path tlsKeystore;

    @Option(names = "--lease-name", paramLabel = "NAME",
            description = "Elect one leader among hubs on this coordination.k8s.io Lease (in the cluster of the service account"
                    + " or kubeconfig): only the leader polls GitHub and is ready (/ready); without it, no election.")
    String leaseName;

    @Option(names = "--lease-namespace", paramLabel = "NS", description = "The Lease's namespace (default: the pod's, or the kubeconfig's).")
    String leaseNamespace;

    @Option(names = "--identity", paramLabel = "ID",
            description = "This hub's name in the election (default: POD_NAME, else host name and process id).")
    String identity;

    @Option(names = "--leader-endpoint", paramLabel = "SERVICE",
            description = "With --lease-name: the leader writes itself (POD_IP, this port) as the only endpoint of this"
                    + " Service (one without a selector, in the Lease's namespace), and every hub is ready at /ready —"
                    + " so rollouts and Helm's --wait complete.")
    String leaderEndpoint;

    /** The exit status of a hub that lost the lease: Kubernetes restarts it as a standby. */
    static final int EXIT_DEPOSED = 3;

    /** Where the election's Lease lives (tests give fabric8's mock API server). */
    Supplier<KubernetesClient> cluster = Election::configuredCluster;

    private final CountDownLatch stop = new CountDownLatch(1);
    private volatile boolean deposed;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile Hub running;

    /** Java-WebSocket logs each client's protocol error with a stack trace; the hub says it in one line per client. */
    private static final LibraryLogLevel JAVA_WEBSOCKET_LOGGING = new LibraryLogLevel("org.java_websocket", "off");

    @Override
    public Integer call() throws Exception {
        JAVA_WEBSOCKET_LOGGING.applyUnlessSet();
        if (port < 0 || port > 65_535) {
            main.err().println("error: --port must be 0 to 65535, not " + port);
            return 2;
        }
        InetSocketAddress address;
        try {
            address = new InetSocketAddress(InetAddress.getByName(bind), port);
        } catch (UnknownHostException e) {
            main.err().println("error: --bind " + TerminalText.escape(bind) + " is not an address of this machine");
            return 2;
        }
        HubSecrets secrets;
        try {
            secrets = HubSecrets.read(main.env(), webhookSecretFile, hubTokenFile, tlsKeystore);
        } catch (HubSecrets.Unusable e) {
            main.err().println("error: " + e.getMessage());
            return 2;
        }
        secrets.notices().forEach(main.err()::println);
        Optional<Election.Settings> election;
        try {
            election = election();
        } catch (IllegalArgumentException e) {
            main.err().println("error: " + e.getMessage());
            return 2;
        }
        if (!address.getAddress().isLoopbackAddress() && secrets.tls().isEmpty()) {
            main.err().println("warning: the hub listens on " + TerminalText.escape(bind) + " without TLS: webhook signatures"
                    + " still hold, but the hub token and the feed travel in the clear (--tls-keystore, or a TLS proxy in front)");
        }
        // The hub's --sim is the whole simulated build plane, GitHub and cluster: a demo hub never watches a real cluster.
        source.simulateCluster |= source.simulate;
        HudConfig config = new ConfigLoader(main.env(), ConfigLoader.defaultConfigDir(main.env())).load(source.flags());
        try (HudRuntime runtime = HudRuntime.create(config, main.tokens())) {
            Optional<TeacherMarketplace> teachers = runtime.openTeachers(config.configDir());
            Hub.Settings settings = new Hub.Settings(address, secrets.tls(), secrets.webhookSecret(), secrets.hubToken(),
                    Origins.allowing(List.of(main.env().getOrDefault(ALLOWED_ORIGINS, "").split(","))), HubLimits.defaults(),
                    Duration.ofMinutes(3), Duration.ofMinutes(5), List.of(main.env().getOrDefault(ALLOWED_HOSTS, "").split(",")));
            if (settings.hostCheck().acceptsAnyName()) {
                main.err().println("warning: the hub listens on every interface and takes any Host name; name the ones it is"
                        + " reached by in " + ALLOWED_HOSTS + " to refuse pages that rename its address (DNS rebinding)");
            }
            CompletableFuture<Integer> listening = new CompletableFuture<>();
            try (LeaderSources sources = new LeaderSources(config, runtime, teachers, this::deposed);
                    Election joined = Election.join(election, cluster, sources, listening)) {
                Hub.Sources reads = new Hub.Sources(teachers, "teachers.json in " + config.configDir()
                        + " could not be used (the log says why)", runtime.poller()::reconcileEvery,
                        runtime.client().http()::traffic).withRole(joined::role)
                        .withDeliveries(runtime.poller()::deliveryArrived);
                // The simulator's clock runs at its speed; the displays time running builds on it.
                double clockRate = runtime.simulated() ? config.simSpeed() : 1;
                try (Hub hub = Hub.start(settings, runtime.plane(), clockRate, reads, Clock.systemUTC())) {
                    listening.complete(hub.server().port());
                    describe(main.out(), hub, runtime, sources, joined, secrets);
                    // Published once announced: whoever sees it running may read the whole announcement.
                    running = hub;
                    Thread hook = new Thread(this::stopAndWait, "hub-shutdown");
                    Runtime.getRuntime().addShutdownHook(hook);
                    stop.await();
                    removeHook(hook);
                } catch (IOException e) {
                    main.err().println("error: " + TerminalText.escape(e.getMessage()));
                    return 1;
                } finally {
                    running = null;
                }
            } catch (Election.Unusable e) {
                main.err().println("error: " + TerminalText.escape(e.getMessage()));
                return 1;
            }
        } finally {
            stopped.countDown();
        }
        return deposed ? EXIT_DEPOSED : 0;
    }

    /**
     * The election's settings from the flags; empty without {@code --lease-name}. An IllegalArgumentException says
     * why the flags cannot be used together.
     */
    private Optional<Election.Settings> election() {
        boolean endpoint = leaderEndpoint != null && !leaderEndpoint.isBlank();
        if (leaseName == null || leaseName.isBlank()) {
            if (endpoint) {
                throw new IllegalArgumentException("--leader-endpoint needs --lease-name: only an elected leader writes the"
                        + " Service's endpoint");
            }
            return Optional.empty();
        }
        String podIp = main.env().getOrDefault("POD_IP", "");
        if (endpoint && podIp.isBlank()) {
            throw new IllegalArgumentException("--leader-endpoint needs this hub's address in POD_IP (the chart sets it"
                    + " from the pod's status.podIP)");
        }
        String me = identity != null && !identity.isBlank() ? identity
                : main.env().getOrDefault("POD_NAME", Election.hostName() + "-" + ProcessHandle.current().pid());
        return Optional.of(new Election.Settings(leaseName, Optional.ofNullable(leaseNamespace).filter(n -> !n.isBlank()),
                me, endpoint ? Optional.of(new Election.Endpoint(leaderEndpoint, podIp)) : Optional.empty()));
    }

    /** The lease was lost and the sources stopped: end, so that the pod restarts as a fresh standby. */
    private void deposed() {
        deposed = true;
        stop.countDown();
    }

    /** Ctrl-C or SIGTERM: let {@link #call()} close the hub (clients are told "going away") before the JVM ends. */
    /** On Ctrl-C or SIGTERM: says so, ends the hub (its displays get close 1001, going away), says when it has. */
    private void stopAndWait() {
        main.out().println("hub: stopping (Ctrl-C or SIGTERM): the displays are told it is going away");
        main.out().flush();
        stop.countDown();
        try {
            boolean done = stopped.await(5, TimeUnit.SECONDS);
            main.out().println(done ? "hub: stopped" : "hub: not stopped within 5 s; the process ends all the same");
            main.out().flush();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Ends a running hub (what a test does instead of Ctrl-C). */
    void stop() {
        stop.countDown();
    }

    /** The hub while it runs, for tests that start the command in-process. */
    Optional<Hub> running() {
        return Optional.ofNullable(running);
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // already shutting down: the hook is what woke us
        }
    }

    private static void describe(PrintWriter out, Hub hub, HudRuntime runtime, LeaderSources sources, Election election,
            HubSecrets secrets) {
        String base = hub.server().baseUrl();
        out.println("Maestro hub on " + base + " — feed " + hub.server().feedUrl());
        out.println("  source:   " + TerminalText.escape(runtime.sourceName()));
        out.println("  cluster:  " + sources.clusterName().map(TerminalText::escape)
                .orElse(sources.started() ? "none (see /api/previews)" : "watched once this hub leads"));
        out.println("  election: " + TerminalText.escape(election.describe()));
        out.println("  REST:     " + base + "/health  /api/builds  /api/previews  /api/distillation  /cc.xml  /metrics");
        out.println("  webhooks: " + (secrets.webhookSecret().isPresent()
                ? "POST " + base + "/webhooks/github (signed with the webhook secret)"
                : "off — no webhook secret (MAESTRO_WEBHOOK_SECRET or --webhook-secret-file)"));
        out.println("  changes:  " + (secrets.hubToken().configured() ? "with Authorization: Bearer <hub token>"
                : "off — no hub token (MAESTRO_HUB_TOKEN or --hub-token-file)"));
        out.println("Ctrl-C stops it.");
        out.flush();
    }
}
