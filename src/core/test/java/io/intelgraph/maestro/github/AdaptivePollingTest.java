package io.intelgraph.maestro.github;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.intelgraph.maestro.model.repo.RepoId;
import io.intelgraph.maestro.sim.SimClock;
import io.intelgraph.maestro.sim.SimFault;
import io.intelgraph.maestro.sim.SimGitHubServer;
import io.intelgraph.maestro.sim.SimWorld;
import io.intelgraph.maestro.store.BuildPlane;
import io.intelgraph.maestro.store.Freshness;
import io.intelgraph.maestro.store.SourceHealth;
import io.intelgraph.maestro.testing.SimHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The adaptive poller against the simulator, every clock the simulator's, which the test moves (the
 * world, GitHub's limits and the poller agree on the time, as GitHub and a HUD do).
 */
class AdaptivePollingTest {

    private final SimClock clock = new SimClock(SimHarness.ORIGIN, 0);
    private final SimGitHubServer server;
    private final BuildPlane plane = new BuildPlane(clock, SourceHealth.connecting("sim", true));
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
    private final GitHubPoller poller;

    AdaptivePollingTest() throws Exception {
        server = new SimGitHubServer(new SimWorld(42, SimHarness.ORIGIN), clock, clock, SimHarness.TOKEN, 0).start();
        GitHubClient client = new GitHubClient(new GitHubHttp(server.baseUrl(),
                Optional.of(new Token(SimHarness.TOKEN, "test")), clock, Duration.ofSeconds(5)));
        poller = new GitHubPoller(client, plane, new PollTargets(List.of("intelgraph-sim"), List.of()),
                PollPolicy.Adaptive.github(), executor, clock, 50, 1);
    }

    @AfterEach
    void stop() {
        poller.close();
        executor.shutdownNow();
        server.close();
    }

    @Test
    void theFirstPassReadsEverythingAndAPassWithNothingDueSendsNothing() {
        GitHubPoller.CycleResult first = poller.syncDue();
        assertTrue(first.ok(), first.failure());
        assertEquals(34, first.checked());
        assertTrue(plane.snapshot().tiles().size() > 60, "tiles: " + plane.snapshot().tiles().size());
        assertEquals(Freshness.LIVE, plane.snapshot().health().freshness());
        assertEquals(10, plane.snapshot().health().pollIntervalSeconds(), "the status bar's pace is the hot one");
        assertTrue(first.nextDelay().compareTo(Duration.ofSeconds(2)) >= 0 && first.nextDelay().compareTo(Duration.ofSeconds(5)) <= 0,
                "the next pass when the first hot repository is due: " + first.nextDelay());

        GitHubPoller.CycleResult idle = poller.syncDue();
        assertEquals(0, idle.checked());
        assertEquals(0, idle.requests());
    }

