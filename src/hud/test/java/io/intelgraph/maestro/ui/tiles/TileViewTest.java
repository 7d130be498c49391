package io.intelgraph.maestro.ui.tiles;

import io.intelgraph.maestro.model.build.BuildState;
import io.intelgraph.maestro.model.build.Conclusion;
import io.intelgraph.maestro.model.build.RunStatus;
import io.intelgraph.maestro.model.build.WorkflowRun;
import io.intelgraph.maestro.model.evidence.EvidenceSummary;
import io.intelgraph.maestro.model.evidence.SignatureState;
import io.intelgraph.maestro.store.BuildTile;
import io.intelgraph.maestro.store.TileKey;
import io.intelgraph.maestro.testing.OnFx;
import io.intelgraph.maestro.testing.Runs;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One tile on its own, headless: what its badges show for a run's evidence. */
class TileViewTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static BuildTile tile(WorkflowRun run) {
        return new BuildTile(new TileKey(run.repo(), run.headBranch()), Optional.empty(), run, List.of(run), List.of(run),
                run.state(), run.state(), Runs.T0, "");
    }

    @Test
    void aSignatureThatIsTheOnlyBadgeIsShown() {
        WorkflowRun run = Runs.run(7, "o/app", "main", "ci", RunStatus.COMPLETED, Conclusion.SUCCESS, 0);
        // No scan, no test report, no recommendation: only the signature has something to say.
        EvidenceSummary signedOnly = new EvidenceSummary(7, 0, 0, 0, 0, 0, -1, 0, 0, false, SignatureState.UNVERIFIED);
        boolean shown = OnFx.read(() -> {
            TileView view = new TileView(t -> { });
            view.update(tile(run), new TileExtras(Optional.empty(), Optional.of(signedOnly), Optional.empty()), Runs.T0);
            Node badge = view.lookup("#tile-signature");
            assertEquals("✗ UNVERIFIED", ((Label) badge).getText());
            return badge.isVisible() && badge.getParent().isVisible() && badge.getParent().isManaged();
        });
        assertTrue(shown, "the signature badge and the row that holds it are visible");
    }
}
