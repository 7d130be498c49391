package io.intelgraph.maestro.bench;

import io.intelgraph.maestro.github.GitHubClient;
import io.intelgraph.maestro.github.GitHubException;
import io.intelgraph.maestro.github.GitHubHttp;
import io.intelgraph.maestro.github.GitHubPoller;
import io.intelgraph.maestro.github.PollPlanner;
import io.intelgraph.maestro.github.PollTargets;
import io.intelgraph.maestro.github.Token;
import io.intelgraph.maestro.model.build.RunStatus;
import io.intelgraph.maestro.model.build.WorkflowRun;
import io.intelgraph.maestro.model.evidence.EvidenceSummary;
import io.intelgraph.maestro.model.evidence.RunEvidence;
import io.intelgraph.maestro.model.repo.RepoId;
import io.intelgraph.maestro.sim.SimFault;
import io.intelgraph.maestro.store.BuildPlane;
import io.intelgraph.maestro.store.BuildTile;
import io.intelgraph.maestro.store.SourceHealth;
import io.intelgraph.maestro.supplychain.EvidenceCollector;
import io.intelgraph.maestro.testing.SimHarness;
import io.intelgraph.maestro.ui.HudComposition;
import io.intelgraph.maestro.ui.HudContext;
import io.intelgraph.maestro.ui.HudWindow;
import io.intelgraph.maestro.ui.evidence.EvidenceViewModel;
import io.intelgraph.maestro.ui.task.FxTaskExecutor;
import io.intelgraph.maestro.userstate.UserStateStore;
import javafx.application.Platform;
import javafx.stage.Stage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * How long the FX thread stalls while a poll cycle is held open by a slow GitHub (the simulator's
 * stalled body) and the user opens run after run, each loading its evidence, which goes to the
 * store for the tile's badges. The HUD window is open on the simulated plane throughout. A pulse is
 * posted to the FX thread every {@value #PULSE_MS} ms and its lateness recorded; store writes made
 * on the FX thread are counted and timed.
 *
 * <p>Two cases: the poller as it is (fetch, then apply in one batch), and a source that holds the
 * store's lock across the stalled request (the poller's shape before it was fixed) — the FX thread
 * must not wait even then. Uses only API that commit d9394c2f has, so the same class measures before.
 */
public final class FxStallBenchmark {

    private static final int PULSE_MS = 5;
    private static final Duration STALL = Duration.ofSeconds(3);
    private static final int EVIDENCE_EVERY_MS = 100;
    private static final String ORG = "intelgraph-sim";

    public static void main(String[] args) throws Exception {
        HeadlessFx.start();
        System.out.println(run());
        Platform.exit();
        System.exit(0);
    }

