package io.intelgraph.maestro.ui.detail;

import io.intelgraph.maestro.distill.BuiltInTeachers;
import io.intelgraph.maestro.distill.DistillEngine;
import io.intelgraph.maestro.distill.DistillFeed;
import io.intelgraph.maestro.model.distill.RunnerQuote;
import io.intelgraph.maestro.runners.RunnerRanking;
import io.intelgraph.maestro.sim.SimClock;
import io.intelgraph.maestro.store.BuildPlane;
import io.intelgraph.maestro.store.BuildTile;
import io.intelgraph.maestro.testing.SimHarness;
import io.intelgraph.maestro.testing.SyncedPlane;
import io.intelgraph.maestro.ui.task.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Distillation tab's model: the runner quotes are read in the background, once per half minute at most. */
class DistillationViewModelTest {

    private final CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor();
    private final AtomicInteger reads = new AtomicInteger();
    /** Stands still unless the test moves it. */
    private final SimClock clock = new SimClock(Instant.parse("2026-12-02T10:00:00Z"), 0);

    private List<RunnerQuote> examples() {
        reads.incrementAndGet();
        return RunnerRanking.exampleQuotes();
    }

    /** A plane whose branches the engine has judged once. */
    private static BuildPlane judged(SimHarness sim) {
        BuildPlane plane = SyncedPlane.of(sim);
        ScheduledExecutorService unused = Executors.newSingleThreadScheduledExecutor();
        try {
            new DistillFeed(plane, new DistillEngine(BuiltInTeachers.all(), 42), unused).round();
        } finally {
            unused.shutdownNow();
        }
        return plane;
    }

    @Test
    void switchingTabsNeverReadsTheQuotesAgainUntilTheyAreHalfAMinuteOld() {
        try (SimHarness sim = new SimHarness(42)) {
            BuildPlane plane = judged(sim);
            BuildTile tile = plane.snapshot().tiles().get(0);
            DistillationViewModel model = new DistillationViewModel(plane::snapshot, this::examples, tasks, clock);
            assertEquals(1, reads.get(), "read once, at start, in the background");
            for (int i = 0; i < 20; i++) {
                model.show(tile);
            }
            assertEquals(1, reads.get());
            assertTrue(model.textProperty().get().contains("runners for this branch:\n  1. "), model.textProperty().get());
            clock.advance(DistillationViewModel.QUOTES_KEPT.plusSeconds(1));
            model.show(tile);
            assertEquals(2, reads.get(), "edits to runners.json show within half a minute");
            assertEquals(2, tasks.executed());
        }
    }

    @Test
    void quotesThatCannotBeUsedAreSaidAndTheRecommendationStillShown() {
        try (SimHarness sim = new SimHarness(42)) {
            BuildPlane plane = judged(sim);
            BuildTile tile = plane.snapshot().tiles().get(0);
            DistillationViewModel model = new DistillationViewModel(plane::snapshot, () -> {
                throw new IOException("runners.json: no quotes in it");
            }, tasks, clock);
            model.show(tile);
            String text = model.textProperty().get();
            assertTrue(text.contains("teacher activations:"), text);
            assertTrue(text.endsWith("Runner quotes cannot be ranked: runners.json: no quotes in it"), text);
        }
    }

    @Test
    void aBranchTheEngineHasNotJudgedSaysSo() {
        try (SimHarness sim = new SimHarness(42)) {
            BuildPlane plane = SyncedPlane.of(sim);
            DistillationViewModel model = new DistillationViewModel(plane::snapshot, this::examples, tasks, clock);
            model.show(plane.snapshot().tiles().get(0));
            assertEquals("The engine has not judged this branch yet (it runs every 10 seconds).", model.textProperty().get());
            model.show(null);
            assertEquals("", model.textProperty().get());
        }
    }
}
