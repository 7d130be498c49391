package io.intelgraph.maestro.bench;

import io.intelgraph.maestro.github.GitHubPoller;
import io.intelgraph.maestro.github.PollPlanner;
import io.intelgraph.maestro.github.PollTargets;
import io.intelgraph.maestro.model.build.Conclusion;
import io.intelgraph.maestro.model.build.RunStatus;
import io.intelgraph.maestro.store.BuildPlane;
import io.intelgraph.maestro.store.SourceHealth;
import io.intelgraph.maestro.testing.Runs;
import io.intelgraph.maestro.testing.SimHarness;
import io.intelgraph.maestro.ui.HudComposition;
import io.intelgraph.maestro.ui.HudContext;
import io.intelgraph.maestro.ui.HudWindow;
import io.intelgraph.maestro.ui.tiles.TileGrid;
import io.intelgraph.maestro.userstate.UserStateStore;
import javafx.application.Platform;
import javafx.stage.Stage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Headless frame-time and event-to-pixel benchmark of the HUD window (Monocle, software
 * rendering): bursts of 1,000 run updates from a background thread while the FX pulse is timed,
 * and single events timed from {@code putRun} to the pulse whose layout shows the changed tile.
 */
public final class UiBurstBenchmark {

    private static final int BURSTS = 10;
    private static final int EVENTS_PER_BURST = 1000;
    private static final int SINGLE_EVENTS = 50;

    public static void main(String[] args) throws Exception {
        HeadlessFx.start();
        System.out.println(run());
        Platform.exit();
        System.exit(0);
    }

    static String run() throws Exception {
        SimHarness sim = new SimHarness(42);
        BuildPlane plane = new BuildPlane(sim.clock, SourceHealth.connecting("bench", true));
        var executor = Executors.newSingleThreadScheduledExecutor();
        GitHubPoller poller = new GitHubPoller(sim.client(), plane, new PollTargets(List.of("intelgraph-sim"), List.of()),
                PollPlanner.defaults(), executor, Clock.systemUTC(), 50, 1);
        poller.syncOnce();
        CountDownLatch started = new CountDownLatch(1);
        HudWindow[] window = new HudWindow[1];
        HudComposition[] hud = new HudComposition[1];
        Platform.runLater(() -> {
            hud[0] = HudComposition.create(new HudContext(plane, sim.client(), () -> { }, new UserStateStore(tempDir()), false,
                    true));
            window[0] = hud[0].window();
            window[0].show(new Stage());
            started.countDown();
        });
        started.await();
        Thread.sleep(1500);

        HeadlessFx.FrameGaps frames = new HeadlessFx.FrameGaps();
        frames.start();
        Thread.sleep(500);
        frames.takeSorted();
        // Baseline: the same window animating its running tiles, with no events arriving.
        Thread.sleep(2000);
        List<Long> idle = frames.takeSorted();
        long deliveredBefore = window[0].pump().delivered();
        long burstStart = System.nanoTime();
        for (int b = 0; b < BURSTS; b++) {
            for (int i = 0; i < EVENTS_PER_BURST; i++) {
                int n = b * EVENTS_PER_BURST + i;
                plane.putRun(Runs.run(50_000_000 + n, "burst/repo-" + (n % 20), "branch-" + (n % 60), "CI",
                        n % 3 == 0 ? RunStatus.IN_PROGRESS : RunStatus.COMPLETED,
                        n % 3 == 0 ? Conclusion.NONE : n % 4 == 0 ? Conclusion.FAILURE : Conclusion.SUCCESS, n % 90));
            }
            Thread.sleep(100);
        }
        long burstMillis = (System.nanoTime() - burstStart) / 1_000_000;
        Thread.sleep(500);
        List<Long> gaps = frames.takeSorted();
        frames.stop();
        long delivered = window[0].pump().delivered() - deliveredBefore;

        // Event to pixel: a new branch appears; time until a laid-out TileView shows it.
        List<Long> latencies = new ArrayList<>();
        for (int i = 0; i < SINGLE_EVENTS; i++) {
            String branch = "latency-" + i;
            CountDownLatch shown = new CountDownLatch(1);
            long[] seenAt = new long[1];
            Runnable[] listener = new Runnable[1];
            listener[0] = () -> {
                TileGrid grid = (TileGrid) window[0].root().lookup("#tile-grid");
                boolean visible = grid.shownTiles().stream()
                        .anyMatch(t -> t.tile() != null && t.tile().branch().equals(branch));
                if (visible && shown.getCount() > 0) {
                    seenAt[0] = System.nanoTime();
                    shown.countDown();
                }
            };
            Platform.runLater(() -> window[0].root().getScene().addPostLayoutPulseListener(listener[0]));
            Thread.sleep(50);
            long sent = System.nanoTime();
            plane.putRun(Runs.run(60_000_000 + i, "aaa/latency", branch, "CI", RunStatus.COMPLETED, Conclusion.FAILURE, 999));
            shown.await(5, TimeUnit.SECONDS);
            latencies.add((seenAt[0] - sent) / 1000);
            Platform.runLater(() -> window[0].root().getScene().removePostLayoutPulseListener(listener[0]));
        }
        executor.shutdownNow();
        sim.close();
        // The next benchmark measures its own window: this one must stop animating.
        HeadlessFx.onFx(() -> {
            hud[0].close();
            window[0].root().getScene().getWindow().hide();
            return null;
        });

        Collections.sort(latencies);
        return String.format(Locale.ROOT, """
                UI burst benchmark (headless Monocle, software rendering, %d tiles on screen)
                  events                      : %d in %d bursts of %d over %d ms
                  FX updates delivered        : %d (coalesced from %d snapshots)
                  frame gap idle, ms          : p50 %.1f  p95 %.1f  max %.1f  (%d frames)
                  frame gap during bursts, ms : p50 %.1f  p95 %.1f  p99 %.1f  max %.1f  (%d frames)
                  event to pixel, ms          : p50 %.1f  p95 %.1f  max %.1f  (%d single events)
                """,
                plane.snapshot().tiles().size(), BURSTS * EVENTS_PER_BURST, BURSTS, EVENTS_PER_BURST, burstMillis,
                delivered, BURSTS * EVENTS_PER_BURST,
                HeadlessFx.pct(idle, 50) / 1e6, HeadlessFx.pct(idle, 95) / 1e6, idle.isEmpty() ? 0 : idle.get(idle.size() - 1) / 1e6, idle.size(),
                HeadlessFx.pct(gaps, 50) / 1e6, HeadlessFx.pct(gaps, 95) / 1e6, HeadlessFx.pct(gaps, 99) / 1e6, gaps.isEmpty() ? 0 : gaps.get(gaps.size() - 1) / 1e6,
                gaps.size(),
                HeadlessFx.pct(latencies, 50) / 1e3, HeadlessFx.pct(latencies, 95) / 1e3, latencies.get(latencies.size() - 1) / 1e3, latencies.size());
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("hud-bench");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
