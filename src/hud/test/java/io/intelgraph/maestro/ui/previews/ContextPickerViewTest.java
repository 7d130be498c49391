package io.intelgraph.maestro.ui.previews;

import atlantafx.base.theme.PrimerDark;
import io.intelgraph.maestro.kube.KubeContexts;
import io.intelgraph.maestro.preview.PreviewContexts;
import io.intelgraph.maestro.store.BuildPlane;
import io.intelgraph.maestro.store.SourceHealth;
import io.intelgraph.maestro.testing.OnFx;
import io.intelgraph.maestro.testing.Screenshots;
import io.intelgraph.maestro.testing.TwoContexts;
import io.intelgraph.maestro.ui.dialog.ScriptedDialogs;
import io.intelgraph.maestro.ui.task.FxTaskExecutor;
import io.intelgraph.maestro.userstate.RememberedContext;
import javafx.application.Application;
import javafx.scene.Scene;
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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The context picker in the Previews view, in a window (headless): a generated kubeconfig with two
 * contexts, each a simulated cluster; picking the other one shows its previews and is remembered.
 */
@ExtendWith(ApplicationExtension.class)
class ContextPickerViewTest {

    private Path dir;
    private TwoContexts clusters;
    private BuildPlane plane;
    private PreviewContexts contexts;
    private RememberedContext remembered;
    private FxTaskExecutor tasks;
    private PreviewsViewModel model;
    private Stage stage;

    @Start
    void start(Stage primary) throws Exception {
        // A window of its own, hidden after the test: resizing TestFX's shared primary stage to this small
        // scene broke the windows of the UI tests that ran after it (Monocle's painter, popups not shown).
        this.stage = new Stage();
        dir = Files.createTempDirectory("context-picker");
        clusters = new TwoContexts(dir);
        plane = new BuildPlane(Clock.systemUTC(), SourceHealth.connecting("sim", true));
        remembered = new RememberedContext(dir);
        KubeContexts names = KubeContexts.read(clusters.kubeconfig);
        contexts = new PreviewContexts(names.names(), clusters::connect, plane::putPreviews, remembered::save)
                .start(names.initial(Optional.empty(), remembered.load()));
        tasks = new FxTaskExecutor(2);
        model = PreviewsViewModel.switching(contexts, tasks, new ScriptedDialogs(), "tester@hud");
        Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet()); // as the HUD's window does
        PreviewsView view = new PreviewsView(model, Clock.systemUTC());
        view.getStyleClass().add("hud-root");
        Scene scene = new Scene(view, 1100, 420);
        scene.getStylesheets().add(getClass().getResource("/io/intelgraph/maestro/ui/hud.css").toExternalForm());
        stage.setScene(scene);
        stage.sizeToScene();
        stage.show();
    }

    @AfterEach
    void stop() {
        OnFx.read(() -> {
            stage.hide();
            return null;
        });
        tasks.close();
        contexts.close();
        clusters.close();
        plane.close();
    }

    /** Hands the plane's snapshots to the model on the FX thread (the window's pump) until {@code condition} holds. */
    private void await(FxRobot robot, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (true) {
            robot.interact(() -> model.accept(plane.snapshot()));
            if (OnFx.read(condition::getAsBoolean)) {
                return;
            }
            assertTrue(Instant.now().isBefore(deadline), "not within 20 s; shown " + shown(robot));
            Thread.sleep(50);
        }
    }

    private static Set<String> shown(FxRobot robot) {
        return robot.lookup(".preview-card .button").queryAll().stream().map(n -> n.getId())
                .filter(id -> id != null && id.startsWith("teardown-")).collect(Collectors.toSet());
    }

    @Test
    void pickingTheOtherContextShowsItsPreviewsAndIsRemembered(FxRobot robot) throws Exception {
        ComboBox<?> picker = robot.lookup("#context-picker").queryAs(ComboBox.class);
        assertTrue(OnFx.read(picker::isVisible), "two contexts: a choice to make");
        assertEquals(List.of("east", "west"), OnFx.read(() -> List.copyOf(picker.getItems())));
        await(robot, () -> shown(robot).equals(Set.of("teardown-11")));
        assertEquals("east", OnFx.read(() -> String.valueOf(picker.getValue())));

        robot.clickOn("#context-picker").clickOn("west");
        await(robot, () -> shown(robot).equals(Set.of("teardown-22", "teardown-23")));
        Label cluster = robot.lookup("#cluster-label").queryAs(Label.class);
        assertTrue(OnFx.read(cluster::getText).startsWith("Cluster: west @ "), OnFx.read(cluster::getText));
        assertEquals(Optional.of("west"), remembered.load(), "the choice is kept for the next start");
        Screenshots.write(stage.getScene(), "hud-context-picker.png", Duration.ofMillis(300));
    }
}
