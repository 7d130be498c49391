package io.intelgraph.maestro.ui.slo;

import io.intelgraph.maestro.model.repo.RepoId;
import io.intelgraph.maestro.slo.BuildKind;
import io.intelgraph.maestro.slo.SloMark;
import io.intelgraph.maestro.slo.SloMarker;
import io.intelgraph.maestro.slo.SloReader;
import io.intelgraph.maestro.slo.SloTargets;
import io.intelgraph.maestro.store.BuildPlane;
import io.intelgraph.maestro.store.BuildSnapshot;
import io.intelgraph.maestro.store.BuildTile;
import io.intelgraph.maestro.testing.SimHarness;
import io.intelgraph.maestro.testing.SyncedPlane;
import io.intelgraph.maestro.ui.task.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The SLO model without a window: tile marks from the plane, the panel's workflows of a repository. */
class SloViewModelTest {

    private static final RepoId CHECKOUT = RepoId.parse("intelgraph-sim/checkout-web");

    private final SimHarness sim = new SimHarness(42);
    private final CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor();
    private BuildPlane plane;

    @AfterEach
    void close() {
        if (plane != null) {
            plane.close();
        }
        sim.close();
    }

    private SloViewModel model() {
        plane = SyncedPlane.of(sim);
        return new SloViewModel(new SloMarker(sim.client(), SloTargets.DEFAULT),
                new SloReader(sim.client(), SloTargets.DEFAULT, 20), tasks);
    }

    @Test
    void tilesOverTheirTargetAreMarkedAndTheRestAreNot() {
        SloViewModel model = model();
        BuildSnapshot snapshot = plane.snapshot();
        model.accept(snapshot);
        long afterOnePass = snapshot.tiles().stream().map(model::markOf).flatMap(Optional::stream).count();
        for (int pass = 0; pass < 40 && tasks.runScheduled() > 0; pass++) {
            // a pass judges a few new runs and asks for another: the marks fill over passes
        }
        List<SloMark> marks = snapshot.tiles().stream().map(model::markOf).flatMap(Optional::stream).toList();
        assertTrue(!marks.isEmpty() && marks.size() < snapshot.tiles().size() / 2,
                marks.size() + " of " + snapshot.tiles().size() + " tiles marked");
        for (SloMark mark : marks) {
            assertTrue(mark.text().matches("⏱ \\d+m > \\d+m"), mark.text());
            assertTrue(mark.duration().compareTo(mark.target()) > 0);
        }
        BuildTile checkoutMain = snapshot.tiles().stream()
                .filter(t -> t.key().repo().equals(CHECKOUT) && t.branch().equals("main")).findFirst().orElseThrow();
        SloMark regression = model.markOf(checkoutMain).orElseThrow(() -> new AssertionError("the bump's regression is marked"));
        assertEquals(BuildKind.WARM, regression.kind());
        assertTrue(afterOnePass < marks.size(), "one pass judged only a few runs: " + afterOnePass + " then " + marks.size());
        long version = model.marksVersionProperty().get();
        model.accept(snapshot);
        assertEquals(version, model.marksVersionProperty().get(), "once every run is judged, the same picture changes no mark");
    }

    @Test
    void aPictureEveryFrameStartsAPassAtMostEverySecond() {
        SloViewModel model = model();
        BuildSnapshot snapshot = plane.snapshot();
        model.accept(snapshot);
        int afterFirstPass = tasks.executed();
        for (int frame = 0; frame < 100; frame++) {
            model.accept(snapshot);
        }
        assertEquals(afterFirstPass, tasks.executed(), "no pass starts within " + SloViewModel.MIN_GAP + " of the last");
        tasks.runScheduled();
        assertTrue(tasks.executed() > afterFirstPass, "when the gap is over, the newest picture is marked");
    }

    @Test
    void theChosenRepositorysWorkflowsWithTheBreachedOneShown() {
        SloViewModel model = model();
        model.accept(plane.snapshot());
        model.selectRepo(CHECKOUT);
        assertTrue(model.workflows().stream().anyMatch(w -> w.workflow().equals("CI")), model.workflows().toString());
        assertEquals("CI", model.selectedWorkflowProperty().get().workflow(), "the breached workflow first");
        assertTrue(model.selectedWorkflowProperty().get().breached(BuildKind.WARM));
        assertTrue(model.messageProperty().get().contains("over a target (p95)"), model.messageProperty().get());
    }
}
