package io.intelgraph.maestro.bench;

import io.intelgraph.maestro.github.GitHubClient;
import io.intelgraph.maestro.github.GitHubHttp;
import io.intelgraph.maestro.github.GitHubPoller;
import io.intelgraph.maestro.github.PollPlanner;
import io.intelgraph.maestro.github.PollPolicy;
import io.intelgraph.maestro.github.PollTargets;
import io.intelgraph.maestro.github.RequestPacer;
import io.intelgraph.maestro.github.Token;
import io.intelgraph.maestro.model.build.RunStatus;
import io.intelgraph.maestro.model.build.WorkflowRun;
import io.intelgraph.maestro.sim.SimActivity;
import io.intelgraph.maestro.sim.SimChurn;
import io.intelgraph.maestro.sim.SimClock;
import io.intelgraph.maestro.sim.SimGitHubServer;
import io.intelgraph.maestro.sim.SimScale;
import io.intelgraph.maestro.sim.SimTruth;
import io.intelgraph.maestro.sim.SimWorld;
import io.intelgraph.maestro.store.BuildPlane;
import io.intelgraph.maestro.store.BuildTile;
import io.intelgraph.maestro.store.SourceHealth;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Function;

/**
 * Today's fixed-interval poller and the adaptive one, side by side, on the simulator at
 * organisation scale: 400 repositories of which a tenth are busy ({@link SimActivity#organisation()},
 * a few dozen with runs going at any time), for 30 simulated minutes, under GitHub's secondary
 * limits as the simulator enforces them. Time is simulated and moved by the benchmark (the
 * world, GitHub's limits and the poller share one clock), so half an hour takes a minute or two.
 * <p>
 * Figures: the most requests one endpoint got in a minute, the 403s from the secondary limits,
 * charged (non-304) requests per hour and the 304 share (both after the first sync), and
 * <b>freshness</b>: the delay from a run changing in the simulator (its {@code updated_at}) to
 * the store showing that state or a later one, p50 and p95, for busy repositories (a run going,
 * or a change in the 10 minutes before) and quiet ones (the first change after 10 quiet minutes).
 * Changes the store had not caught up with at the end count with their delay so far.
 * <p>
 * Part of {@code ./mvnw -Pbench verify}; alone:
 * <pre>
 * ./mvnw -B -o -q -pl src/core -am test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *   -Dexec.args="-cp %classpath io.intelgraph.maestro.bench.PollingBenchmark [SEED]"
 * </pre>
 */
public final class PollingBenchmark {

    static final Instant ORIGIN = Instant.parse("2026-11-25T12:00:00Z");
    static final int REPOS = 400;
    static final Duration LENGTH = Duration.ofMinutes(30);
    /** Changes and charges are counted once the first sync is over. */
    static final Duration SETTLED = Duration.ofMinutes(2);
    static final Duration TRUTH_EVERY = Duration.ofSeconds(2);
    static final Duration BUSY_WINDOW = Duration.ofMinutes(10);
    private static final String TOKEN = "bench-token";

    private PollingBenchmark() {
    }

    /** One poller's figures. */
    record Figures(String poller, int maxPerMinute, String busiestEndpoint, long refused, double chargedPerHour,
            double notModifiedShare, List<Duration> hot, List<Duration> cold, long passes, Duration wall) {
    }

    /** @param args an optional seed (42) */
    public static void main(String[] args) throws IOException {
        System.out.println(run(args.length > 0 ? Long.parseLong(args[0]) : 42));
    }

    /** Both pollers on the same world (the same seed), one after the other; the table. */
    public static String run(long seed) throws IOException {
        Figures fixed = measure("fixed 10 s", new PollPolicy.FixedInterval(PollPlanner.defaults()),
                RequestPacer.Policy.unpaced(), seed);
        Figures adaptive = measure("adaptive", PollPolicy.Adaptive.github(), RequestPacer.Policy.github(), seed);
        return table(seed, fixed, adaptive);
    }