    /** A pulse posted to the FX thread every few ms; how late each ran. */
    private static final class Pulses {
        private final List<Long> lateness = Collections.synchronizedList(new ArrayList<>());
        private volatile boolean running = true;
        private final Thread poster = Thread.ofPlatform().daemon().name("fx-pulse").start(() -> {
            while (running) {
                long posted = System.nanoTime();
                Platform.runLater(() -> lateness.add(System.nanoTime() - posted));
                try {
                    Thread.sleep(PULSE_MS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });

        /** The lateness so far, sorted, and starts a new window. */
        List<Long> take() {
            List<Long> out;
            synchronized (lateness) {
                out = new ArrayList<>(lateness);
                lateness.clear();
            }
            Collections.sort(out);
            return out;
        }

        void stop() throws InterruptedException {
            running = false;
            poster.join();
        }
    }

    /** The store writes of the evidence loads, by the thread they ran on. */
    private static final class Writes {
        final List<Long> onFx = Collections.synchronizedList(new ArrayList<>());
        final List<Long> offFx = Collections.synchronizedList(new ArrayList<>());

        void timed(Runnable write) {
            boolean fx = Platform.isFxApplicationThread();
            long start = System.nanoTime();
            write.run();
            (fx ? onFx : offFx).add(System.nanoTime() - start);
        }

        String takeLine() {
            List<Long> fx;
            int off;
            synchronized (onFx) {
                fx = new ArrayList<>(onFx);
                onFx.clear();
            }
            synchronized (offFx) {
                off = offFx.size();
                offFx.clear();
            }
            Collections.sort(fx);
            return String.format(Locale.ROOT, "%d on the FX thread (longest %.1f ms), %d off it",
                    fx.size(), HeadlessFx.max(fx) / 1e6, off);
        }
    }

    static String run() throws Exception {
        SimHarness sim = new SimHarness(42);
        // A timeout longer than the stall: the request is held open, not abandoned.
        GitHubClient client = new GitHubClient(new GitHubHttp(sim.server.baseUrl(),
                Optional.of(new Token(SimHarness.TOKEN, "bench")), Clock.systemUTC(), Duration.ofSeconds(30)));
        BuildPlane plane = new BuildPlane(sim.clock, SourceHealth.connecting("bench", true));
        ScheduledExecutorService pollerExecutor = Executors.newSingleThreadScheduledExecutor();
        GitHubPoller poller = new GitHubPoller(client, plane, new PollTargets(List.of(ORG), List.of()),
                PollPlanner.defaults(), pollerExecutor, Clock.systemUTC(), 50, 1);
        poller.syncOnce();

        CountDownLatch shown = new CountDownLatch(1);
        HudWindow[] window = new HudWindow[1];
        Platform.runLater(() -> {
            window[0] = HudComposition.create(new HudContext(plane, client, () -> { }, new UserStateStore(tempDir()), false, true)).window();
            window[0].show(new Stage());
            shown.countDown();
        });
        shown.await();

        RepoId stalledRepo = plane.snapshot().repos().get(0).id();
        String stalledPath = "/repos/" + stalledRepo.fullName() + "/actions/runs";
        List<WorkflowRun> runs = plane.snapshot().tiles().stream().map(BuildTile::headline)
                .filter(r -> r.status() == RunStatus.COMPLETED && !r.repo().equals(stalledRepo)).toList();
        Writes writes = new Writes();
        FxTaskExecutor background = new FxTaskExecutor(2);
        // Wired as the window wires its own: each evidence read gives its tile the badges.
        EvidenceViewModel evidence = new EvidenceViewModel(new EvidenceCollector(client, 64L << 20), background,
                (RunEvidence e) -> writes.timed(() -> plane.putEvidence(EvidenceSummary.of(e))));

        Pulses pulses = new Pulses();
        // The window's first layouts and paints take seconds in software rendering: wait them out
        // (a second in which the pulses ran, nearly all on time), for a minute at most.
        for (int second = 0; second < 60; second++) {
            Thread.sleep(1000);
            List<Long> lastSecond = pulses.take();
            if (lastSecond.size() > 1000 / PULSE_MS / 2 && HeadlessFx.pct(lastSecond, 99) < 100e6) {
                break;
            }
        }
        Thread.sleep(2000);
        List<Long> idle = pulses.take();

        // 1. The poller's cycle held open by one repository's stalled answer; it applies at the end.
        sim.server.inject(SimFault.stalledBody(stalledPath, STALL, 1));
        long[] cycleMillis = new long[1];
        Thread cycle = Thread.ofPlatform().start(() -> {
            long start = System.nanoTime();
            poller.syncOnce();
            cycleMillis[0] = (System.nanoTime() - start) / 1_000_000;
        });
        userOpensRuns(evidence, runs, 0, cycle);
        List<Long> duringPoll = pulses.take();
        String pollWrites = writes.takeLine();

        // 2. A source that holds the store's lock across the stalled request.
        sim.server.inject(SimFault.stalledBody(stalledPath, STALL, 1));
        long[] lockHeld = new long[1];
        Thread lockHolder = Thread.ofPlatform().start(() -> plane.batch(() -> {
            long start = System.nanoTime();
            try {
                client.listRuns(stalledRepo, 50, 1);
            } catch (GitHubException e) {
                // The truncated body is expected: the point was the wait.
            }
            lockHeld[0] = (System.nanoTime() - start) / 1_000_000;
        }));
        userOpensRuns(evidence, runs, 40, lockHolder);
        List<Long> duringLock = pulses.take();
        String lockWrites = writes.takeLine();

        pulses.stop();
        background.close();
        pollerExecutor.shutdownNow();
        HeadlessFx.onFx(() -> {
            window[0].dispose();
            window[0].root().getScene().getWindow().hide();
            return null;
        });
        sim.close();
        return String.format(Locale.ROOT, """
                FX stall benchmark (headless Monocle, %d tiles; a pulse posted to the FX thread every %d ms;
                  a run opened and its evidence loaded every %d ms; GitHub stalls %d s on one repository)
                  FX pulse lateness, ms, idle                      : %s
                  while a poll cycle is held open %5d ms         : %s
                    store writes of the loaded evidence            : %s
                  while a source holds the store's lock %5d ms   : %s
                    store writes of the loaded evidence            : %s
                """,
                plane.snapshot().tiles().size(), PULSE_MS, EVIDENCE_EVERY_MS, STALL.toSeconds(),
                line(idle), cycleMillis[0], line(duringPoll), pollWrites, lockHeld[0], line(duringLock), lockWrites);
    }

    /** On the FX thread, as a click would: shows a run and loads its evidence, until {@code until} ends and a little after. */
    private static void userOpensRuns(EvidenceViewModel evidence, List<WorkflowRun> runs, int from, Thread until)
            throws InterruptedException {
        int i = from;
        long end = Long.MAX_VALUE;
        while (System.nanoTime() < end) {
            WorkflowRun run = runs.get(i++ % runs.size());
            Platform.runLater(() -> {
                evidence.show(run);
                evidence.reload();
            });
            Thread.sleep(EVIDENCE_EVERY_MS);
            if (end == Long.MAX_VALUE && !until.isAlive()) {
                end = System.nanoTime() + 500_000_000L;
            }
        }
        until.join();
    }

    private static String line(List<Long> sorted) {
        return String.format(Locale.ROOT, "p50 %.1f  p99 %.1f  max %.1f  (%d pulses)", HeadlessFx.pct(sorted, 50) / 1e6,
                HeadlessFx.pct(sorted, 99) / 1e6, HeadlessFx.max(sorted) / 1e6, sorted.size());
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("hud-bench");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
