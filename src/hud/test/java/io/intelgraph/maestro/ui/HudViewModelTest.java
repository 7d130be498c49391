package io.intelgraph.maestro.ui;

import io.intelgraph.maestro.model.build.BuildState;
import io.intelgraph.maestro.model.build.Conclusion;
import io.intelgraph.maestro.model.build.RunStatus;
import io.intelgraph.maestro.store.BuildPlane;
import io.intelgraph.maestro.store.BuildSnapshot;
import io.intelgraph.maestro.store.Freshness;
import io.intelgraph.maestro.store.SourceHealth;
import io.intelgraph.maestro.store.TileQuery;
import io.intelgraph.maestro.store.TileSort;
import io.intelgraph.maestro.testing.Runs;
import io.intelgraph.maestro.ui.task.CurrentThreadTaskExecutor;
import io.intelgraph.maestro.userstate.UserStateStore.UserState;
import io.intelgraph.maestro.userstate.UserStateStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The main window's model without a window: filtering, wall mode, source health, and the user state it saves. */
class HudViewModelTest {

    @TempDir
    Path configDir;

    private final CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor();
    private final BuildPlane plane = new BuildPlane(Clock.systemUTC(), SourceHealth.connecting("SIMULATED test plane", true));
    private final AtomicInteger refreshes = new AtomicInteger();

    private HudViewModel model(UserState saved) {
        UserStateSaver saver = new UserStateSaver(new UserStateStore(configDir), tasks);
        return new HudViewModel(saved, saver, false, tasks, refreshes::incrementAndGet);
    }

    private void putRuns() {
        plane.putRun(Runs.run(1, "o/api-gateway", "main", "ci", RunStatus.COMPLETED, Conclusion.FAILURE, 0));
        plane.putRun(Runs.run(2, "o/web", "main", "ci", RunStatus.COMPLETED, Conclusion.SUCCESS, 0));
        plane.putRun(Runs.run(3, "o/web", "feature", "ci", RunStatus.IN_PROGRESS, Conclusion.NONE, 0));
    }

    @Test
    void theFilterNarrowsTheTilesAndTheSummaryCountsThem() {
        putRuns();
        HudViewModel model = model(UserState.DEFAULT);
        model.accept(plane.snapshot());
        assertEquals(3, model.visibleTiles().size());
        model.updateQuery(q -> q.withText("web"));
        assertEquals(2, model.visibleTiles().size());
        assertTrue(model.visibleTiles().stream().allMatch(t -> t.repoName().equals("o/web")));
        assertEquals("1 failed · 1 running · 0 queued · 1 passed · 2 of 3 tiles shown", model.summaryTextProperty().get());
    }

    @Test
    void wallModePutsFailuresFirstWhateverTheDesktopSort() {
        plane.putRun(Runs.run(1, "o/alpha", "main", "ci", RunStatus.COMPLETED, Conclusion.SUCCESS, 0));
        plane.putRun(Runs.run(2, "o/zeta", "main", "ci", RunStatus.COMPLETED, Conclusion.FAILURE, 0));
        HudViewModel model = model(new UserState(TileQuery.ALL.withSort(TileSort.NAME), true));
        model.accept(plane.snapshot());
        assertEquals("o/alpha", model.visibleTiles().get(0).repoName(), "by name on the desktop");
        model.setWallMode(true);
        assertEquals(BuildState.FAILED, model.visibleTiles().get(0).state(), "failing first on the wall");
        assertEquals(TileSort.NAME, model.queryProperty().get().sort(), "the desktop's own sort is kept for later");
        model.toggleWallMode();
        assertEquals("o/alpha", model.visibleTiles().get(0).repoName());
    }

    @Test
    void aStaleSourceSaysWhyAndSinceWhen() {
        putRuns();
        HudViewModel model = model(UserState.DEFAULT);
        model.accept(plane.snapshot());
        assertTrue(model.simulatedProperty().get());
        assertEquals("SIMULATED build plane — not real builds", model.sourceTextProperty().get());
        assertFalse(model.staleProperty().get());
        plane.sourceStale("GitHub answers 502", Instant.now().plusSeconds(60), Optional.empty());
        model.accept(plane.snapshot());
        assertTrue(model.staleProperty().get());
        assertTrue(model.freshnessTextProperty().get().startsWith("▲ STALE — GitHub answers 502 · no data yet · retrying "),
                model.freshnessTextProperty().get());
    }

