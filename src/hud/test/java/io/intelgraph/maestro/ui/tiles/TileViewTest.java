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
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

    /**
     * A finished build with no reports, preview or recommendation has its four lines and nothing else in the
     * scene: the optional ones join when first needed, in their place, and stay (hidden) after.
     */
    @Test
    void optionalLinesJoinTheTileWhenFirstNeededInTheirPlace() {
        WorkflowRun run = Runs.run(7, "o/app", "main", "ci", RunStatus.COMPLETED, Conclusion.SUCCESS, 0);
        EvidenceSummary scanned = new EvidenceSummary(7, 1, 2, 0, 0, 10, 0, 0, 0, true, SignatureState.VERIFIED);
        List<String> plain = OnFx.read(() -> {
            TileView view = new TileView(t -> { });
            view.update(tile(run), TileExtras.NONE, Runs.T0);
            return styleClassesOfLines(view);
        });
        assertEquals(List.of("hbox", "tile-repo", "tile-branch", "tile-detail"), plain);
        List<List<String>> later = OnFx.read(() -> {
            TileView view = new TileView(t -> { });
            view.update(tile(run), TileExtras.NONE, Runs.T0);
            BuildTile stale = new BuildTile(new TileKey(run.repo(), run.headBranch()), Optional.empty(), run, List.of(run),
                    List.of(run), run.state(), run.state(), Runs.T0, "GitHub unreachable");
            view.update(stale, new TileExtras(Optional.empty(), Optional.of(scanned), Optional.empty()), Runs.T0);
            List<String> withBadges = styleClassesOfLines(view);
            assertEquals(EvidenceBadges.signature(scanned), ((Label) view.lookup("#tile-signature")).getText());
            view.update(tile(run), TileExtras.NONE, Runs.T0.plusSeconds(1));
            List<String> visibleAfter = view.lookupAll(".tile-badges, .tile-stale-banner").stream()
                    .filter(Node::isVisible).map(n -> n.getStyleClass().getLast()).toList();
            return List.of(withBadges, styleClassesOfLines(view), visibleAfter);
        });
        List<String> all = List.of("hbox", "tile-repo", "tile-branch", "tile-detail", "tile-badges", "tile-stale-banner");
        assertEquals(all, later.get(0), "the badges and the banner join after the detail line, in that order");
        assertEquals(all, later.get(1), "and stay once there");
        assertEquals(List.of(), later.get(2), "hidden when the build has nothing for them");
    }

    /** A tooltip is a popup window of its own: a tile gets one when the pointer first comes over it, with its text. */
    @Test
    void aTileGetsItsTooltipWhenThePointerFirstComesOverIt() {
        WorkflowRun run = Runs.run(7, "o/app", "main", "ci", RunStatus.COMPLETED, Conclusion.FAILURE, 0);
        List<Optional<String>> tooltips = OnFx.read(() -> {
            TileView view = new TileView(t -> { });
            view.update(tile(run), TileExtras.NONE, Runs.T0);
            Optional<String> before = view.tooltip().map(Tooltip::getText);
            view.fireEvent(new MouseEvent(MouseEvent.MOUSE_ENTERED, 1, 1, 1, 1, MouseButton.NONE, 0, false, false, false,
                    false, false, false, false, false, false, false, null));
            return List.of(before, view.tooltip().map(Tooltip::getText));
        });
        assertFalse(tooltips.get(0).isPresent(), "no tooltip before the pointer came");
        assertTrue(tooltips.get(1).orElseThrow().startsWith("o/app @ main\n"), tooltips.get(1).toString());
    }

    /** The last style class of each line of the tile's content, top to bottom. */
    private static List<String> styleClassesOfLines(TileView view) {
        Parent content = (Parent) view.lookup(".tile-content");
        return content.getChildrenUnmodifiable().stream()
                .map(n -> n.getStyleClass().isEmpty() ? "hbox" : n.getStyleClass().getLast()).toList();
    }
}