    @Test
    void busyRepositoriesAreCheckedOftenAndQuietOnesRarely() {
        Instant start = clock.instant();
        Map<RepoId, Integer> checks = new HashMap<>();
        while (clock.instant().isBefore(start.plus(Duration.ofMinutes(10)))) {
            GitHubPoller.CycleResult result = poller.syncDue();
            assertTrue(result.ok(), result.failure());
            poller.freshness().stream().filter(f -> f.lastChecked().equals(Optional.of(clock.instant())))
                    .forEach(f -> checks.merge(f.repo(), 1, Integer::sum));
            clock.advance(result.nextDelay().compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1)
                    : result.nextDelay());
        }
        List<PollScheduler.RepoFreshness> freshness = poller.freshness();
        assertEquals(34, freshness.size());
        Instant now = clock.instant();
        for (PollScheduler.RepoFreshness f : freshness) {
            Duration age = Duration.between(f.lastChecked().orElseThrow(), now);
            Duration bound = f.heat() == PollScheduler.Heat.HOT ? Duration.ofSeconds(12) : Duration.ofMinutes(5);
            assertTrue(age.compareTo(bound) <= 0, f + " checked " + age + " ago");
        }
        int most = checks.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
        int fewest = checks.values().stream().mapToInt(Integer::intValue).min().orElseThrow();
        assertTrue(most >= 30 && fewest <= 6, "hot ones about every 10 s, cold ones every 3 min: " + checks);
        assertEquals(0, server.secondaryLimits().refused(), "never over GitHub's secondary limits");
    }

    @Test
    void aPushSeenInTheRepositoryListIsPolledInThatPass() throws Exception {
        poller.syncDue();
        Map<String, String> before = pushedAt();
        clock.advance(Duration.ofMinutes(1));
        GitHubPoller.CycleResult result = poller.syncDue();
        Map<String, String> after = pushedAt();
        List<String> pushed = after.keySet().stream().filter(name -> !after.get(name).equals(before.get(name))).toList();
        assertTrue(!pushed.isEmpty(), "a minute of the simulated organisation has pushes");
        for (PollScheduler.RepoFreshness f : poller.freshness()) {
            if (pushed.contains(f.repo().name())) {
                assertEquals(Optional.of(clock.instant()), f.lastChecked(), f.repo() + " was pushed to: " + f);
                assertEquals(PollScheduler.Heat.HOT, f.heat());
            }
        }
        assertTrue(result.checked() >= pushed.size());
    }

    @Test
    void aDeliveredRepositoryIsOnlyReconciled() {
        poller.syncDue();
        RepoId gateway = RepoId.parse("intelgraph-sim/api-gateway");
        poller.deliveryArrived(gateway);
        PollScheduler.RepoFreshness f = poller.freshness().stream().filter(x -> x.repo().equals(gateway)).findFirst()
                .orElseThrow();
        assertEquals(PollScheduler.Heat.HOT, f.heat());
        assertEquals(Duration.ofMinutes(3), f.checkEvery());
        assertEquals("webhook deliveries bring its changes; polled to reconcile", f.why());
    }

    @Test
    void aRefreshReadsEveryRepositoryAgain() {
        poller.syncDue();
        GitHubPoller.CycleResult refresh = poller.syncOnce();
        assertEquals(34, refresh.checked());
        assertEquals(refresh.requests(), refresh.notModified(), "nothing moved: all 304");
    }

    @Test
    void aFailingRepositoryStalesItselfAndIsTriedAgainOnItsIntervalNotEveryPass() {
        poller.syncDue();
        RepoId gateway = RepoId.parse("intelgraph-sim/api-gateway");
        server.inject(SimFault.status("/repos/intelgraph-sim/api-gateway/actions/runs", 502, "Bad Gateway", 100));
        poller.syncOnce();
        assertTrue(plane.snapshot().repoErrors().containsKey(gateway));
        assertEquals(Freshness.LIVE, plane.snapshot().health().freshness(), "one repository is not the source");
        Set<Instant> checks = new HashSet<>();
        for (int i = 0; i < 10; i++) {
            clock.advance(Duration.ofSeconds(2));
            poller.syncDue();
            poller.freshness().stream().filter(x -> x.repo().equals(gateway))
                    .forEach(x -> checks.add(x.lastChecked().orElseThrow()));
        }
        assertTrue(checks.size() <= 3, "tried on its interval (10 s, busy), not at every pass: " + checks);
        assertTrue(plane.snapshot().repoErrors().containsKey(gateway));
        server.clearFaults();
        clock.advance(Duration.ofMinutes(5));
        poller.syncDue();
        assertTrue(!plane.snapshot().repoErrors().containsKey(gateway), "recovered on its next poll");
    }

    @Test
    void aSecondaryLimitStalesTheSourceUntilRetryAfter() {
        poller.syncDue();
        server.inject(SimFault.secondaryRateLimit("/repos/", 60, 1));
        clock.advance(Duration.ofMinutes(5));
        GitHubPoller.CycleResult limited = poller.syncDue();
        assertTrue(!limited.ok());
        assertTrue(limited.nextDelay().compareTo(Duration.ofSeconds(60)) >= 0, "waits for Retry-After: " + limited.nextDelay());
        assertEquals(Freshness.STALE, plane.snapshot().health().freshness());
        clock.advance(limited.nextDelay());
        assertTrue(poller.syncDue().ok());
        assertEquals(Freshness.LIVE, plane.snapshot().health().freshness());
    }

    private Map<String, String> pushedAt() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(server.baseUrl() + "/orgs/intelgraph-sim/repos?per_page=100")).build(),
                HttpResponse.BodyHandlers.ofString());
        Map<String, String> out = new HashMap<>();
        for (JsonNode repo : new ObjectMapper().readTree(response.body())) {
            out.put(repo.get("name").asText(), repo.get("pushed_at").asText());
        }
        return out;
    }
}