    static Figures measure(String name, PollPolicy policy, RequestPacer.Policy pacing, long seed) throws IOException {
        long started = System.nanoTime();
        SimClock clock = new SimClock(ORIGIN, 0);
        SimWorld world = new SimWorld(seed, ORIGIN, SimChurn.OFF, new SimScale(REPOS, 3, 100), SimActivity.organisation());
        ScheduledExecutorService unused = Executors.newSingleThreadScheduledExecutor();
        try (SimGitHubServer server = new SimGitHubServer(world, clock, clock, TOKEN, 0).start();
             BuildPlane plane = new BuildPlane(clock, clock, SourceHealth.connecting("bench", true), Runnable::run)) {
            GitHubClient client = new GitHubClient(new GitHubHttp(server.baseUrl(), Optional.of(new Token(TOKEN, "bench")),
                    clock, Duration.ofSeconds(10), pacing));
            GitHubPoller poller = new GitHubPoller(client, plane, new PollTargets(List.of(world.org()), List.of()), policy,
                    unused, clock, 50, seed);
            Changes changes = new Changes();
            PerMinute perMinute = new PerMinute();
            Instant end = ORIGIN.plus(LENGTH);
            Instant nextPoll = ORIGIN;
            Instant nextTruth = ORIGIN;
            GitHubHttp.RequestCounts settledCounts = null;
            long passes = 0;
            while (clock.instant().isBefore(end)) {
                Instant now = clock.instant();
                if (!now.isBefore(nextTruth)) {
                    changes.truth(SimTruth.at(world, now), now);
                    nextTruth = now.plus(TRUTH_EVERY);
                }
                if (!now.isBefore(nextPoll)) {
                    GitHubPoller.CycleResult result = poller.syncDue();
                    passes++;
                    changes.store(plane.snapshot().tiles(), now);
                    Duration delay = result.nextDelay().compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1)
                            : result.nextDelay();
                    nextPoll = now.plus(delay);
                }
                perMinute.sample(client.http().requestCountsByEndpoint(), now);
                if (settledCounts == null && !now.isBefore(ORIGIN.plus(SETTLED))) {
                    settledCounts = client.http().requestCounts();
                    changes.countFrom(now);
                }
                Instant wake = nextPoll.isBefore(nextTruth) ? nextPoll : nextTruth;
                clock.advance(Duration.between(now, wake.isBefore(end) ? wake : end));
            }
            poller.close();
            changes.finish(clock.instant());
            GitHubHttp.RequestCounts last = client.http().requestCounts();
            long sent = last.sent() - settledCounts.sent();
            long notModified = last.notModified() - settledCounts.notModified();
            double hours = Duration.between(ORIGIN.plus(SETTLED), end).toSeconds() / 3600.0;
            return new Figures(name, perMinute.max, perMinute.busiest, server.secondaryLimits().refused(),
                    (sent - notModified) / hours, sent == 0 ? 0 : notModified / (double) sent, changes.hot, changes.cold,
                    passes, Duration.ofNanos(System.nanoTime() - started));
        } finally {
            unused.shutdownNow();
        }
    }

    /** The most requests one endpoint got within a minute (minutes counted from the start). */
    private static final class PerMinute {
        private Map<String, GitHubHttp.RequestCounts> atMinuteStart = Map.of();
        private long minute = -1;
        int max;
        String busiest = "";

        void sample(Map<String, GitHubHttp.RequestCounts> counts, Instant now) {
            long m = Duration.between(ORIGIN, now).toMinutes();
            if (m != minute) {
                atMinuteStart = counts;
                minute = m;
                return;
            }
            counts.forEach((endpoint, c) -> {
                long before = atMinuteStart.getOrDefault(endpoint, new GitHubHttp.RequestCounts(0, 0)).sent();
                int inMinute = (int) (c.sent() - before);
                if (inMinute > max) {
                    max = inMinute;
                    busiest = endpoint;
                }
            });
        }
    }

    /**
     * Every change in the truth, waiting for the store to show that state or a later one: the wait
     * is the change's freshness.
     */
    private static final class Changes {
        private record Pending(SimTruth.State state, boolean hot, boolean counted) {
        }

        private final Map<SimTruth.Key, SimTruth.State> lastTruth = new HashMap<>();
        private final Map<SimTruth.Key, Deque<Pending>> pending = new HashMap<>();
        private final Map<String, Instant> lastChangeOfRepo = new HashMap<>();
        private final Map<String, Boolean> goingAtLastLook = new HashMap<>();
        private Instant countFrom = Instant.MAX;
        private boolean seeded;
        final List<Duration> hot = new ArrayList<>();
        final List<Duration> cold = new ArrayList<>();

        void countFrom(Instant at) {
            countFrom = at;
        }

        void truth(Map<SimTruth.Key, SimTruth.State> now, Instant at) {
            Map<String, Boolean> going = new HashMap<>();
            for (Map.Entry<SimTruth.Key, SimTruth.State> e : now.entrySet()) {
                SimTruth.Key key = e.getKey();
                SimTruth.State state = e.getValue();
                going.merge(key.repo(), state.status() != RunStatus.COMPLETED,
                        Boolean::logicalOr);
                SimTruth.State before = lastTruth.put(key, state);
                if (!seeded || before != null && before.sameAs(state.runId(), state.attempt(), state.status(),
                        state.conclusion())) {
                    continue;
                }
                String repo = key.repo();
                Instant previous = lastChangeOfRepo.get(repo);
                boolean busy = goingAtLastLook.getOrDefault(repo, false)
                        || previous != null && !previous.isBefore(state.since().minus(BUSY_WINDOW));
                lastChangeOfRepo.put(repo, state.since());
                pending.computeIfAbsent(key, k -> new ArrayDeque<>())
                        .addLast(new Pending(state, busy, !state.since().isBefore(countFrom)));
            }
            goingAtLastLook.clear();
            goingAtLastLook.putAll(going);
            seeded = true;
        }

        void store(List<BuildTile> tiles, Instant at) {
            for (BuildTile tile : tiles) {
                for (WorkflowRun run : tile.latestPerWorkflow()) {
                    Deque<Pending> waiting = pending.get(new SimTruth.Key(tile.repoName(), tile.branch(), run.workflowName()));
                    if (waiting == null || waiting.isEmpty()) {
                        continue;
                    }
                    // The store shows one of the waiting states: it and every earlier one are known now.
                    List<Pending> list = new ArrayList<>(waiting);
                    for (int i = list.size() - 1; i >= 0; i--) {
                        SimTruth.State s = list.get(i).state();
                        if (s.sameAs(run.id(), run.runAttempt(), run.status(), run.conclusion())) {
                            for (int j = 0; j <= i; j++) {
                                record(waiting.removeFirst(), at);
                            }
                            break;
                        }
                    }
                }
            }
        }

        void finish(Instant end) {
            pending.values().forEach(waiting -> waiting.forEach(p -> record(p, end)));
        }

        private void record(Pending p, Instant at) {
            if (p.counted()) {
                Duration delay = Duration.between(p.state().since(), at);
                (p.hot() ? hot : cold).add(delay.isNegative() ? Duration.ZERO : delay);
            }
        }
    }

    static String table(long seed, Figures... pollers) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Polling %d repositories (a tenth busy) for %d simulated minutes, seed %d,"
                + " under GitHub's secondary limits%n", REPOS, LENGTH.toMinutes(), seed));
        String row = "  %-58s" + " %22s".repeat(pollers.length) + "%n";
        out.append(String.format(Locale.ROOT, row, header(pollers)));
        line(out, row, "most requests to one endpoint in a minute (GitHub: 900)", pollers,
                f -> String.format(Locale.ROOT, "%,d", f.maxPerMinute()));
        line(out, row, "  on", pollers, f -> shortEndpoint(f.busiestEndpoint()));
        line(out, row, "403s from the secondary limits (goal: 0)", pollers, f -> Long.toString(f.refused()));
        line(out, row, "charged requests per hour (goal: within 4,000 of 5,000)", pollers,
                f -> String.format(Locale.ROOT, "%,.0f", f.chargedPerHour()));
        line(out, row, "304 share", pollers, f -> String.format(Locale.ROOT, "%.0f %%", 100 * f.notModifiedShare()));
        line(out, row, "busy repositories' freshness p50 / p95 (goal p95 <= 15 s)", pollers,
                f -> percentiles(f.hot()));
        line(out, row, "quiet repositories' freshness p50 / p95 (goal p95 <= 5 min)", pollers,
                f -> percentiles(f.cold()));
        line(out, row, "changes measured (busy / quiet)", pollers, f -> f.hot().size() + " / " + f.cold().size());
        line(out, row, "passes; real time", pollers, f -> f.passes() + "; " + f.wall().toSeconds() + " s");
        return out.toString();
    }

    private static Object[] header(Figures... pollers) {
        List<Object> cells = new ArrayList<>();
        cells.add("");
        for (Figures f : pollers) {
            cells.add(f.poller());
        }
        return cells.toArray();
    }

    private static void line(StringBuilder out, String row, String label, Figures[] pollers,
            Function<Figures, String> cell) {
        List<Object> cells = new ArrayList<>();
        cells.add(label);
        for (Figures f : pollers) {
            cells.add(cell.apply(f));
        }
        out.append(String.format(Locale.ROOT, row, cells.toArray()));
    }

    private static String shortEndpoint(String endpoint) {
        return endpoint.replace("/repos/{owner}/{repo}", "…");
    }

    static String percentiles(List<Duration> delays) {
        if (delays.isEmpty()) {
            return "-";
        }
        List<Duration> sorted = new ArrayList<>(delays);
        Collections.sort(sorted);
        return seconds(sorted.get((int) Math.floor(0.5 * (sorted.size() - 1)))) + " / "
                + seconds(sorted.get((int) Math.ceil(0.95 * (sorted.size() - 1))));
    }

    private static String seconds(Duration d) {
        long s = d.toSeconds();
        return s < 120 ? s + " s" : String.format(Locale.ROOT, "%.1f min", s / 60.0);
    }
}