    @Test
    void aDisplayFedByAHubSaysSoAndDoesNotClaimToPoll() {
        putRuns();
        BuildPlane display = new BuildPlane(Clock.systemUTC(), SourceHealth.connecting("hub", false));
        BuildSnapshot hubs = plane.snapshot();
        display.mirror(new BuildSnapshot(hubs.version(), hubs.takenAt(), hubs.tiles(), hubs.repos(), hubs.repoErrors(),
                new SourceHealth("SIMULATED test plane", true, Freshness.LIVE, "", Instant.now(), Optional.empty(), null, 2),
                hubs.eventsApplied(), hubs.previews(), hubs.cluster(), hubs.evidence(), hubs.recommendations(),
                hubs.policyVerdicts()), "hub ws://127.0.0.1:3311 ← SIMULATED test plane");
        HudViewModel model = model(UserState.DEFAULT);
        model.accept(display.snapshot());
        assertEquals("SIMULATED build plane via hub ws://127.0.0.1:3311", model.sourceTextProperty().get());
        assertTrue(model.freshnessTextProperty().get().matches("● LIVE · updated \\S+ · via hub ws://127\\.0\\.0\\.1:3311"),
                model.freshnessTextProperty().get());
        display.close();
    }

    @Test
    void typingAFilterWritesTheStateOnceAfterThePauseNotOnEveryKeystroke() throws Exception {
        HudViewModel model = model(UserState.DEFAULT);
        Path file = configDir.resolve("ui-state.json");
        String typed = "";
        for (char c : "api-gateway".toCharArray()) {
            typed += c;
            String text = typed;
            model.updateQuery(q -> q.withText(text));
        }
        assertFalse(Files.exists(file), "nothing written while typing (the FX thread never writes)");
        assertEquals(1, tasks.waiting(), "one write pending, the earlier ones called off");
        assertEquals(1, tasks.runScheduled());
        assertEquals("api-gateway", new UserStateStore(configDir).load().query().text());
        model.setDarkTheme(false);
        tasks.runScheduled();
        assertFalse(new UserStateStore(configDir).load().darkTheme());
    }

    @Test
    void whatIsSavedIsWhatTheNextWindowOpensWith() {
        model(UserState.DEFAULT).updateQuery(q -> q.withRepo("web").withSort(TileSort.NAME));
        tasks.runScheduled();
        UserState saved = new UserStateStore(configDir).load();
        HudViewModel reopened = model(saved);
        assertEquals("web", reopened.queryProperty().get().repo());
        assertEquals(TileSort.NAME, reopened.queryProperty().get().sort());
    }

    @Test
    void reducedMotionIsRemembered() {
        HudViewModel model = model(UserState.DEFAULT);
        assertFalse(model.reducedMotionProperty().get(), "motion is on unless the user turns it down");
        model.setReducedMotion(true);
        tasks.runScheduled();
        assertTrue(model(new UserStateStore(configDir).load()).reducedMotionProperty().get());
    }

    @Test
    void refreshAsksTheSourceOffTheFxThread() {
        HudViewModel model = model(UserState.DEFAULT);
        model.refresh();
        assertEquals(1, refreshes.get());
        assertEquals(1, tasks.executed(), "through the executor");
    }

    @Test
    void muteAndHighContrastAreRememberedForTheNextLaunch() {
        HudViewModel model = model(UserState.DEFAULT);
        model.setSoundMuted(true);
        model.setHighContrast(true);
        tasks.runScheduled();
        UserState saved = new UserStateStore(configDir).load();
        assertTrue(saved.soundMuted());
        assertTrue(saved.highContrast());
        HudViewModel next = model(saved);
        assertTrue(next.soundMutedProperty().get());
        assertTrue(next.highContrastProperty().get());
    }
}
