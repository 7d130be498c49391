package io.intelgraph.maestro.cli;

import io.intelgraph.maestro.auth.AppInstallation;
import io.intelgraph.maestro.auth.AppKey;
import io.intelgraph.maestro.auth.CredentialStore;
import io.intelgraph.maestro.auth.InstallationTokens;
import io.intelgraph.maestro.auth.SignIn;
import io.intelgraph.maestro.config.AccessConfig;
import io.intelgraph.maestro.config.HudConfig;
import io.intelgraph.maestro.distill.DistillEngine;
import io.intelgraph.maestro.distill.DistillFeed;
import io.intelgraph.maestro.distill.TeacherMarketplace;
import io.intelgraph.maestro.github.Credentials;
import io.intelgraph.maestro.github.GitHubClient;
import io.intelgraph.maestro.github.GitHubHttp;
import io.intelgraph.maestro.github.GitHubPoller;
import io.intelgraph.maestro.github.PollPlanner;
import io.intelgraph.maestro.github.PollPolicy;
import io.intelgraph.maestro.github.PollScheduler;
import io.intelgraph.maestro.github.PollTargets;
import io.intelgraph.maestro.github.Token;
import io.intelgraph.maestro.github.TokenSource;
import io.intelgraph.maestro.hub.Backoff;
import io.intelgraph.maestro.hub.FollowedClock;
import io.intelgraph.maestro.hub.HubSource;
import io.intelgraph.maestro.net.Network;
import io.intelgraph.maestro.sim.SimChurn;
import io.intelgraph.maestro.sim.SimClock;
import io.intelgraph.maestro.sim.SimGitHubServer;
import io.intelgraph.maestro.sim.SimScale;
import io.intelgraph.maestro.sim.SimWorld;
import io.intelgraph.maestro.store.BuildPlane;
import io.intelgraph.maestro.store.Freshness;
import io.intelgraph.maestro.store.SourceHealth;
import io.intelgraph.maestro.supplychain.BundleVerifier;
import io.intelgraph.maestro.supplychain.CurrentBundleVerifier;
import io.intelgraph.maestro.supplychain.EvidenceCollector;
import io.intelgraph.maestro.supplychain.TrustedRootSource;
import io.intelgraph.maestro.supplychain.EvidenceFeed;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The composition root: builds the object graph for a configuration. With no GitHub URL and no
 * token it starts the embedded simulated build plane and points the same real client at it.
 */
public final class HudRuntime implements AutoCloseable {

    /** The simulator's fastest poll of a busy repository (its world runs faster than real time). */
    private static final Duration SIM_MIN_POLL = Duration.ofSeconds(2);
    /** Repositories read at once: a small pool, far under GitHub's 100 open requests. */
    private static final int POLL_CONCURRENCY = 4;

    private final BuildPlane plane;
    private final GitHubClient client;
    private final GitHubPoller poller;
    private final ScheduledExecutorService executor;
    // The feeds start later, on another thread than the one that closes the runtime (the HUD starts them once its
    // first live tiles are on screen): each is published whole, as the one action that stops it and its thread.
    private volatile Runnable stopEvidenceFeed = () -> { };
    private volatile Runnable stopDistillFeed = () -> { };
    private final SimGitHubServer simulator;
    private final String sourceName;
    private HubSource hub;
    private ScheduledExecutorService hubExecutor;
    private String actions = "";
    /** What every request of {@link #client} is authorised with; a sign-in in the window switches it. */
    private Credentials.Switchable credentials = new Credentials.Switchable(Credentials.none());
    private AccessConfig access = AccessConfig.DEFAULT;
    /** The picture kept for the next start; empty in hub mode (the hub answers at once). */
    private Optional<PictureCache> pictureCache = Optional.empty();
    /**
     * What bundles are verified with: against GitHub (or a hub), Sigstore's root kept fresh through TUF in the config
     * directory; on the simulated plane, which must not reach the network, the snapshot bundled with the HUD.
     */
    private Supplier<BundleVerifier> bundleVerifier = CurrentBundleVerifier.bundled();
    /** Set by {@link #showCachedPicture()}: only the window keeps a picture; commands such as status write none. */
    private Optional<Runnable> stopSavingPicture = Optional.empty();

