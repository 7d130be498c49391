package io.intelgraph.maestro.ui.detail;

import io.intelgraph.maestro.github.GitHubClient;
import io.intelgraph.maestro.github.GitHubHttp;
import io.intelgraph.maestro.github.Token;
import io.intelgraph.maestro.model.build.Conclusion;
import io.intelgraph.maestro.model.build.RunStatus;
import io.intelgraph.maestro.model.build.WorkflowRun;
import io.intelgraph.maestro.store.BuildPlane;
import io.intelgraph.maestro.store.BuildTile;
import io.intelgraph.maestro.store.SourceHealth;
import io.intelgraph.maestro.testing.Runs;
import io.intelgraph.maestro.testing.SimHarness;
import io.intelgraph.maestro.testing.SyncedPlane;
import io.intelgraph.maestro.ui.task.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The detail panel's model without a window: background work and its outcome run on the test's thread. */
class RunDetailViewModelTest {

    private final BuildPlane plane = new BuildPlane(Clock.systemUTC(), SourceHealth.connecting("test", false));

    private static URI nowhere() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }
    }

    private static GitHubClient client(URI base, Optional<Token> token) {
        return new GitHubClient(new GitHubHttp(base, token, Clock.systemUTC(), Duration.ofSeconds(2)));
    }

    private RunDetailViewModel model(GitHubClient client) {
        return new RunDetailViewModel(client, new CurrentThreadTaskExecutor(), () -> null, () -> { });
    }

    private BuildTile tileOf(WorkflowRun run) {
        plane.putRun(run);
        return plane.snapshot().tiles().stream().filter(t -> t.headline().id() == run.id()).findFirst().orElseThrow();
    }

    private static WorkflowRun run(RunStatus status, Conclusion conclusion) {
        return Runs.run(41, "o/app", "main", "ci", status, conclusion, 0);
    }

    @Test
    void aNetworkErrorIsNotReadAsTheTokenLackingPermission() throws IOException {
        RunDetailViewModel model = model(client(nowhere(), Optional.of(new Token("t0ken", "test"))));
        model.open(tileOf(run(RunStatus.COMPLETED, Conclusion.FAILURE)));
        String reason = model.rerunReasonProperty().get();
        assertTrue(reason.startsWith("Cannot tell whether your token may re-run this: Cannot reach http://127.0.0.1:"), reason);
        assertFalse(reason.contains("cannot write"), reason);
        assertFalse(model.canRerunAllProperty().get());
    }

    @Test
    void inHubModeWithoutATokenReRunSaysItIsUnavailableAndWhy() throws IOException {
        BuildPlane fromHub = new BuildPlane(Clock.systemUTC(), Clock.systemUTC(),
                SourceHealth.connecting("hub ws://127.0.0.1:3080", false), Runnable::run);
        fromHub.putRun(run(RunStatus.COMPLETED, Conclusion.FAILURE));
        RunDetailViewModel model = new RunDetailViewModel(client(nowhere(), Optional.empty()),
                new CurrentThreadTaskExecutor(), fromHub::snapshot, () -> { });
        model.open(fromHub.snapshot().tiles().get(0));
        String reason = model.rerunReasonProperty().get();
        assertTrue(reason.startsWith("Re-run is unavailable in hub mode"), reason);
        assertTrue(reason.contains("this machine has no GitHub token"), reason);
        assertFalse(model.canRerunAllProperty().get());

        RunDetailViewModel local = model(client(nowhere(), Optional.empty()));
        local.open(tileOf(run(RunStatus.COMPLETED, Conclusion.FAILURE)));
        assertTrue(local.rerunReasonProperty().get().startsWith("Re-run needs a GitHub token"), "not in hub mode");
        fromHub.close();
    }

    @Test
    void anUnexpectedFailureStillStopsTheSpinnerAndSaysWhy() {
        // The JDK's HTTP client refuses an ftp:// address with an IllegalArgumentException, not a GitHubException.
        RunDetailViewModel model = model(client(URI.create("ftp://127.0.0.1:9"), Optional.empty()));
        model.open(tileOf(run(RunStatus.COMPLETED, Conclusion.FAILURE)));
        assertFalse(model.loadingProperty().get(), "the spinner stops");
        assertTrue(model.errorProperty().get().startsWith("Cannot load jobs: IllegalArgumentException"),
                model.errorProperty().get());
    }

    @Test
    void aRunThatCompletesWhileOpenIsNoLongerStillGoing() throws IOException {
        RunDetailViewModel model = model(client(nowhere(), Optional.of(new Token("t0ken", "test"))));
        model.open(tileOf(run(RunStatus.IN_PROGRESS, Conclusion.NONE)));
        assertEquals("The run is still going; it can be re-run once it completes.", model.rerunReasonProperty().get());

        plane.putRun(run(RunStatus.COMPLETED, Conclusion.FAILURE));
        model.follow(plane.snapshot());
        assertEquals(RunStatus.COMPLETED, model.tileProperty().get().headline().status(), "the newer snapshot's tile is shown");
        assertTrue(model.rerunReasonProperty().get().startsWith("Cannot tell whether your token may re-run this: "),
                model.rerunReasonProperty().get());
        assertFalse(model.loadingProperty().get());
        assertEquals(List.of(), model.jobs());
    }

    @Test
    void jobsOfATileOpenedEarlierAreDroppedWhenAnotherIsOpened() {
        try (SimHarness sim = new SimHarness(42)) {
            BuildPlane synced = SyncedPlane.of(sim);
            List<BuildTile> failures = SyncedPlane.completedFailures(synced);
            CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor().hold();
            RunDetailViewModel model = new RunDetailViewModel(sim.client(), tasks, synced::snapshot, () -> { });
            model.open(failures.get(0));
            model.open(failures.get(1)); // the user clicked on before the first list came…
            tasks.releaseNewestFirst(); // …and it comes last
            long shown = failures.get(1).headline().id();
            assertFalse(model.jobs().isEmpty());
            assertTrue(model.jobs().stream().allMatch(j -> j.runId() == shown), "only the open run's jobs");
            assertFalse(model.loadingProperty().get());
        }
    }

    @Test
    void jobsThatArriveAfterThePanelClosedAreNotShown() {
        try (SimHarness sim = new SimHarness(42)) {
            BuildPlane synced = SyncedPlane.of(sim);
            CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor().hold();
            RunDetailViewModel model = new RunDetailViewModel(sim.client(), tasks, synced::snapshot, () -> { });
            model.open(SyncedPlane.completedFailures(synced).get(0));
            assertTrue(model.loadingProperty().get());
            model.close();
            tasks.release();
            assertEquals(List.of(), model.jobs());
            assertFalse(model.loadingProperty().get(), "no spinner left behind");
        }
    }

    @Test
    void aRerunThatGitHubTakesIsReportedAndAnEarlyPollAsked() {
        try (SimHarness sim = new SimHarness(42)) {
            BuildPlane synced = SyncedPlane.of(sim);
            CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor();
            AtomicInteger polls = new AtomicInteger();
            RunDetailViewModel model = new RunDetailViewModel(sim.client(), tasks, synced::snapshot, polls::incrementAndGet);
            BuildTile failed = SyncedPlane.completedFailures(synced).get(0);
            model.open(failed);
            assertTrue(model.canRerunFailedProperty().get(), model.rerunReasonProperty().get());
            model.rerun(true);
            assertEquals("Re-run requested: " + failed.headline().workflowName() + " #" + failed.headline().runNumber(),
                    model.messageProperty().get());
            assertEquals("", model.errorProperty().get());
            assertEquals(1, polls.get(), "the tile's new attempt is fetched at once");
        }
    }
}
