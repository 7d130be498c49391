package io.intelgraph.maestro.github;

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

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GitHubPollerTest {

    private final SimHarness sim = new SimHarness(42);
    private final BuildPlane plane = new BuildPlane(sim.clock, SourceHealth.connecting("sim", true));
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();

    private GitHubPoller poller(PollTargets targets) {
        return new GitHubPoller(sim.client(), plane, targets, PollPlanner.defaults(), executor, Clock.systemUTC(), 50, 1);
    }

    @AfterEach
    void stop() {
        executor.shutdownNow();
        sim.close();
    }

    @Test
    void steadyStateCostFollowsChangesNotPolls() {
        GitHubPoller poller = poller(new PollTargets(List.of("intelgraph-sim"), List.of()));
        GitHubPoller.CycleResult first = poller.syncOnce();
        assertTrue(first.ok());
        assertEquals(34, first.repos());
        assertEquals(0, first.notModified());
        assertEquals(Freshness.LIVE, plane.snapshot().health().freshness());
        assertTrue(plane.snapshot().tiles().size() > 60, "tiles: " + plane.snapshot().tiles().size());

        GitHubPoller.CycleResult second = poller.syncOnce();
        // Nothing changed (the sim clock stands still): every runs and pulls request is a free 304.
        assertEquals(second.requests(), second.notModified());
        assertEquals(68, second.requests());
        assertEquals(Duration.ofSeconds(10), second.nextDelay(), "free polls keep the minimum interval");
    }

    @Test
    void aFirstPassShowsEveryRepositorysRunsLiveBeforeThePullRequestsAnswer() throws Exception {
        GitHubPoller poller = poller(new PollTargets(List.of("intelgraph-sim"), List.of()));
        RepoId slow = RepoId.parse("intelgraph-sim/api-gateway");
        // One repository's PR listing stalls for 2 s: the first tiles do not wait for it.
        sim.server.inject(SimFault.stalledBody("/repos/" + slow.fullName() + "/pulls", Duration.ofSeconds(2), 1));
        // On a thread of its own, as the poller's cycles run.
        CompletableFuture<GitHubPoller.CycleResult> pass = CompletableFuture.supplyAsync(poller::syncOnce,
                Thread.ofPlatform().daemon().name("first-pass")::start);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (plane.snapshot().health().freshness() != Freshness.LIVE && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        BuildSnapshot first = plane.snapshot();
        assertFalse(pass.isDone(), "the first tiles came while a PR listing still stalled");
        assertEquals(Freshness.LIVE, first.health().freshness());
        assertTrue(first.tiles().size() > 60, "every repository's runs: " + first.tiles().size());
        assertTrue(first.tiles().stream().anyMatch(t -> t.key().repo().equals(slow)));
        assertTrue(first.tiles().stream().noneMatch(t -> t.pullRequest().isPresent()), "no PR was read yet");

        GitHubPoller.CycleResult done = pass.get(10, TimeUnit.SECONDS);
        // The stalled answer ended truncated: that repository's answer cannot be trusted, the others got their PRs.
        assertEquals(1, done.repoErrors().size(), done.repoErrors().toString());
        BuildSnapshot after = plane.snapshot();
        assertEquals(first.tiles().size(), after.tiles().size());
        assertTrue(after.tiles().stream().filter(t -> t.key().repo().equals(slow)).allMatch(BuildTile::stale));
        assertTrue(after.tiles().stream().anyMatch(t -> t.pullRequest().isPresent()));
        assertTrue(after.tiles().stream().filter(t -> !t.key().repo().equals(slow)).noneMatch(BuildTile::stale));
    }

    @Test
    void aFirstPassStoppedAfterTheRunsKeepsThemAndSaysWhy() {
        GitHubPoller poller = poller(new PollTargets(List.of("intelgraph-sim"), List.of()));
        // Source-wide, thrown from the second half: the runs read stay on the plane, stale, with the reason.
        sim.server.inject(SimFault.secondaryRateLimit("/repos/intelgraph-sim/api-gateway/pulls", 60, 1));
        GitHubPoller.CycleResult limited = poller.syncOnce();
        assertFalse(limited.ok());
        BuildSnapshot snapshot = plane.snapshot();
        assertEquals(Freshness.STALE, snapshot.health().freshness());
        assertTrue(snapshot.health().message().contains("secondary rate limit"), snapshot.health().message());
        assertTrue(snapshot.tiles().size() > 60, "tiles: " + snapshot.tiles().size());
        assertTrue(snapshot.tiles().stream().allMatch(BuildTile::stale));
    }

    @Test
    void aBugInAPassShowsAsAStaleSourceWithTheReasonAndPollingGoesOn() throws Exception {
        GitHubPoller poller = new GitHubPoller(sim.client(), plane, new PollTargets(List.of("intelgraph-sim"), List.of()),
                new PollPlanner(Duration.ofMillis(200), Duration.ofSeconds(1), 0.8), executor, Clock.systemUTC(), 50, 1);
        // The first pass's write to the plane throws, as a bug would; the writes after it go through.
        AtomicBoolean thrown = new AtomicBoolean();
        plane.refuseWritesFrom("the first poll pass (a simulated bug)",
                () -> Thread.currentThread().getName().startsWith("github-poll-cycle") && thrown.compareAndSet(false, true));
        poller.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!plane.snapshot().health().message().startsWith("Internal error while polling") && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertEquals(Freshness.STALE, plane.snapshot().health().freshness());
        assertTrue(plane.snapshot().health().message().contains("IllegalStateException"), plane.snapshot().health().message());
        // The next pass, after the backoff, finds the source well again.
        deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (plane.snapshot().health().freshness() != Freshness.LIVE && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(Freshness.LIVE, plane.snapshot().health().freshness());
        assertTrue(plane.snapshot().tiles().size() > 60, "tiles " + plane.snapshot().tiles().size() + " repos "
                + plane.snapshot().repos().size() + " " + plane.snapshot().health());
        poller.close();
    }

    @Test
    void aRateLimitMakesEverythingStaleUntilRetryAfterThenRecovers() {
        GitHubPoller poller = poller(new PollTargets(List.of(), List.of(RepoId.parse("intelgraph-sim/api-gateway"))));
        poller.syncOnce();
        sim.server.inject(SimFault.secondaryRateLimit("/repos/", 120, 1));
        Instant before = Instant.now();
        GitHubPoller.CycleResult limited = poller.syncOnce();
        assertFalse(limited.ok());
        assertTrue(limited.nextDelay().compareTo(Duration.ofSeconds(119)) >= 0, "waits for Retry-After: " + limited.nextDelay());
        var health = plane.snapshot().health();
        assertEquals(Freshness.STALE, health.freshness());
        assertTrue(health.message().contains("secondary rate limit"), health.message());
        assertTrue(health.retryAt().isAfter(before.plusSeconds(119)));
        assertTrue(plane.snapshot().tiles().stream().allMatch(BuildTile::stale));

        assertTrue(poller.syncOnce().ok());
        assertTrue(plane.snapshot().tiles().stream().noneMatch(BuildTile::stale));
    }

    @Test
    void aMissingRepositoryOnlyStalesItsOwnTiles() {
        RepoId good = RepoId.parse("intelgraph-sim/api-gateway");
        RepoId missing = RepoId.parse("intelgraph-sim/does-not-exist");
        GitHubPoller poller = poller(new PollTargets(List.of(), List.of(good, missing)));
        GitHubPoller.CycleResult result = poller.syncOnce();
        assertTrue(result.ok());
        assertEquals(1, result.repoErrors().size());
        assertTrue(plane.snapshot().repoErrors().get(missing).startsWith("Not found"));
        assertTrue(plane.snapshot().tiles().stream().noneMatch(BuildTile::stale));
    }

    @Test
    void anUnknownOrgIsACycleFailureThatSaysSo() {
        GitHubPoller poller = poller(new PollTargets(List.of("no-such-org"), List.of()));
        GitHubPoller.CycleResult result = poller.syncOnce();
        assertFalse(result.ok());
        assertTrue(result.failure().startsWith("Cannot list repositories of no-such-org: Not found"), result.failure());
    }
}