    private HudRuntime(BuildPlane plane, GitHubClient client, GitHubPoller poller, ScheduledExecutorService executor,
            SimGitHubServer simulator, String sourceName) {
        this.plane = plane;
        this.client = client;
        this.poller = poller;
        this.executor = executor;
        this.simulator = simulator;
        this.sourceName = sourceName;
    }

    public static HudRuntime create(HudConfig config, TokenSource tokens) throws IOException {
        if (config.hubUrl().isPresent()) {
            return hubFed(config, tokens, config.hubUrl().orElseThrow());
        }
        boolean simulate = config.simulate();
        Optional<Token> token = Optional.empty();
        if (!simulate) {
            token = tokens.find(config.tokenHost());
            simulate = config.apiUrl().isEmpty() && token.isEmpty() && config.access().app().isEmpty();
        }
        ScheduledExecutorService executor = daemonScheduler("github-poller");
        Duration minPoll = Duration.ofSeconds(config.minPollSeconds());
        if (simulate) {
            Instant now = Clock.systemUTC().instant();
            SimClock simClock = new SimClock(now, config.simSpeed());
            SimScale scale = simScale(config.simSize());
            SimWorld world = new SimWorld(config.simSeed(), now, SimChurn.around(scale, config.simChurnGap()), scale);
            String simToken = "sim_" + HexFormat.of().formatHex(new SecureRandom().generateSeed(12));
            SimGitHubServer server = new SimGitHubServer(world, simClock, Clock.systemUTC(), simToken, config.simPort())
                    .start();
            String name = "SIMULATED build plane (seed " + config.simSeed() + ", " + trim(config.simSpeed()) + "× speed"
                    + (scale.custom() ? ", " + scale.repos() + " repositories" : "")
                    + (config.simChurnGap().isZero() ? "" : ", changing every ~" + churnGap(config.simChurnGap())) + ")";
            BuildPlane plane = new BuildPlane(simClock, Clock.systemUTC(), SourceHealth.connecting(name, true));
            plane.setRetention(config.tileRetention());
            Credentials.Switchable credentials = new Credentials.Switchable(
                    Credentials.of(Optional.of(new Token(simToken, "simulator"))));
            GitHubClient client = new GitHubClient(new GitHubHttp(server.baseUrl(), credentials, Clock.systemUTC(),
                    Duration.ofSeconds(10), Network.DIRECT));
            PollTargets targets = new PollTargets(List.of(world.org()), List.of());
            // The simulated world moves faster than real time: poll often enough to see it move.
            PollPolicy simPolicy = new PollPolicy.Adaptive(PollScheduler.Settings.github().forSpeed(config.simSpeed(),
                    minPoll.compareTo(SIM_MIN_POLL) < 0 ? minPoll : SIM_MIN_POLL), POLL_CONCURRENCY);
            GitHubPoller poller = new GitHubPoller(client, plane, targets, simPolicy, executor, Clock.systemUTC(),
                    config.runsPerRepo(), config.simSeed());
            HudRuntime runtime = new HudRuntime(plane, client, poller, executor, server, name);
            runtime.credentials = credentials;
            runtime.pictureCache = Optional.of(PictureCache.in(config.configDir(), name + "|" + targets));
            return runtime;
        }
        boolean nothingNamed = config.owners().isEmpty() && config.repos().isEmpty();
        Optional<InstallationTokens> app = appTokens(config);
        if (nothingNamed && (token.isEmpty() || app.isPresent())) {
            executor.shutdownNow();
            throw new IllegalArgumentException("Name what to watch: --org OWNER or --repo OWNER/NAME "
                    + "(or MAESTRO_ORGS / github.orgs in config.properties), or set a token to watch your own repositories.");
        }
        var apiUrl = config.apiUrl().orElse(HudConfig.GITHUB_COM);
        String name = apiUrl.equals(HudConfig.GITHUB_COM) ? "github.com" : apiUrl.getHost()
                + (apiUrl.getPort() > 0 ? ":" + apiUrl.getPort() : "");
        name += app.isPresent() ? " (GitHub App " + config.access().app().orElseThrow().appId() + ")"
                : token.map(t -> " (token from " + t.origin() + ")").orElse(" (no token: public data, 60 requests/hour)");
        // Builds are timed on the hub's clock (it runs faster in `hub --sim`), the status bar on this machine's.
        BuildPlane plane = new BuildPlane(new FollowedClock(Clock.systemUTC()), Clock.systemUTC(),
                SourceHealth.connecting(name, false));
        plane.setRetention(config.tileRetention());
        Credentials.Switchable credentials = new Credentials.Switchable(app.<Credentials>map(a -> a)
                .orElse(Credentials.of(token)));
        GitHubClient client = new GitHubClient(new GitHubHttp(apiUrl, credentials, Clock.systemUTC(),
                Duration.ofSeconds(20), config.access().network()));
        // With a token and nothing named, watch the token user's own repositories, as gh would.
        PollTargets targets = nothingNamed ? PollTargets.tokenUsersRepositories()
                : new PollTargets(config.owners(), config.repos());
        PollPolicy policy = new PollPolicy.Adaptive(PollScheduler.Settings.github().forSpeed(1, minPoll),
                POLL_CONCURRENCY);
        GitHubPoller poller = new GitHubPoller(client, plane, targets, policy,
                executor, Clock.systemUTC(), config.runsPerRepo(), System.nanoTime());
        HudRuntime runtime = new HudRuntime(plane, client, poller, executor, null, name);
        runtime.credentials = credentials;
        runtime.access = config.access();
        runtime.bundleVerifier = tufVerified(config);
        runtime.pictureCache = Optional.of(PictureCache.in(config.configDir(), name + "|" + targets));
        return runtime;
    }

