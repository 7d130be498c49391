package io.intelgraph.maestro.ui.evidence;

import io.intelgraph.maestro.github.GitHubPoller;
import io.intelgraph.maestro.github.PollPlanner;
import io.intelgraph.maestro.github.PollTargets;
import io.intelgraph.maestro.model.build.RunStatus;
import io.intelgraph.maestro.model.build.WorkflowRun;
import io.intelgraph.maestro.model.evidence.EvidenceSummary;
import io.intelgraph.maestro.store.BuildPlane;
import io.intelgraph.maestro.store.BuildTile;
import io.intelgraph.maestro.store.SourceHealth;
import io.intelgraph.maestro.supplychain.EvidenceCollector;
import io.intelgraph.maestro.testing.OnFx;
import io.intelgraph.maestro.testing.SimHarness;
import io.intelgraph.maestro.ui.task.FxTaskExecutor;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The evidence a panel loads reaches the store (the tile's badges) from the background thread that
 * read it, never from the FX thread: the plane here refuses writes from the FX thread, as the HUD's
 * must never wait for the store's lock.
 */
@ExtendWith(ApplicationExtension.class)
class EvidenceStoreWriteTest {

    private final SimHarness sim = new SimHarness(42);
    private final BuildPlane plane = new BuildPlane(sim.clock, SourceHealth.connecting("sim", true));
    private final ScheduledExecutorService pollerExecutor = Executors.newSingleThreadScheduledExecutor();
    private final FxTaskExecutor background = new FxTaskExecutor(1);

    @Start
    void start(Stage stage) {
        // The toolkit is all this test needs: the view model posts to the FX thread.
    }

    @AfterEach
    void stop() {
        background.close();
        pollerExecutor.shutdownNow();
        plane.close();
        sim.close();
    }

    @Test
    void loadingAPanelsEvidenceWritesTheStoreOffTheFxThread() throws Exception {
        new GitHubPoller(sim.client(), plane, new PollTargets(List.of("intelgraph-sim"), List.of()),
                PollPlanner.defaults(), pollerExecutor, Clock.systemUTC(), 50, 1).syncOnce();
        WorkflowRun run = plane.snapshot().tiles().stream().map(BuildTile::headline)
                .filter(r -> r.status() == RunStatus.COMPLETED).findFirst().orElseThrow();
        plane.refuseWritesFrom("the FX thread", Platform::isFxApplicationThread);
        List<Boolean> writtenOnFx = Collections.synchronizedList(new ArrayList<>());
        // Wired as the HUD window wires it: each evidence read gives its tile the badges.
        EvidenceViewModel model = new EvidenceViewModel(new EvidenceCollector(sim.client(), 64L << 20), background,
                evidence -> {
                    writtenOnFx.add(Platform.isFxApplicationThread());
                    plane.putEvidence(EvidenceSummary.of(evidence));
                });

        OnFx.read(() -> {
            model.show(run);
            model.load();
            return null;
        });
        OnFx.await(() -> OnFx.read(() -> model.evidenceProperty().get() != null || !model.errorProperty().get().isEmpty()));

        assertEquals("", OnFx.read(() -> model.errorProperty().get()));
        assertTrue(plane.snapshot().evidenceOf(run.id()).isPresent(), "the tile gets its badges");
        assertEquals(List.of(false), writtenOnFx, "written once, not on the FX thread");
    }
}
