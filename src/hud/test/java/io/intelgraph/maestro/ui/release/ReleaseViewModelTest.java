package io.intelgraph.maestro.ui.release;

import io.intelgraph.maestro.model.repo.RepoId;
import io.intelgraph.maestro.preview.AuditLog;
import io.intelgraph.maestro.release.CandidatePolicy;
import io.intelgraph.maestro.release.DraftReleaser;
import io.intelgraph.maestro.release.ReleasePlanner;
import io.intelgraph.maestro.store.BuildPlane;
import io.intelgraph.maestro.store.SourceHealth;
import io.intelgraph.maestro.supplychain.EvidenceCollector;
import io.intelgraph.maestro.testing.SimHarness;
import io.intelgraph.maestro.testing.SyncedPlane;
import io.intelgraph.maestro.ui.dialog.ScriptedDialogs;
import io.intelgraph.maestro.ui.task.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Release view's model without a window: plans on the worker, drafts asked first, refused without write access. */
class ReleaseViewModelTest {

    private static final RepoId CATALOG = RepoId.parse("intelgraph-sim/catalog-service");

    @TempDir
    Path configDir;

    private final SimHarness sim = new SimHarness(42);
    private final CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private BuildPlane plane;

    @AfterEach
    void close() {
        if (plane != null) {
            plane.close();
        }
        sim.close();
    }

    private ReleaseViewModel model() {
        plane = SyncedPlane.of(sim);
        ReleasePlanner planner = new ReleasePlanner(sim.client(), new EvidenceCollector(sim.client(), 64L << 20),
                CandidatePolicy.fromSnapshot());
        ReleaseViewModel model = new ReleaseViewModel(planner, new DraftReleaser(sim.client(),
                new AuditLog(configDir, Clock.systemUTC())), tasks, dialogs, "tester@hud");
        model.accept(plane.snapshot());
        return model;
    }

    @Test
    void choosingARepositoryPlansItsRelease() {
        ReleaseViewModel model = model();
        assertTrue(model.repos().contains(CATALOG), model.repos().toString());
        model.select(CATALOG);
        assertFalse(model.busyProperty().get());
        assertEquals(Optional.of("v5.0.0"), model.planProperty().get().nextTag(), "feat(api)! since v4.3.0");
        assertTrue(model.planProperty().get().verdictSentence().matches("(NOT READY v5\\.0\\.0: .+|READY v5\\.0\\.0)"),
                model.planProperty().get().verdictSentence());
        assertEquals("", model.messageProperty().get(), "the verdict is shown once, by the plan, not repeated as a message");
        assertEquals("", model.draftRefusalProperty().get(), "the simulated token may push");
    }

    @Test
    void aDraftIsAskedForFirstAndOnlyAYesCreatesIt() throws Exception {
        ReleaseViewModel model = model();
        model.select(CATALOG);
        dialogs.answerNo();
        model.createDraft();
        assertEquals(List.of("confirm: Create draft release v5.0.0 of intelgraph-sim/catalog-service?"), dialogs.shown());
        assertTrue(sim.server.createdReleases().isEmpty());
        assertFalse(Files.exists(configDir.resolve("audit.log")));

        dialogs.answerYes();
        model.createDraft();
        assertEquals(1, sim.server.createdReleases().size());
        assertTrue(sim.server.createdReleases().get(0).contains("\"draft\":true"));
        assertTrue(model.messageProperty().get().startsWith("Created draft release v5.0.0: "), model.messageProperty().get());
        assertEquals("info: Draft release v5.0.0 of intelgraph-sim/catalog-service", dialogs.shown().get(2));
        assertTrue(Files.readString(configDir.resolve("audit.log")).contains("\"actor\":\"tester@hud\""));
    }

    @Test
    void withoutWriteAccessTheButtonSaysWhyAndNothingIsAsked() {
        // An anonymous client: GitHub (and the simulator) say permissions.push is false.
        plane = new BuildPlane(sim.clock, SourceHealth.connecting("sim", true));
        ReleaseViewModel model = anonymousModel();
        model.select(CATALOG);
        assertTrue(model.draftRefusalProperty().get().startsWith("You have no write access to intelgraph-sim/catalog-service"),
                model.draftRefusalProperty().get());
        model.createDraft();
        assertEquals(List.of(), dialogs.shown(), "nobody is asked to do what they may not");
        assertTrue(sim.server.createdReleases().isEmpty());
    }

    private ReleaseViewModel anonymousModel() {
        var anonymous = sim.client(Optional.empty());
        ReleasePlanner planner = new ReleasePlanner(anonymous, new EvidenceCollector(anonymous, 64L << 20),
                CandidatePolicy.fromSnapshot());
        ReleaseViewModel model = new ReleaseViewModel(planner, new DraftReleaser(anonymous,
                new AuditLog(configDir, Clock.systemUTC())), tasks, dialogs, "tester@hud");
        model.accept(plane.snapshot());
        return model;
    }
}