    /**
     * Bundles verified against Sigstore's root kept fresh through TUF, its cache in the config directory. Made when the
     * first bundle is read, so that sigstore-java's TUF classes (from a jar the AOT cache does not cover) stay off the
     * window's start.
     */
    private static Supplier<BundleVerifier> tufVerified(HudConfig config) {
        AtomicReference<CurrentBundleVerifier> made = new AtomicReference<>();
        return () -> made.updateAndGet(current -> current != null ? current
                : new CurrentBundleVerifier(TrustedRootSource.publicGood(config.configDir(), config.access().network()),
                        false, Clock.systemUTC())).get();
    }

    /** The GitHub App's renewing installation tokens, when the App is configured; its key is read now. */
    private static Optional<InstallationTokens> appTokens(HudConfig config) throws IOException {
        if (config.access().app().isEmpty()) {
            return Optional.empty();
        }
        AppInstallation app = config.access().app().get();
        AppKey key = AppKey.read(app.keyFile());
        return Optional.of(new InstallationTokens(config.apiUrl().orElse(HudConfig.GITHUB_COM), app, key,
                config.access().network().client().connectTimeout(Duration.ofSeconds(20)).build(), Clock.systemUTC(),
                Duration.ofSeconds(20)));
    }

    /**
     * Signing in to the GitHub this runtime talks to, switching its requests to the new token at once;
     * empty when a GitHub App authenticates it (a shared display signs in as no one).
     */
    public Optional<SignIn> signIn(CredentialStore store) {
        if (!access.app().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(SignIns.forApi(client.http().baseUrl(), simulator != null, access, store,
                Optional.of(credentials)));
    }

    /**
     * Hub mode: the plane shows the hub's feed and nothing polls GitHub from here. Actions (re-run,
     * deploy, teardown, policy check) still go out with this machine's GitHub token when it has one.
     */
    private static HudRuntime hubFed(HudConfig config, TokenSource tokens, URI hubUrl) {
        URI feed = HubSource.feedUri(hubUrl);
        String name = HubSource.sourceName(feed);
        URI apiUrl = config.apiUrl().orElse(HudConfig.GITHUB_COM);
        Optional<Token> token = tokens.find(config.tokenHost());
        // Builds are timed on the hub's clock (it runs faster in `hub --sim`), the status bar on this machine's.
        BuildPlane plane = new BuildPlane(new FollowedClock(Clock.systemUTC()), Clock.systemUTC(),
                SourceHealth.connecting(name, false));
        plane.setRetention(config.tileRetention());
        Credentials.Switchable credentials = new Credentials.Switchable(Credentials.of(token));
        GitHubClient client = new GitHubClient(new GitHubHttp(apiUrl, credentials, Clock.systemUTC(),
                Duration.ofSeconds(20), config.access().network()));
        ScheduledExecutorService executor = daemonScheduler("github-poller");
        // Built so the graph is whole, never started: the hub polls.
        GitHubPoller poller = new GitHubPoller(client, plane, PollTargets.tokenUsersRepositories(),
                new PollPlanner(Duration.ofSeconds(config.minPollSeconds()), Duration.ofMinutes(10), 0.8), executor,
                Clock.systemUTC(), config.runsPerRepo(), System.nanoTime());
        HudRuntime runtime = new HudRuntime(plane, client, poller, executor, null, name);
        runtime.credentials = credentials;
        runtime.access = config.access();
        runtime.bundleVerifier = tufVerified(config);
        runtime.hubExecutor = daemonScheduler("hub-client");
        runtime.hub = new HubSource(feed, config.access().network().tls(), config.access().network().tunnelFor(feed),
                plane, runtime.hubExecutor,
                Backoff.standard(new SecureRandom()), Clock.systemUTC());
        runtime.actions = token.map(t -> "Hub mode: re-run, deploy, teardown and policy check run from this machine's "
                + "credentials (token from " + t.origin() + "), not the hub's.")
                .orElse("Hub mode: re-run, deploy, teardown and policy check are unavailable — this machine has no "
                        + "GitHub token, and the hub does not run actions for its displays.");
        return runtime;
    }

    /**
     * Shows the picture the previous session saved (STALE, until the first poll replaces it) and keeps
     * saving this session's for the next; call before {@link #start()}. The picture is read on a thread of
     * its own, so the sources start meanwhile: reading it took a third of a second of a second start, and
     * the plane declines it once the source has written anything (the live picture came first). Completes
     * with whether it was shown.
     */
    public CompletableFuture<Boolean> showCachedPicture() {
        if (pictureCache.isEmpty()) {
            return CompletableFuture.completedFuture(false);
        }
        PictureCache cache = pictureCache.get();
        stopSavingPicture = Optional.of(cache.follow(plane));
        return CompletableFuture.supplyAsync(() -> cache.showIn(plane),
                Thread.ofPlatform().daemon().name("cached-picture")::start);
    }

    /**
     * Runs {@code work} once, when this session's source has first synced (its first live picture,
     * not a cached one), on the plane's subscriber thread, or after {@code atLatest} if the source is
     * slow or down: what the first tiles need not wait for (report downloads, the cluster's
     * informers) then stays off the start-up's two cores.
     */
    public void afterFirstSync(Duration atLatest, Runnable work) {
        AtomicBoolean done = new AtomicBoolean();
        AtomicReference<Runnable> unsubscribe = new AtomicReference<>(() -> { });
        Runnable once = () -> {
            if (done.compareAndSet(false, true)) {
                unsubscribe.get().run();
                work.run();
            }
        };
        unsubscribe.set(plane.subscribe("after-first-sync", snapshot -> {
            if (snapshot.health().freshness() == Freshness.LIVE && !plane.isCachedPicture(snapshot)) {
                once.run();
            }
        }));
        if (done.get()) {
            unsubscribe.get().run();
        }
        executor.schedule(once, atLatest.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Starts the source: the GitHub poller, or in hub mode the hub's feed. */
    public void start() {
        if (hub != null) {
            hub.start();
        } else {
            poller.start();
        }
    }

    /** What the refresh button does: poll GitHub now, or in hub mode ask the hub for a fresh snapshot. */
    public void refresh() {
        if (hub != null) {
            hub.resync();
        } else {
            poller.pollNow();
        }
    }

    /** The hub this runtime follows, when in hub mode. */
    public Optional<HubSource> hub() {
        return Optional.ofNullable(hub);
    }

    /**
     * Where actions run from, in words, in hub mode (empty otherwise): this machine's credentials,
     * or nowhere.
     */
    public String actionsNote() {
        return actions;
    }

    /** "20 min", "90 s": the mean gap between changes, as the source's name says it. */
    private static String churnGap(Duration gap) {
        return gap.toSeconds() % 60 == 0 ? gap.toMinutes() + " min" : gap.toSeconds() + " s";
    }

    /** The simulator's world for the configured size; the default size is the catalog's world. */
    static SimScale simScale(HudConfig.SimSize size) {
        return new SimScale(size.repos(), size.branches(), size.pullRequestPercent());
    }

    /** A single background thread that does not keep the JVM alive. */
    private static ScheduledExecutorService daemonScheduler(String name) {
        return Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    public BuildPlane plane() {
        return plane;
    }

    public GitHubClient client() {
        return client;
    }

    public GitHubPoller poller() {
        return poller;
    }

    public Optional<SimGitHubServer> simulator() {
        return Optional.ofNullable(simulator);
    }

    /** What the evidence panels, the feed and release plans verify Sigstore bundles with. */
    public Supplier<BundleVerifier> bundleVerifier() {
        return bundleVerifier;
    }

    public boolean simulated() {
        return simulator != null;
    }

    public String sourceName() {
        return sourceName;
    }

    /**
     * Starts reading the shown runs' reports in the background (tile badges), on its own thread so
     * the poller is never held up by a download.
     */
    public void startEvidenceFeed() {
        if (hub != null) {
            return; // the hub reads the reports and sends the badges
        }
        ScheduledExecutorService feedExecutor = daemonScheduler("evidence-feed");
        EvidenceFeed evidenceFeed = new EvidenceFeed(plane,
                new EvidenceCollector(client.background(), EvidenceCollector.DEFAULT_MAX_ARTIFACT_BYTES, bundleVerifier),
                client.http()::rateLimit, EvidenceFeed.Budget.DEFAULT, feedExecutor,
                Clock.systemUTC()).start();
        stopEvidenceFeed = () -> {
            evidenceFeed.close();
            feedExecutor.shutdownNow();
        };
    }

    /**
     * The teachers in the config directory, without starting the engine (a standby hub answers for
     * them before it leads); empty, with the reason logged, when teachers.json cannot be used.
     */
    public Optional<TeacherMarketplace> openTeachers(Path configDir) {
        try {
            Files.createDirectories(configDir);
            return Optional.of(new TeacherMarketplace(configDir));
        } catch (IOException | TeacherMarketplace.RefusedException e) {
            // A broken teachers.json must not keep the HUD from starting; the tiles go without recommendations.
            LoggerFactory.getLogger(HudRuntime.class).warn("Build intelligence off: {}", e.getMessage());
            return Optional.empty();
        }
    }

    /** Starts the build-intelligence engine over the plane's branches with these teachers. */
    public void startDistillFeed(TeacherMarketplace market) {
        ScheduledExecutorService distillExecutor = daemonScheduler("distill-feed");
        // The feed follows the plane on its own thread: no settle timer, no periodic pass.
        DistillFeed distillFeed = new DistillFeed(plane,
                () -> new DistillEngine(market.profiles(), 42), distillExecutor)
                .start();
        market.subscribe(distillFeed::teachersChanged);
        // Changes made with the `teachers` command while the HUD runs take effect within seconds.
        distillExecutor.scheduleWithFixedDelay(() -> {
            try {
                market.reloadIfChanged().ifPresent(problem -> LoggerFactory.getLogger(HudRuntime.class)
                        .warn("teachers.json changed but cannot be used; the teachers in force stay: {}", problem));
            } catch (IOException e) {
                LoggerFactory.getLogger(HudRuntime.class).warn("Cannot read teachers.json: {}", e.getMessage());
            }
        }, 5, 5, TimeUnit.SECONDS);
        stopDistillFeed = () -> {
            distillFeed.close();
            distillExecutor.shutdownNow();
        };
    }

    @Override
    public void close() {
        stopDistillFeed.run();
        stopEvidenceFeed.run();
        if (hub != null) {
            hub.close();
            hubExecutor.shutdownNow();
        }
        poller.close();
        executor.shutdownNow();
        if (stopSavingPicture.isPresent()) {
            stopSavingPicture.get().run();
            pictureCache.ifPresent(cache -> cache.save(plane.snapshot(), plane));
        }
        plane.close();
        if (simulator != null) {
            simulator.close();
        }
    }
}
