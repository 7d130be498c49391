package io.intelgraph.maestro.ui.previews;

import io.intelgraph.maestro.kube.KubeContexts;
import io.intelgraph.maestro.preview.PreviewContexts;
import io.intelgraph.maestro.release.CandidatePolicy;
import io.intelgraph.maestro.slo.SloTargets;
import io.intelgraph.maestro.store.BuildPlane;
import io.intelgraph.maestro.store.SourceHealth;
import io.intelgraph.maestro.testing.OnFx;
import io.intelgraph.maestro.testing.SimHarness;
import io.intelgraph.maestro.testing.TwoContexts;
import io.intelgraph.maestro.ui.HudComposition;
import io.intelgraph.maestro.ui.HudContext;
import io.intelgraph.maestro.ui.notify.NotifySettings;
import io.intelgraph.maestro.userstate.RememberedContext;
import io.intelgraph.maestro.userstate.UserStateStore;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The picker in the window: the kubeconfig's contexts offered, one chosen, the other cluster's previews shown. */
@ExtendWith(ApplicationExtension.class)
class ContextPickerViewTest {

    private SimHarness sim;
    private TwoContexts clusters;
    private PreviewContexts contexts;
    private HudComposition hud;

    @Start
    void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory("hud-contexts");
        sim = new SimHarness(42);
        clusters = new TwoContexts(dir);
        BuildPlane plane = new BuildPlane(sim.clock, SourceHealth.connecting("sim", true));
        RememberedContext remembered = new RememberedContext(dir);
        KubeContexts names = KubeContexts.read(clusters.kubeconfig);
        contexts = new PreviewContexts(names.names(), clusters::connect, plane::putPreviews, remembered::save)
                .start(names.initial(Optional.empty(), remembered.load()));
        hud = HudComposition.create(new HudContext(plane, sim.client(), () -> { }, new UserStateStore(dir), false, true,
                contexts.service(), "tester@hud", Optional.empty(), CandidatePolicy.fromSnapshot(), SloTargets.DEFAULT, Optional.empty(),
                Optional.of(contexts), new NotifySettings("off", Optional.empty()), List::of));
        hud.window().show(stage);
    }

    @AfterEach
    void stop() {
        hud.close();
        contexts.close();
        clusters.close();
        sim.close();
    }

    @Test
    void choosingAContextShowsThatClustersPreviews(FxRobot robot) throws Exception {
        robot.clickOn("#view-previews");
        OnFx.await(() -> robot.lookup("#teardown-11").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ComboBox<String> picker = robot.lookup("#context-picker").queryAs(ComboBox.class);
        assertTrue(OnFx.read(picker::isVisible));
        assertEquals(List.of("east", "west"), OnFx.read(() -> List.copyOf(picker.getItems())));
        assertEquals("east", OnFx.read(picker::getValue));

        robot.clickOn(picker);
        robot.clickOn("west");
        OnFx.await(() -> robot.lookup("#teardown-22").tryQuery().isPresent() && robot.lookup("#teardown-23").tryQuery().isPresent());
        assertTrue(robot.lookup("#teardown-11").tryQuery().isEmpty(), "east's preview is gone from the view");
        assertTrue(OnFx.read(robot.lookup("#cluster-label").queryAs(Label.class)::getText).startsWith("Cluster: west @ "));
    }
}
