package io.intelgraph.maestro.hub;

import io.intelgraph.maestro.distill.TeacherMarketplace;
import io.intelgraph.maestro.github.GitHubTraffic;
import io.intelgraph.maestro.github.WebhookSignature;
import io.intelgraph.maestro.model.repo.RepoId;
import io.intelgraph.maestro.store.BuildPlane;
import io.intelgraph.maestro.store.BuildSnapshot;

import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The hub assembled over a build plane: the feed that follows it, the endpoints, the webhook intake
 * and its pace, and the server on one port. {@code cli.HubCommand} builds the plane and its sources
 * and hands them here; tests do the same with a plane of their own.
 */
public final class Hub implements AutoCloseable {

    /**
     * How the hub is reached and guarded.
     *
     * @param webhookSecret  GitHub's deliveries are refused without one
     * @param quiet          no delivery for this long and the poller returns to its own pace
     * @param reconciliation the poll interval while deliveries flow
     * @param hosts          names the hub may be reached by besides its addresses ({@link HostCheck})
     */
    public record Settings(InetSocketAddress address, Optional<SSLContext> tls, Optional<WebhookSignature> webhookSecret,
            HubToken token, Origins origins, HubLimits limits, Duration quiet, Duration reconciliation, List<String> hosts) {

        public Settings {
            hosts = List.copyOf(hosts);
        }

        public static Settings loopback(int port) {
            return new Settings(new InetSocketAddress("127.0.0.1", port), Optional.empty(), Optional.empty(), HubToken.none(),
                    Origins.sameOriginOnly(), HubLimits.defaults(), Duration.ofMinutes(3), Duration.ofMinutes(5), List.of());
        }

        public Settings withAddress(InetSocketAddress bind) {
            return new Settings(bind, tls, webhookSecret, token, origins, limits, quiet, reconciliation, hosts);
        }

        public Settings withHosts(List<String> names) {
            return new Settings(address, tls, webhookSecret, token, origins, limits, quiet, reconciliation, names);
        }

        /** The check of each request's {@code Host}, for this address and these names. */
        public HostCheck hostCheck() {
            return HostCheck.forBind(address.getAddress(), hosts);
        }

        public Settings withSecrets(Optional<WebhookSignature> secret, HubToken hubToken) {
            return new Settings(address, tls, secret, hubToken, origins, limits, quiet, reconciliation, hosts);
        }

        public Settings withLimits(HubLimits newLimits) {
            return new Settings(address, tls, webhookSecret, token, origins, newLimits, quiet, reconciliation, hosts);
        }

        public Settings withTls(Optional<SSLContext> context) {
            return new Settings(address, context, webhookSecret, token, origins, limits, quiet, reconciliation, hosts);
        }

        public Settings withOrigins(Origins allowed) {
            return new Settings(address, tls, webhookSecret, token, allowed, limits, quiet, reconciliation, hosts);
        }

        public Settings withPace(Duration quietAfter, Duration reconcileEvery) {
            return new Settings(address, tls, webhookSecret, token, origins, limits, quietAfter, reconcileEvery, hosts);
        }
    }

    /**
     * What the hub reads besides the plane.
     *
     * @param role       whether this hub serves (the only one, or the leader) or stands by ({@link HubLeadership})
     * @param deliveries told the repository of each applied delivery (the poller then only reconciles it)
     */
    public record Sources(Optional<TeacherMarketplace> teachers, String whyNoTeachers,
            Consumer<Optional<Duration>> pollPace, Supplier<GitHubTraffic> github,
            Supplier<HubRole> role, Consumer<RepoId> deliveries) {

        /** A hub with no election: it always serves. */
        public Sources(Optional<TeacherMarketplace> teachers, String whyNoTeachers, Consumer<Optional<Duration>> pollPace,
                Supplier<GitHubTraffic> github) {
            this(teachers, whyNoTeachers, pollPace, github, () -> HubRole.SOLE, repo -> { });
        }

        public Sources withRole(Supplier<HubRole> hubRole) {
            return new Sources(teachers, whyNoTeachers, pollPace, github, hubRole, deliveries);
        }

        public Sources withDeliveries(Consumer<RepoId> delivered) {
            return new Sources(teachers, whyNoTeachers, pollPace, github, role, delivered);
        }

        /** A plane with nothing behind it (tests): no teachers, no poller. */
        public static Sources none() {
            return new Sources(Optional.empty(), "no teachers in this hub", pace -> { },
                    GitHubTraffic::none);
        }
    }

    private final HubFeed feed;
    private final HubServer server;
    private final HubMetrics metrics;
    private final WebhookPace pace;

    private Hub(HubFeed feed, HubServer server, HubMetrics metrics, WebhookPace pace) {
        this.feed = feed;
        this.server = server;
        this.metrics = metrics;
        this.pace = pace;
    }

    public static Hub start(Settings settings, BuildPlane plane, Sources sources, Clock clock) throws IOException {
        return start(settings, plane, 1, sources, clock);
    }

    /**
     * @param clockRate how fast the plane's clock runs against real time (the simulator's speed), sent with
     *                  every frame so displays time running builds on the hub's clock
     */
    public static Hub start(Settings settings, BuildPlane plane, double clockRate, Sources sources, Clock clock)
            throws IOException {
        HubMetrics metrics = new HubMetrics();
        FrameEncoder encoder = new FrameEncoder(plane.clock(), clockRate);
        HubFeed feed = new HubFeed(encoder, metrics).follow(plane);
        WebhookPace pace = new WebhookPace(clock, settings.quiet(), settings.reconciliation(), sources.pollPace());
        WebhookIntake webhooks = new WebhookIntake(plane, settings.webhookSecret(), settings.token(), pace, metrics,
                settings.limits().maxWebhookBytes(), sources.role(), sources.deliveries());
        TeachersApi teachers = new TeachersApi(sources.teachers(), sources.whyNoTeachers(), settings.token());
        Instant started = clock.instant();
        ClientSessions sessions = new ClientSessions();
        HubRoutes routes = new HubRoutes(feed, encoder, webhooks, teachers, metrics,
                () -> gauges(feed, sessions, Duration.between(started, clock.instant()), sources), clock, started, sources.role());
        try {
            HubServer server = HubServer.start(settings.address(), settings.tls(), settings.origins(), settings.hostCheck(),
                    feed, routes, metrics, settings.limits(), sessions, pace::check);
            return new Hub(feed, server, metrics, pace);
        } catch (IOException e) {
            feed.close();
            throw e;
        }
    }

    private static HubMetrics.Gauges gauges(HubFeed feed, ClientSessions sessions, Duration uptime, Sources sources) {
        BuildSnapshot snapshot = feed.current();
        var rateLimit = snapshot.health().rateLimit();
        return new HubMetrics.Gauges(feed.clients(), sessions.longestQueue(), uptime.toSeconds(), sources.github().get(),
                rateLimit.map(r -> r.remaining()).orElse(null), rateLimit.map(r -> r.limit()).orElse(null));
    }

    public HubServer server() {
        return server;
    }

    public HubFeed feed() {
        return feed;
    }

    public HubMetrics metrics() {
        return metrics;
    }

    public WebhookPace pace() {
        return pace;
    }

    @Override
    public void close() {
        server.close();
        feed.close();
    }
}
