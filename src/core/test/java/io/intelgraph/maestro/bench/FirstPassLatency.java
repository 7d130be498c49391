package io.intelgraph.maestro.bench;

import io.intelgraph.maestro.github.GitHubClient;
import io.intelgraph.maestro.github.GitHubHttp;
import io.intelgraph.maestro.github.GitHubPoller;
import io.intelgraph.maestro.github.PollPolicy;
import io.intelgraph.maestro.github.PollTargets;
import io.intelgraph.maestro.github.Token;
import io.intelgraph.maestro.store.BuildPlane;
import io.intelgraph.maestro.store.BuildSnapshot;
import io.intelgraph.maestro.store.Freshness;
import io.intelgraph.maestro.store.SourceHealth;
import io.intelgraph.maestro.testing.SimHarness;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * What a network round trip does to the first live tiles: the HUD's poller (adaptive, 4 requests at once, 50 runs a
 * repository, as {@code HudRuntime} builds it) makes its first pass over the simulator's organisation (34
 * repositories) behind a {@link LatencyProxy} that adds 0, 50, 100 and 200 ms to every round trip. Printed: when the
 * plane first shows the tiles LIVE, and when the pass ends (the PRs read) — the moment the first tiles waited for
 * before the first pass read in two halves. The median of 3 passes each, each from a fresh client (no ETags, new
 * connections). The pass runs on a thread of its own, as the poller's cycles do.
 * <p>
 * Part of {@code ./mvnw -Pbench verify}; alone:
 * <pre>
 * ./mvnw -B -o -q -pl src/core -am test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *   -Dexec.args="-cp %classpath io.intelgraph.maestro.bench.FirstPassLatency"
 * </pre>
 */
public final class FirstPassLatency {

    private static final List<Integer> ROUND_TRIPS_MS = List.of(0, 50, 100, 200);
    private static final int PASSES = 3;

    private FirstPassLatency() {
    }

    /** One pass: milliseconds to the first LIVE snapshot with tiles, to the pass's end, and the tiles shown. */
    private record Pass(long firstTilesMs, long passMs, int tiles) {
    }

    public static void main(String[] args) throws Exception {
        System.out.println(run());
    }

    public static String run() throws Exception {
        StringBuilder table = new StringBuilder("First pass over 34 simulated repositories (runs, then PRs) behind an added"
                + " round trip; median of " + PASSES + "\n");
        table.append(String.format(Locale.ROOT, "%-16s | %-18s | %-28s | %s%n", "round trip", "first live tiles",
                "pass done (PRs read): before", "tiles"));
        try (SimHarness sim = new SimHarness(42)) {
            for (int roundTrip : ROUND_TRIPS_MS) {
                List<Pass> passes = new ArrayList<>();
                for (int i = 0; i < PASSES; i++) {
                    passes.add(pass(sim, Duration.ofMillis(roundTrip / 2)));
                }
                passes.sort((a, b) -> Long.compare(a.firstTilesMs(), b.firstTilesMs()));
                Pass median = passes.get(PASSES / 2);
                table.append(String.format(Locale.ROOT, "%-16s | %-18s | %-28s | %d%n", "+" + roundTrip + " ms",
                        median.firstTilesMs() + " ms", median.passMs() + " ms", median.tiles()));
            }
        }
        return table.toString();
    }

    private static Pass pass(SimHarness sim, Duration oneWay) throws Exception {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
        try (LatencyProxy proxy = new LatencyProxy(sim.server.baseUrl(), oneWay)) {
            GitHubClient client = new GitHubClient(new GitHubHttp(proxy.uri(),
                    Optional.of(new Token(SimHarness.TOKEN, "bench")), Clock.systemUTC(), Duration.ofSeconds(20)));
            BuildPlane plane = new BuildPlane(sim.clock, SourceHealth.connecting("sim", true));
            GitHubPoller poller = new GitHubPoller(client, plane, new PollTargets(List.of("intelgraph-sim"), List.of()),
                    PollPolicy.Adaptive.github(), executor, Clock.systemUTC(), 50, 1);
            long start = System.nanoTime();
            CompletableFuture<GitHubPoller.CycleResult> cycle = CompletableFuture.supplyAsync(poller::syncOnce,
                    Thread.ofPlatform().daemon().name("first-pass")::start);
            long firstTiles = -1;
            while (!cycle.isDone() || firstTiles < 0) {
                BuildSnapshot snapshot = plane.snapshot();
                if (firstTiles < 0 && snapshot.health().freshness() == Freshness.LIVE && !snapshot.tiles().isEmpty()) {
                    firstTiles = System.nanoTime() - start;
                }
                if (cycle.isDone() && firstTiles < 0) {
                    throw new IllegalStateException("the pass ended without live tiles: " + cycle.get().failure());
                }
                Thread.sleep(1);
            }
            GitHubPoller.CycleResult result = cycle.get(1, TimeUnit.MINUTES);
            long done = System.nanoTime() - start;
            if (!result.ok()) {
                throw new IllegalStateException("the pass failed: " + result.failure());
            }
            poller.close();
            return new Pass(TimeUnit.NANOSECONDS.toMillis(firstTiles), TimeUnit.NANOSECONDS.toMillis(done),
                    plane.snapshot().tiles().size());
        } finally {
            executor.shutdownNow();
        }
    }
}
