package io.intelgraph.maestro.ui.evidence;

import io.intelgraph.maestro.github.GitHubClient;
import io.intelgraph.maestro.github.GitHubHttp;
import io.intelgraph.maestro.model.build.WorkflowRun;
import io.intelgraph.maestro.model.evidence.RunEvidence;
import io.intelgraph.maestro.model.evidence.Severity;
import io.intelgraph.maestro.model.evidence.TestCaseResult;
import io.intelgraph.maestro.model.evidence.TestOutcome;
import io.intelgraph.maestro.store.BuildPlane;
import io.intelgraph.maestro.store.BuildTile;
import io.intelgraph.maestro.supplychain.EvidenceCollector;
import io.intelgraph.maestro.testing.SimHarness;
import io.intelgraph.maestro.testing.SyncedPlane;
import io.intelgraph.maestro.ui.task.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The supply-chain panels' model without a window, over a failed run of the simulated GitHub
 * (Surefire + pytest reports, a Trivy scan of alpine 3.9, a CycloneDX SBOM).
 */
class EvidenceViewModelTest {

    private final SimHarness sim = new SimHarness(42);
    private final BuildPlane plane = SyncedPlane.of(sim);
    private final CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor();
    /** What the model handed on for the tiles' badges. */
    private final List<RunEvidence> loaded = new ArrayList<>();
    private final EvidenceViewModel model = model(sim.client());

    private EvidenceViewModel model(GitHubClient client) {
        return new EvidenceViewModel(new EvidenceCollector(client, 64L << 20), tasks, loaded::add);
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    private BuildTile failed(int index) {
        return SyncedPlane.completedFailures(plane).get(index);
    }

    @Test
    void aPanelReadsTheRunsReportsOnceAndTheyAreKeptForACompletedRun() {
        BuildTile tile = failed(0);
        model.show(tile.headline(), tile.history());
        assertNull(model.evidenceProperty().get(), "nothing is read until a panel is looked at");
        model.load();
        RunEvidence evidence = model.evidenceProperty().get();
        assertEquals(tile.headline().id(), evidence.runId());
        assertEquals(List.of(evidence), loaded, "handed on once, for the tile's badges");
        assertEquals(6, model.findingsProperty().get().size());
        assertEquals(2, model.severityCountsProperty().get().get(Severity.CRITICAL));
        assertEquals(62, model.componentsProperty().get().size());
        assertFalse(model.loadingProperty().get());

        model.show(failed(1).headline());
        model.show(tile.headline(), tile.history());
        assertEquals(evidence, model.evidenceProperty().get(), "back to the first run: kept, not read again");
        model.load();
        assertEquals(1, loaded.size());
    }

    @Test
    void theScanFilterAndTheSbomSearchRunAsBackgroundTasks() {
        BuildTile tile = failed(0);
        model.show(tile.headline(), tile.history());
        model.load();
        int before = tasks.executed();
        model.updateFindingFilter(f -> f.withSeverity(Severity.MEDIUM, false));
        assertEquals(2, model.findingsProperty().get().size());
        assertEquals("musl", model.findingsProperty().get().get(0).pkg());
        model.setComponentQuery("bsd-3");
        assertEquals(4, model.componentsProperty().get().size());
        assertEquals(before + 2, tasks.executed(), "neither ran on the caller's (the FX) thread");
    }

    @Test
    void reportsOfARunLeftBehindAreNotShownForTheNextOne() {
        tasks.hold();
        model.show(failed(0).headline());
        model.load();
        model.show(failed(1).headline()); // the user moved on while the first run's artifacts downloaded
        tasks.release();
        assertNull(model.evidenceProperty().get(), "the second run shows nothing it has not read");
        assertFalse(model.loadingProperty().get());
        assertEquals(1, loaded.size(), "the first run's badges are still worth having");
        assertEquals(failed(0).headline().id(), loaded.get(0).runId());
    }

    @Test
    void aTestsHistoryIsReadFromTheBranchsEarlierRuns() {
        BuildTile tile = failed(0);
        model.show(tile.headline(), tile.history());
        model.load();
        TestCaseResult broken = model.evidenceProperty().get().tests().stream().flatMap(t -> t.cases().stream())
                .filter(c -> c.outcome() == TestOutcome.FAILED).findFirst().orElseThrow();
        model.historyOf(broken);
        WorkflowRun run = tile.headline();
        assertEquals(run.runNumber(), model.testHistoryProperty().get().entries().get(0).runNumber());
        assertEquals(Optional.of(TestOutcome.FAILED), model.testHistoryProperty().get().entries().get(0).outcome());
        assertEquals("", model.historyStatusProperty().get());
    }

    @Test
    void reportsThatCannotBeReadAreAnErrorInWords() throws IOException {
        URI nowhere;
        try (ServerSocket socket = new ServerSocket(0)) {
            nowhere = URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }
        EvidenceViewModel offline = model(new GitHubClient(new GitHubHttp(nowhere, Optional.empty(), Clock.systemUTC(),
                Duration.ofSeconds(2))));
        offline.show(failed(0).headline());
        offline.load();
        assertTrue(offline.errorProperty().get().startsWith("Cannot load the run's reports: Cannot reach http://127.0.0.1:"),
                offline.errorProperty().get());
        assertFalse(offline.loadingProperty().get());
        assertTrue(loaded.isEmpty());
    }
}
