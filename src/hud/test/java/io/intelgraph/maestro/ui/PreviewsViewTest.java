package io.intelgraph.maestro.ui;

import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.intelgraph.maestro.model.preview.PreviewLabels;
import io.intelgraph.maestro.model.preview.PreviewRequest;
import io.intelgraph.maestro.model.repo.RepoId;
import io.intelgraph.maestro.testing.OnFx;
import io.intelgraph.maestro.testing.PreviewStack;
import io.intelgraph.maestro.ui.tiles.TileGrid;
import io.intelgraph.maestro.ui.tiles.TileView;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static io.intelgraph.maestro.testing.OnFx.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Deploy a PR's preview from its tile, watch it become ready, tear it down — on the simulated cluster. */
@ExtendWith(ApplicationExtension.class)
class PreviewsViewTest {

    private PreviewStack stack;

    @Start
    void start(Stage stage) {
        stack = new PreviewStack(true, false, List.of("intelgraph-sim/preview-operator"));
        stack.showIn(stage);
    }

    @AfterEach
    void stop() {
        stack.close();
    }

    @Test
    void deployFromAPrTileWatchItBecomeReadyThenTearItDown(FxRobot robot) throws Exception {
        await(() -> stack.plane.snapshot().cluster().available());
        TileGrid grid = robot.lookup("#tile-grid").queryAs(TileGrid.class);
        TileView prTile = OnFx.awaitFirstPullRequestTile(grid);
        int pr = prTile.tile().pullRequest().orElseThrow().number();
        robot.clickOn(prTile);
        await(() -> !robot.lookup("#deploy-preview").queryAs(Button.class).isDisabled());
        assertEquals("Deploy preview of PR #" + pr + " to pr-" + pr, robot.lookup("#deploy-preview").queryAs(Button.class).getText());
        robot.clickOn("#deploy-preview");

        // The tile shows its preview, and the preview becomes ready through the watcher.
        await(() -> stack.plane.snapshot().previewOf(pr).map(p -> p.ready()).orElse(false));
        await(() -> robot.from(prTile).lookup(".tile-preview").queryAs(Label.class).getText()
                .equals("⬢ preview ready · pr-" + pr));

        robot.clickOn("#view-previews");
        await(() -> robot.lookup("#teardown-" + pr).tryQuery().isPresent());
        assertTrue(robot.lookup(".preview-card .tile-state").queryAs(Label.class).getText().startsWith("READY"));
        robot.clickOn("#teardown-" + pr);
        // The confirmation names the namespace; cancelling keeps it.
        await(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        assertEquals("Delete namespace pr-" + pr + "?", robot.lookup(".dialog-pane .header-panel .label").queryAs(Label.class).getText());
        robot.clickOn(robot.lookup(".dialog-pane").lookup("Cancel").queryButton());
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        assertTrue(stack.cluster.client().namespaces().withName("pr-" + pr).get() != null);
        robot.clickOn("#teardown-" + pr);
        await(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        // Deleting a namespace cannot be undone: the button stays off until its name is typed.
        Button tearDown = robot.lookup(".dialog-pane").lookup("Tear down pr-" + pr).queryButton();
        assertTrue(tearDown.isDisabled());
        robot.clickOn("#confirm-typed").write("pr-" + pr);
        await(() -> !tearDown.isDisabled());
        robot.clickOn(tearDown);
        // Gone, or going: the namespace is deleted (a real cluster first marks it terminating).
        await(() -> stack.plane.snapshot().previewOf(pr).map(p -> p.terminating()).orElse(true));
        assertTrue(Files.readString(stack.configDir.resolve("audit.log")).contains("\"actor\":\"tester@hud\",\"action\":\"teardown\""));
    }

    @Test
    void onlyNamespacesTheHudCreatedAreShownWithATearDownButton(FxRobot robot) throws Exception {
        await(() -> stack.plane.snapshot().cluster().available());
        var client = stack.cluster.client();
        var copied = new HashMap<>(PreviewLabels.selector());   // the HUD's labels copied onto another namespace
        copied.put(PreviewLabels.PR, "7");
        copied.put(PreviewLabels.REPO, "intelgraph-sim.preview-operator");
        client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName("team-prod").withLabels(copied)
                .endMetadata().build()).create();
        client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName("staging").endMetadata().build())
                .create();
        stack.service.deploy(new PreviewRequest(RepoId.parse("intelgraph-sim/preview-operator"), 61, "abc1234",
                Duration.ofHours(1)), "tester@hud");

        robot.clickOn("#view-previews");
        await(() -> robot.lookup("#teardown-61").tryQuery().isPresent());
        assertEquals(List.of("Tear down pr-61"), robot.lookup(".preview-card .button").queryAllAs(Button.class).stream()
                .map(Button::getText).filter(t -> t.startsWith("Tear down")).toList());
        assertTrue(robot.lookup("#teardown-7").tryQuery().isEmpty(), "team-prod has no card");
    }
}
