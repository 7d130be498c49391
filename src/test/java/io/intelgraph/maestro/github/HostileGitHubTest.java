package io.intelgraph.maestro.github;

import com.sun.net.httpserver.HttpServer;
import io.intelgraph.maestro.model.RepoId;
import io.intelgraph.maestro.sim.SimFault;
import io.intelgraph.maestro.store.BuildPlane;
import io.intelgraph.maestro.store.BuildSnapshot;
import io.intelgraph.maestro.store.BuildTile;
import io.intelgraph.maestro.store.Freshness;
import io.intelgraph.maestro.store.SourceHealth;
import io.intelgraph.maestro.testing.SimHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The client against a GitHub that misbehaves on purpose (the simulator's faults) and a second
 * loopback server on another port — another origin — that records what reaches it.
 */
class HostileGitHubTest {

    private static final RepoId GATEWAY = RepoId.parse("intelgraph-sim/api-gateway");

    private final SimHarness sim = new SimHarness(7);
    private final OtherOrigin other = new OtherOrigin();
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void stop() {
        executor.shutdownNow();
        other.close();
        sim.close();
    }

    /** A client of the simulator with a short deadline. */
    private GitHubClient client(Duration timeout) {
        return new GitHubClient(new GitHubHttp(sim.server.baseUrl(), Optional.of(new Token(SimHarness.TOKEN, "test")),
                Clock.systemUTC(), timeout));
    }

    // --- finding 1: the token goes only to the API's origin -------------------------------------

    @Test
    void aNextPageOfPullRequestsOnAnotherOriginIsRefusedAndNeverGetsTheToken() {
        URI foreign = other.url("/repos/intelgraph-sim/api-gateway/pulls?page=2");
        sim.server.inject(SimFault.foreignNextLink("/repos/intelgraph-sim/api-gateway/pulls", foreign, 1));
        GitHubException e = assertThrows(GitHubException.class, () -> sim.client().listOpenPullRequests(GATEWAY));
        assertEquals(GitHubException.Kind.MALFORMED, e.kind());
        assertEquals("GitHub's answer to GET /repos/intelgraph-sim/api-gateway/pulls names its next page on another origin ("
                + foreign + "); refused to follow it, as the token goes only to " + sim.server.baseUrl() + ".", e.getMessage());
        assertEquals(List.of(), other.requests(), "the other origin is not even asked");
    }

    @Test
    void aNextPageOfTheOrganisationsRepositoriesOnAnotherOriginIsRefusedToo() {
        sim.server.inject(SimFault.foreignNextLink("/orgs/intelgraph-sim/repos", other.url("/orgs/intelgraph-sim/repos?page=2"), 1));
        GitHubException e = assertThrows(GitHubException.class, () -> sim.client().listRepos("intelgraph-sim"));
        assertTrue(e.getMessage().contains("GET /orgs/intelgraph-sim/repos names its next page on another origin"), e.getMessage());
        assertEquals(List.of(), other.requests());
    }

    @Test
    void anApiCallToAnAbsoluteUrlElsewhereIsRefused() {
        GitHubException e = assertThrows(GitHubException.class, () -> sim.client().http().get(other.url("/user").toString()));
        assertTrue(e.getMessage().startsWith("Refused to GET " + other.url("/user") + ": it is not on the GitHub API's origin"),
                e.getMessage());
        assertEquals(List.of(), other.requests());
    }

    @Test
    void aDownloadFromAnotherOriginGoesWithoutTheToken() throws Exception {
        String body = sim.client().http().download(other.url("/blob/report.json").toString(),
                in -> new String(in.readAllBytes(), StandardCharsets.UTF_8));
        assertEquals("[]", body);
        assertEquals(List.of("GET /blob/report.json Authorization=none"), other.requests());
    }

    @Test
    void anApiRedirectToAnotherOriginLosesTheToken() throws Exception {
        sim.server.inject(new SimFault("/repos/intelgraph-sim/api-gateway/pulls", 302,
                java.util.Map.of("Location", other.url("/moved/pulls").toString()), "", 1));
        assertEquals(List.of(), sim.client().listOpenPullRequests(GATEWAY).value());
        assertEquals(List.of("GET /moved/pulls Authorization=none"), other.requests(),
                "java.net.http keeps only harmless headers across origins when it follows a redirect");
    }

    @Test
    void theSameHostOnAnotherPortOrSchemeIsAnotherOrigin() {
        ApiOrigin api = ApiOrigin.of(URI.create("https://api.github.com"));
        assertTrue(api.contains(URI.create("https://API.github.com:443/repos/o/r?page=2")), "default port, any case");
        assertFalse(api.contains(URI.create("http://api.github.com/repos")), "scheme");
        assertFalse(api.contains(URI.create("https://api.github.com:8443/repos")), "port");
        assertFalse(api.contains(URI.create("https://api.github.com.evil.example/repos")), "host");
        assertTrue(ApiOrigin.of(URI.create("http://127.0.0.1")).contains(URI.create("http://127.0.0.1:80/x")));
    }

    // --- finding 4: a stalled body ends within the deadline; the plane says so -------------------

    @Test
    void aStalledBodyEndsWithinTheDeadlineNamingThePath() {
        sim.server.inject(SimFault.stalledBody("/repos/intelgraph-sim/api-gateway/actions/runs", Duration.ofSeconds(30), 1));
        GitHubClient client = client(Duration.ofSeconds(1));
        long start = System.nanoTime();
        GitHubException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(GitHubException.class, () -> client.listRuns(GATEWAY, 10, 1)));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertEquals(GitHubException.Kind.UNREACHABLE, e.kind());
        assertEquals("GitHub did not answer within 1 s on GET /repos/intelgraph-sim/api-gateway/actions/runs (127.0.0.1)",
                e.getMessage());
        assertTrue(took.compareTo(Duration.ofSeconds(3)) < 0, "took " + took);
    }

    @Test
    void aStallMakesThePlaneStaleWithTheReasonNotLive() {
        BuildPlane plane = new BuildPlane(sim.clock, SourceHealth.connecting("sim", true));
        GitHubPoller poller = new GitHubPoller(client(Duration.ofSeconds(1)), plane,
                new PollTargets(List.of(), List.of(GATEWAY)), PollPlanner.defaults(), executor, Clock.systemUTC(), 50, 1);
        assertTrue(poller.syncOnce().ok());
        sim.server.inject(SimFault.stalledBody("/repos/", Duration.ofSeconds(30), 1));
        GitHubPoller.CycleResult stalled = assertTimeoutPreemptively(Duration.ofSeconds(10), poller::syncOnce);
        assertFalse(stalled.ok());
        SourceHealth health = plane.snapshot().health();
        assertEquals(Freshness.STALE, health.freshness());
        assertTrue(health.message().startsWith("GitHub did not answer within 1 s on GET /repos/intelgraph-sim/api-gateway/"),
                health.message());
        assertTrue(plane.snapshot().tiles().stream().allMatch(BuildTile::stale));

        assertTrue(poller.syncOnce().ok());
        assertEquals(Freshness.LIVE, plane.snapshot().health().freshness());
    }

    @Test
    void theWatchdogGivesUpOnAStuckCycleAndRefreshRecovers() throws Exception {
        BuildPlane plane = new BuildPlane(sim.clock, SourceHealth.connecting("sim", true));
        // A client that would wait 60 s: only the watchdog (1 s without progress) can end the stuck cycle.
        try (GitHubPoller poller = new GitHubPoller(client(Duration.ofSeconds(60)), plane,
                new PollTargets(List.of(), List.of(GATEWAY)), PollPlanner.defaults(), executor, Clock.systemUTC(), 50, 1,
                Duration.ofSeconds(1))) {
            poller.start();
            awaitHealth(plane, h -> h.freshness() == Freshness.LIVE);
            sim.server.inject(SimFault.stalledBody("/repos/", Duration.ofSeconds(30), 1));
            poller.pollNow();
            SourceHealth stale = awaitHealth(plane, h -> h.freshness() == Freshness.STALE);
            assertTrue(stale.message().startsWith("GitHub did not answer within 1 s on GET /repos/intelgraph-sim/api-gateway/"),
                    stale.message());
            assertTrue(plane.snapshot().tiles().stream().allMatch(BuildTile::stale));

            poller.pollNow(); // the refresh button
            awaitHealth(plane, h -> h.freshness() == Freshness.LIVE);
            assertTrue(plane.snapshot().tiles().stream().noneMatch(BuildTile::stale));
        }
    }

    @Test
    void aStalledDownloadEndsAfterTheTimeoutWithoutABody() {
        sim.server.inject(SimFault.stalledBody("/repos/intelgraph-sim/api-gateway/actions/artifacts/", Duration.ofSeconds(30), 1));
        GitHubClient client = client(Duration.ofSeconds(1));
        GitHubException e = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThrows(GitHubException.class,
                () -> client.downloadArtifact(GATEWAY, 10, in -> in.readAllBytes())));
        assertEquals(GitHubException.Kind.UNREACHABLE, e.kind());
        assertEquals("The download from GET /repos/intelgraph-sim/api-gateway/actions/artifacts/10/zip (127.0.0.1) sent "
                + "nothing for 1 s; gave up on it.", e.getMessage());
    }

    // --- finding 5: answers are capped while they are read ---------------------------------------

    @Test
    void aHugeAnswerIsCutOffAtTheCapNotReadToTheEnd() {
        sim.server.inject(SimFault.hugeBody("/repos/intelgraph-sim/api-gateway/actions/runs", 300L << 20, 1));
        GitHubClient client = sim.client();
        long start = System.nanoTime();
        GitHubException e = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> assertThrows(GitHubException.class, () -> client.listRuns(GATEWAY, 10, 1)));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertEquals(GitHubException.Kind.MALFORMED, e.kind());
        assertEquals("GitHub's answer to GET /repos/intelgraph-sim/api-gateway/actions/runs is larger than 10 MB, "
                + "the limit for an API answer; stopped reading there.", e.getMessage());
        assertTrue(took.compareTo(Duration.ofSeconds(3)) < 0, "took " + took);
    }

    // --- finding 6: one repository's 500 stales that repository only ---------------------------

    @Test
    void oneRepositorysServerErrorStalesOnlyItsOwnTiles() {
        BuildPlane plane = new BuildPlane(sim.clock, SourceHealth.connecting("sim", true));
        GitHubPoller poller = new GitHubPoller(sim.client(), plane, new PollTargets(List.of("intelgraph-sim"), List.of()),
                PollPlanner.defaults(), executor, Clock.systemUTC(), 50, 1);
        assertTrue(poller.syncOnce().ok());
        sim.server.inject(SimFault.status("/repos/intelgraph-sim/api-gateway/actions/runs", 500, "Server Error", 1));
        GitHubPoller.CycleResult result = poller.syncOnce();

        assertTrue(result.ok(), result.failure());
        BuildSnapshot snapshot = plane.snapshot();
        assertEquals(Freshness.LIVE, snapshot.health().freshness());
        String reason = "GitHub answered 500 to GET /repos/intelgraph-sim/api-gateway/actions/runs: Server Error";
        assertEquals(List.of(reason), result.repoErrors());
        List<BuildTile> gateway = snapshot.tiles().stream().filter(t -> t.key().repo().equals(GATEWAY)).toList();
        assertFalse(gateway.isEmpty());
        gateway.forEach(t -> assertEquals(reason, t.staleReason()));
        List<BuildTile> others = snapshot.tiles().stream().filter(t -> !t.key().repo().equals(GATEWAY)).toList();
        assertTrue(others.size() > 50);
        assertTrue(others.stream().noneMatch(BuildTile::stale), "the other repositories stay live");

        assertTrue(poller.syncOnce().ok());
        assertTrue(plane.snapshot().tiles().stream().noneMatch(BuildTile::stale), "the repository recovers on its own");
    }

    @Test
    void aServerErrorForEveryRepositoryIsSourceWide() {
        BuildPlane plane = new BuildPlane(sim.clock, SourceHealth.connecting("sim", true));
        RepoId auth = RepoId.parse("intelgraph-sim/auth-service");
        GitHubPoller poller = new GitHubPoller(sim.client(), plane, new PollTargets(List.of(), List.of(GATEWAY, auth)),
                PollPlanner.defaults(), executor, Clock.systemUTC(), 50, 1);
        sim.server.inject(SimFault.status("/repos/", 502, "Bad Gateway", 10));
        GitHubPoller.CycleResult result = poller.syncOnce();
        assertFalse(result.ok());
        assertEquals(Freshness.STALE, plane.snapshot().health().freshness());
        assertTrue(plane.snapshot().health().message().startsWith("GitHub failed for every repository (2), e.g.: GitHub answered 502"),
                plane.snapshot().health().message());
    }

    @Test
    void aResetConnectionIsSourceWide() {
        BuildPlane plane = new BuildPlane(sim.clock, SourceHealth.connecting("sim", true));
        GitHubPoller poller = new GitHubPoller(sim.client(), plane, new PollTargets(List.of(), List.of(GATEWAY)),
                PollPlanner.defaults(), executor, Clock.systemUTC(), 50, 1);
        // java.net.http retries a GET once on a connection closed before the answer: reset both.
        sim.server.inject(SimFault.connectionReset("/repos/", 2));
        assertFalse(poller.syncOnce().ok());
        assertEquals(Freshness.STALE, plane.snapshot().health().freshness());
        assertTrue(plane.snapshot().health().message().startsWith("Cannot reach " + sim.server.baseUrl()),
                plane.snapshot().health().message());
    }

    private static SourceHealth awaitHealth(BuildPlane plane, Predicate<SourceHealth> condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            SourceHealth health = plane.snapshot().health();
            if (condition.test(health)) {
                return health;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("health never came: " + plane.snapshot().health());
    }

    /** Another origin (same host, another port) that answers {@code []} and records each request and its Authorization. */
    private static final class OtherOrigin implements AutoCloseable {
        private final HttpServer server;
        private final List<String> requests = Collections.synchronizedList(new ArrayList<>());

        OtherOrigin() {
            try {
                server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            server.createContext("/", exchange -> {
                String auth = exchange.getRequestHeaders().getFirst("Authorization");
                requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + " Authorization="
                        + (auth == null ? "none" : auth));
                byte[] body = "[]".getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
        }

        URI url(String pathAndQuery) {
            return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + pathAndQuery);
        }

        List<String> requests() {
            return List.copyOf(requests);
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}
