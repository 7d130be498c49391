package io.intelgraph.maestro.ui;

import io.intelgraph.maestro.testing.OnFx;
import io.intelgraph.maestro.testing.PreviewStack;
import io.intelgraph.maestro.ui.tiles.TileGrid;
import io.intelgraph.maestro.ui.tiles.TileView;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.util.List;

import static io.intelgraph.maestro.testing.OnFx.await;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The deploy gate in the window: a PR whose Dockerfile breaks the policy cannot deploy without a stated reason. */
@ExtendWith(ApplicationExtension.class)
class PolicyGateViewTest {

    private PreviewStack stack;

    @Start
    void start(Stage stage) {
        stack = new PreviewStack(true, true, List.of("intelgraph-sim/billing-engine"));
        stack.showIn(stage);
    }

    @AfterEach
    void stop() {
        stack.close();
    }

    @Test
    void deniesBlockTheDeployUntilAnOverrideWithAReason(FxRobot robot) throws Exception {
        await(() -> stack.plane.snapshot().cluster().available());
        TileGrid grid = robot.lookup("#tile-grid").queryAs(TileGrid.class);
        TileView prTile = OnFx.awaitFirstPullRequestTile(grid);
        int pr = prTile.tile().pullRequest().orElseThrow().number();
        robot.clickOn(prTile);
        await(() -> !robot.lookup("#policy-check").queryAs(Button.class).isDisabled());
        robot.clickOn("#policy-check");

        @SuppressWarnings("unchecked")
        ListView<String> results = robot.lookup("#policy-results").queryAs(ListView.class);
        await(() -> !results.getItems().isEmpty());
        assertTrue(results.getItems().stream().anyMatch(l -> l.startsWith("✕ DENY  Dockerfile@")
                && l.endsWith("Base image node:latest uses the 'latest' tag: pin a version (and preferably a digest)")),
                results.getItems().toString());
        assertTrue(robot.lookup("#deploy-preview").queryAs(Button.class).isDisabled(), "a deny blocks the deploy");
        assertTrue(robot.lookup("#deploy-override").queryAs(Button.class).isVisible());

        robot.clickOn("#deploy-override");
        await(() -> robot.lookup("#reason").tryQuery().isPresent());
        robot.clickOn("#reason").write("too short");
        assertTrue(robot.lookup(".dialog-pane").lookup("OK").queryButton().isDisabled(), "a reason of 10+ characters");
        robot.write(" - hotfix demo for the customer, fixing the image in #99");
        robot.clickOn(robot.lookup(".dialog-pane").lookup("OK").queryButton());

        await(() -> stack.plane.snapshot().previewOf(pr).isPresent());
        String audit = Files.readString(stack.configDir.resolve("audit.log"));
        assertTrue(audit.contains("\"action\":\"policy-override\""), audit);
        assertTrue(audit.contains("too short - hotfix demo for the customer, fixing the image in #99"), audit);
        assertFalse(audit.contains("\"action\":\"deploy\",\"target\":\"intelgraph-sim/billing-engine#" + pr
                + " → pr-" + pr + "\",\"outcome\":\"refused"), "the deploy itself was not refused after the override");

        // The deployed preview can be checked from the Previews view too.
        ToggleButton previewsTab = robot.lookup("#view-previews").queryAs(ToggleButton.class);
        robot.interact(previewsTab::fire);
        await(() -> robot.lookup("#policy-check-" + pr).tryQuery().isPresent());
        Button check = robot.lookup("#policy-check-" + pr).queryButton();
        robot.interact(check::fire);
        await(() -> robot.lookup(".dialog-pane .header-panel .label").tryQuery()
                .map(n -> ((Label) n).getText().startsWith("pr-" + pr + ": 7 denies")).orElse(false));
    }
}
