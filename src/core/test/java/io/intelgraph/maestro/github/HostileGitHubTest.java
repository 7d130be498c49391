package io.intelgraph.maestro.github;

import com.sun.net.httpserver.HttpServer;
import io.intelgraph.maestro.model.repo.Repo;
import io.intelgraph.maestro.model.repo.RepoId;
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
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Function;
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
                Map.of("Location", other.url("/moved/pulls").toString()), "", 1));
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

    // --- issue 11, N3: a time-out stales its repository; the cycle goes on ---------------------------

    private static final RepoId AUTH = RepoId.parse("intelgraph-sim/auth-service");

    private GitHubPoller poller(BuildPlane plane, PollTargets targets) {
        return new GitHubPoller(client(Duration.ofSeconds(1)), plane, targets, PollPlanner.defaults(), executor,
                Clock.systemUTC(), 50, 1);
    }

    @Test
    void aRepositoryThatTimesOutStalesOnlyItselfWhicheverComesFirst() {
        for (List<RepoId> order : List.of(List.of(GATEWAY, AUTH), List.of(AUTH, GATEWAY))) {
            BuildPlane plane = new BuildPlane(sim.clock, SourceHealth.connecting("sim", true));
            GitHubPoller poller = poller(plane, new PollTargets(List.of(), order));
            sim.server.inject(SimFault.stalledBody("/repos/intelgraph-sim/api-gateway/", Duration.ofSeconds(3), 1));
            GitHubPoller.CycleResult result = assertTimeoutPreemptively(Duration.ofSeconds(10), poller::syncOnce);

            assertTrue(result.ok(), order + ": " + result.failure());
            String reason = "GitHub did not answer within 1 s on GET /repos/intelgraph-sim/api-gateway/actions/runs (127.0.0.1)";
            assertEquals(List.of(reason), result.repoErrors(), order.toString());
            BuildSnapshot snapshot = plane.snapshot();
            assertEquals(Freshness.LIVE, snapshot.health().freshness(), order.toString());
            List<BuildTile> auth = snapshot.tiles().stream().filter(t -> t.key().repo().equals(AUTH)).toList();
            assertFalse(auth.isEmpty(), order + ": the other repository was read");
            assertTrue(auth.stream().noneMatch(BuildTile::stale), order + ": and is live");
            assertEquals(reason, snapshot.repoErrors().get(GATEWAY), order.toString());
        }
    }

    @Test
    void timeOutsInARowAreSourceWideAndEndTheCycleEarly() {
        BuildPlane plane = new BuildPlane(sim.clock, SourceHealth.connecting("sim", true));
        GitHubPoller poller = poller(plane, new PollTargets(List.of("intelgraph-sim"), List.of()));
        assertTrue(poller.syncOnce().ok());
        int repos = poller.syncOnce().repos();
        assertTrue(repos > 5, "repos: " + repos);
        sim.server.inject(SimFault.stalledBody("/repos/", Duration.ofSeconds(3), 1000));
        long start = System.nanoTime();
        GitHubPoller.CycleResult result = assertTimeoutPreemptively(Duration.ofSeconds(20), poller::syncOnce);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertFalse(result.ok());
        assertTrue(result.failure().startsWith("GitHub did not answer 3 requests in a row, so this poll cycle stopped there; "
                + "the first: GitHub did not answer within 1 s on GET /repos/intelgraph-sim/"), result.failure());
        assertEquals(Freshness.STALE, plane.snapshot().health().freshness());
        assertTrue(took.compareTo(Duration.ofSeconds(6)) < 0, "three deadlines, not one per repository: took " + took);
    }

    // --- issue 11, N6: a refused next page stales that repository ----------------------------------

    @Test
    void aPullRequestsNextPageOnAnotherOriginStalesThatRepository() {
        BuildPlane plane = new BuildPlane(sim.clock, SourceHealth.connecting("sim", true));
        GitHubPoller poller = poller(plane, new PollTargets(List.of(), List.of(GATEWAY, AUTH)));
        URI foreign = other.url("/repos/intelgraph-sim/api-gateway/pulls?page=2");
        sim.server.inject(SimFault.foreignNextLink("/repos/intelgraph-sim/api-gateway/pulls", foreign, 1));
        GitHubPoller.CycleResult result = poller.syncOnce();

        assertTrue(result.ok(), result.failure());
        String reason = "GitHub's answer to GET /repos/intelgraph-sim/api-gateway/pulls names its next page on another origin ("
                + foreign + "); refused to follow it, as the token goes only to " + sim.server.baseUrl() + ".";
        assertEquals(List.of(reason), result.repoErrors());
        List<BuildTile> gateway = plane.snapshot().tiles().stream().filter(t -> t.key().repo().equals(GATEWAY)).toList();
        assertFalse(gateway.isEmpty());
        gateway.forEach(t -> assertEquals(reason, t.staleReason()));
        assertEquals(List.of(), other.requests());

        assertTrue(poller.syncOnce().repoErrors().isEmpty(), "asked again next cycle, and fine");
    }

    @Test
    void aRunsListingWhoseNextPageIsOnAnotherOriginIsRefusedEvenWhenOnlyOnePageIsRead() {
        URI foreign = other.url("/repos/intelgraph-sim/api-gateway/actions/runs?page=2");
        sim.server.inject(SimFault.foreignNextLink("/repos/intelgraph-sim/api-gateway/actions/runs", foreign, 1));
        GitHubException e = assertThrows(GitHubException.class, () -> sim.client().listRuns(GATEWAY, 10, 1));
        assertTrue(e.getMessage().contains("names its next page on another origin (" + foreign + ")"), e.getMessage());
    }

    @Test
    void anOrganisationListingRefusedForItsNextPageIsAnErrorOfTheCycle() {
        BuildPlane plane = new BuildPlane(sim.clock, SourceHealth.connecting("sim", true));
        GitHubPoller poller = poller(plane, new PollTargets(List.of("intelgraph-sim"), List.of(GATEWAY)));
        sim.server.inject(SimFault.foreignNextLink("/orgs/intelgraph-sim/repos", other.url("/orgs/intelgraph-sim/repos?page=2"), 1));
        GitHubPoller.CycleResult result = poller.syncOnce();
        assertTrue(result.repoErrors().stream().anyMatch(e -> e.startsWith("Cannot list repositories of intelgraph-sim: "
                + "GitHub's answer to GET /orgs/intelgraph-sim/repos names its next page on another origin")), result.repoErrors().toString());
        assertEquals(List.of(), other.requests());
    }

    // --- issue 11, N2: GitHub's text is escaped before it reaches a log line or a message ---------

    @Test
    void gitHubsErrorMessageCannotForgeALogLine() {
        sim.server.inject(SimFault.status("/repos/intelgraph-sim/api-gateway/pulls", 500, "pulls\\nFORGED-LOG\\u001b[2J", 1));
        GitHubException e = assertThrows(GitHubException.class, () -> sim.client().listOpenPullRequests(GATEWAY));
        assertEquals("GitHub answered 500 to GET /repos/intelgraph-sim/api-gateway/pulls: pulls\\nFORGED-LOG\\u001B[2J",
                e.getMessage());
    }

    @Test
    void aRepositoryNameWithControlCharactersIsRefusedBeforeItReachesAPathOrALogLine() {
        sim.server.inject(new SimFault("/orgs/intelgraph-sim/repos", 200, Map.of("Content-Type", "application/json"),
                "[{\"full_name\":\"intelgraph-sim/a\\nFORGED\\u001b[2J\"}]", 1));
        GitHubException e = assertThrows(GitHubException.class, () -> sim.client().listRepos("intelgraph-sim"));
        assertEquals(GitHubException.Kind.MALFORMED, e.kind());
        assertTrue(e.getMessage().contains("intelgraph-sim/a\\nFORGED\\u001B[2J has characters GitHub does not allow in names"),
                e.getMessage());
    }

    @Test
    void aBodyJacksonCannotDecodeIsMalformedNotUnreachable() {
        // Four bytes that announce UTF-32 (00 00 00 5B), then a code point above U+10FFFF: Jackson's CharConversionException.
        sim.server.inject(new SimFault("/repos/intelgraph-sim/api-gateway/actions/runs", 200,
                Map.of("Content-Type", "application/json"), "\u0000\u0000\u0000[\u0001\u0000\u0000\u0000", 1));
        GitHubException e = assertThrows(GitHubException.class, () -> sim.client().listRuns(GATEWAY, 10, 1));
        assertEquals(GitHubException.Kind.MALFORMED, e.kind(), e.getMessage());
        assertTrue(e.getMessage().startsWith("Unreadable answer from GET /repos/intelgraph-sim/api-gateway/actions/runs: "),
                e.getMessage());
    }

    // --- issue 11, N5: a page larger than asked for; an organisation's size ------------------------

    @Test
    void aPageHoldingMoreThanPerPageIsMalformedBeforeAnyItemIsUsed() {
        StringBuilder repos = new StringBuilder("[");
        for (int i = 0; i < 150; i++) {
            repos.append(i == 0 ? "" : ",").append("{\"full_name\":\"intelgraph-sim/r").append(i).append("\"}");
        }
        sim.server.inject(new SimFault("/orgs/intelgraph-sim/repos", 200, Map.of("Content-Type", "application/json"),
                repos.append("]").toString(), 1));
        GitHubException e = assertThrows(GitHubException.class, () -> sim.client().listRepos("intelgraph-sim"));
        assertEquals(GitHubException.Kind.MALFORMED, e.kind());
        assertEquals("Unexpected response from GET /orgs/intelgraph-sim/repos: the page holds 150 items, more than the 100 "
                + "per page asked for", e.getMessage());
    }

    @Test
    void anOrganisationIsWatchedUpToTheLimit() {
        BuildPlane plane = new BuildPlane(sim.clock, SourceHealth.connecting("sim", true));
        GitHubPoller poller = poller(plane, new PollTargets(List.of("intelgraph-sim"), List.of(), false, 5));
        GitHubPoller.CycleResult result = poller.syncOnce();
        assertTrue(result.ok(), result.failure());
        assertEquals(5, result.repos());
        assertTrue(result.requests() <= 1 + 2 * 5, "requests: " + result.requests());
    }

    @Test
    void anOrganisationsListingAsksForTheMostRecentlyPushedAndStopsAtTheLimit() throws Exception {
        StringBuilder page = new StringBuilder("[");
        for (int i = 0; i < 100; i++) {
            page.append(i == 0 ? "" : ",").append("{\"full_name\":\"o/r").append(i).append("\"}");
        }
        try (Scripted github = new Scripted(request -> new Scripted.Answer(200,
                "<" + "/orgs/o/repos?page=2&per_page=100>; rel=\"next\"", page + "]"))) {
            GitHubClient.Listing<Repo> listing = github.client().listRepos("o", 100);
            assertEquals(100, listing.items().size());
            assertTrue(listing.more(), "it has more");
            assertEquals(List.of("/orgs/o/repos?per_page=100&type=all&sort=pushed&direction=desc"), github.requests(),
                    "one page for a limit of 100, most recently pushed first");
        }
    }

    // --- issue 11, N7: Link targets resolved as RFC 8288 says -------------------------------------

    private static SimFault link(String pathPrefix, String value) {
        return new SimFault(pathPrefix, 200, Map.of("Link", value), "", 1, new SimFault.Delivery.RealAnswer());
    }

    @Test
    void aLinkTargetThatIsNotAUriIsAMalformedAnswerNamingThePath() {
        sim.server.inject(link("/orgs/intelgraph-sim/repos", "<http://127.0.0.1:18081\\@127.0.0.2:18082/x>; rel=\"next\""));
        GitHubException e = assertThrows(GitHubException.class, () -> sim.client().listRepos("intelgraph-sim"));
        assertEquals(GitHubException.Kind.MALFORMED, e.kind());
        assertTrue(e.getMessage().startsWith("GitHub's answer to GET /orgs/intelgraph-sim/repos cannot be paged further: "
                + "its Link rel=\"next\" target <http://127.0.0.1:18081\\@127.0.0.2:18082/x> is not a URI"), e.getMessage());
    }

    @Test
    void aCapitalSchemeIsStillAnAbsoluteTarget() throws Exception {
        try (Scripted github = new Scripted(request -> new Scripted.Answer(200, null, "[]"))) {
            String next = "<HTTP://127.0.0.1:" + github.port() + "/repos/o/a/pulls?page=2>; rel=\"next\"";
            github.script = request -> new Scripted.Answer(200, request.contains("page=2") ? null : next, "[]");
            github.client().listOpenPullRequests(RepoId.parse("o/a"));
            assertEquals(List.of("/repos/o/a/pulls?state=open&per_page=100", "/repos/o/a/pulls?page=2"), github.requests());
        }
        String elsewhere = other.url("/orgs/intelgraph-sim/repos?page=2").toString().replace("http://", "HTTP://");
        sim.server.inject(link("/orgs/intelgraph-sim/repos", "<" + elsewhere + ">; rel=\"next\""));
        GitHubException e = assertThrows(GitHubException.class, () -> sim.client().listRepos("intelgraph-sim"));
        assertTrue(e.getMessage().contains("names its next page on another origin (" + elsewhere + ")"), e.getMessage());
        assertEquals(List.of(), other.requests());
    }

    @Test
    void aRelativeTargetIsResolvedAgainstTheRequest() throws Exception {
        try (Scripted github = new Scripted(request -> request.contains("page=2") ? new Scripted.Answer(200, null, "[]")
                : new Scripted.Answer(200, "<?state=open&per_page=100&page=2>; rel=\"next\"", "[]"))) {
            github.client().listOpenPullRequests(RepoId.parse("o/a"));
            assertEquals(List.of("/repos/o/a/pulls?state=open&per_page=100", "/repos/o/a/pulls?state=open&per_page=100&page=2"),
                    github.requests());
        }
        assertEquals(URI.create("https://api.example/repos/o/a/page=2"),
                LinkHeader.next("<page=2>; rel=\"next\"", URI.create("https://api.example/repos/o/a/pulls?x=1")).orElseThrow());
    }

    // --- issue 11: the API URL's transport ------------------------------------------------------

    @Test
    void aTokenSentOverPlainHttpToAnotherMachineIsWarnedAbout() {
        Optional<Token> token = Optional.of(new Token("t", "test"));
        Duration timeout = Duration.ofSeconds(1);
        assertEquals(Optional.of("The GitHub token is sent without encryption (http://) to http://ghe.example:80: anyone on "
                        + "the network between can read it. Use an https:// API URL."),
                new GitHubHttp(URI.create("http://ghe.example/api/v3"), token, Clock.systemUTC(), timeout).plainTextToken());
        assertEquals(Optional.empty(), new GitHubHttp(URI.create("https://ghe.example/api/v3"), token, Clock.systemUTC(), timeout)
                .plainTextToken());
        assertEquals(Optional.empty(), new GitHubHttp(URI.create("http://127.0.0.1:8080"), token, Clock.systemUTC(), timeout)
                .plainTextToken(), "loopback");
        assertEquals(Optional.empty(), new GitHubHttp(URI.create("http://ghe.example"), Optional.empty(), Clock.systemUTC(), timeout)
                .plainTextToken(), "no token to read");
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
                throw new UncheckedIOException(e);
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

    /** A loopback GitHub that answers every GET as a script says, and records each path and query it was asked. */
    private static final class Scripted implements AutoCloseable {
        record Answer(int status, String link, String body) {
        }

        private final HttpServer server;
        private final List<String> requests = Collections.synchronizedList(new ArrayList<>());
        volatile Function<String, Answer> script;

        Scripted(Function<String, Answer> script) throws IOException {
            this.script = script;
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
            server.createContext("/", exchange -> {
                String request = exchange.getRequestURI().toString();
                requests.add(request);
                Answer answer = this.script.apply(request);
                byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                if (answer.link() != null) {
                    exchange.getResponseHeaders().add("Link", answer.link());
                }
                exchange.sendResponseHeaders(answer.status(), body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
        }

        int port() {
            return server.getAddress().getPort();
        }

        GitHubClient client() {
            return new GitHubClient(new GitHubHttp(URI.create("http://127.0.0.1:" + port()),
                    Optional.of(new Token("scripted-token", "test")), Clock.systemUTC(), Duration.ofSeconds(5)));
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
