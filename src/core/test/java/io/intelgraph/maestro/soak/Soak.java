package io.intelgraph.maestro.soak;

import io.intelgraph.maestro.github.GitHubClient;
import io.intelgraph.maestro.github.GitHubHttp;
import io.intelgraph.maestro.github.GitHubPoller;
import io.intelgraph.maestro.github.PollPlanner;
import io.intelgraph.maestro.github.PollTargets;
import io.intelgraph.maestro.github.Token;
import io.intelgraph.maestro.sim.SimChurn;
import io.intelgraph.maestro.sim.SimClock;
import io.intelgraph.maestro.sim.SimGitHubServer;
import io.intelgraph.maestro.sim.SimWorld;
import io.intelgraph.maestro.store.BuildPlane;
import io.intelgraph.maestro.store.SourceHealth;
import io.intelgraph.maestro.store.TileKey;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Days of a churning simulated organization polled by the real client, poller and store, with
 * faults injected on a schedule. Time is simulated and advanced by exactly the delay the poller
 * asks for after each cycle (Retry-After, backoff, the planner's interval), so a week takes minutes
 * and every wait is the one production would make. After every clean cycle (no failure at all),
 * and so after each fault has cleared, the store is compared with the simulator's truth; the
 * process's live heap, threads and file descriptors are sampled along the way.
 */
final class Soak {

    /** The client's deadline: short, since stalled bodies cost real seconds while the world runs on simulated time. */
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(3);


    /** What to run. {@code faultEvery} is simulated time between the end of one fault and the next. */
    record Settings(Duration length, long seed, Duration faultEvery, Duration sampleEvery, Duration minPoll,
            Duration retention, SimChurn churn, FaultSchedule faults) {

        /** About 40 resource samples over the run, a fault every {@code faultEvery}, the standard fault kinds. */
        static Settings of(Duration length, long seed, Duration minPoll, Duration faultEvery, Duration retention,
                SimChurn churn) {
            return new Settings(length, seed, faultEvery, Duration.ofMinutes(Math.max(10, length.toMinutes() / 40)),
                    minPoll, retention, churn, FaultSchedule.standard());
        }
    }

    static final Instant ORIGIN = Instant.parse("2026-11-25T12:00:00Z");
    private static final String TOKEN = "soak-token";

    private Soak() {
    }

    static SoakReport run(Settings settings) throws IOException {
        SimClock clock = new SimClock(ORIGIN, 0);
        SimWorld world = new SimWorld(settings.seed(), ORIGIN, settings.churn());
        long started = System.nanoTime();
        List<ResourceSample> samples = new ArrayList<>();
        List<String> mismatches = new ArrayList<>();
        int injected = 0;
        int cleared = 0;
        int checks = 0;
        long cycles = 0;
        long requests = 0;
        int tilesLeft = 0;
        Duration retention = settings.retention();
        // A branch's tile may stay for the retention window after the poller first sees it gone,
        // which is at most one repository-list refresh (10 min) and one poll interval after the fact.
        StoreVsTruth truth = new StoreVsTruth(ORIGIN, retention.plus(Duration.ofMinutes(25)), Duration.ofMinutes(15));
        ScheduledExecutorService unused = Executors.newSingleThreadScheduledExecutor();
        try (SimGitHubServer server = new SimGitHubServer(world, clock, clock, TOKEN, 0).start()) {
            GitHubClient client = new GitHubClient(new GitHubHttp(server.baseUrl(), Optional.of(new Token(TOKEN, "soak")),
                    clock, REQUEST_TIMEOUT));
            BuildPlane plane = new BuildPlane(clock, SourceHealth.connecting("soak", true));
            plane.setRetention(retention);
            GitHubPoller poller = new GitHubPoller(client, plane, new PollTargets(List.of(world.org()), List.of()),
                    new PollPlanner(settings.minPoll(), Duration.ofMinutes(10), 0.8), unused, clock, 50, settings.seed());
            Instant end = ORIGIN.plus(settings.length());
            Instant nextFault = ORIGIN.plus(settings.faultEvery());
            Instant nextSample = ORIGIN;
            FaultSchedule.Kind active = null;
            Set<TileKey> previous = Set.of();
            // Past the end only to let the last fault clear, within a bound.
            int overtime = 0;
            while (clock.instant().isBefore(end) || active != null && overtime++ < 100) {
                Instant now = clock.instant();
                if (!now.isBefore(nextSample) && now.isBefore(end)) {
                    samples.add(ResourceSample.take(Duration.between(ORIGIN, now)));
                    nextSample = now.plus(settings.sampleEvery());
                }
                if (active == null && !now.isBefore(nextFault) && now.isBefore(end)) {
                    server.clearFaults();
                    active = settings.faults().get(injected);
                    server.inject(active.make().apply(runsPathOfAWatchedRepo(plane, injected)));
                    injected++;
                }
                GitHubPoller.CycleResult result = poller.syncOnce();
                cycles++;
                Set<TileKey> shown = new HashSet<>();
                plane.snapshot().tiles().forEach(t -> shown.add(t.key()));
                for (TileKey key : previous) {
                    if (!shown.contains(key) && world.goneSince(key.repo().fullName(), key.branch(), clock.instant()).isPresent()) {
                        tilesLeft++;
                    }
                }
                previous = shown;
                requests += result.requests();
                // Every clean cycle must leave the store equal to the truth; the first one after a fault is
                // the one that shows whether the fault lost or duplicated anything.
                if (result.ok() && result.repoErrors().isEmpty()) {
                    String when = active != null ? "after " + active.name() : "between faults";
                    checks++;
                    for (String problem : truth.compare(plane.snapshot(), world, clock.instant())) {
                        mismatches.add(Duration.between(ORIGIN, clock.instant()).toMinutes() + " min, " + when + ": "
                                + problem);
                    }
                    if (active != null) {
                        cleared++;
                        active = null;
                        nextFault = clock.instant().plus(settings.faultEvery());
                    }
                }
                clock.advance(result.nextDelay().compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1)
                        : result.nextDelay());
            }
            // A last clean cycle at the final instant, compared without moving the clock.
            GitHubPoller.CycleResult last = poller.syncOnce();
            if (active == null && last.ok() && last.repoErrors().isEmpty()) {
                checks++;
                truth.compare(plane.snapshot(), world, clock.instant()).forEach(p -> mismatches.add("at the end: " + p));
            }
            poller.close();
            samples.add(ResourceSample.take(Duration.between(ORIGIN, clock.instant())));
            return new SoakReport(settings.length(), Duration.ofNanos(System.nanoTime() - started), cycles, requests,
                    injected, cleared, checks, plane.snapshot().tiles().size(), tilesLeft, List.copyOf(mismatches),
                    List.copyOf(samples));
        } finally {
            unused.shutdownNow();
        }
    }

    /** A repository the poller watches now, different for each fault. */
    private static String runsPathOfAWatchedRepo(BuildPlane plane, int n) {
        var repos = plane.snapshot().repos().stream().filter(r -> !r.archived()).toList();
        var repo = repos.get(Math.floorMod(n * 7, repos.size()));
        return "/repos/" + repo.id().fullName() + "/actions/runs";
    }
}
