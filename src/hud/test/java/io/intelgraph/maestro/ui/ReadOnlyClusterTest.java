package io.intelgraph.maestro.ui;

import io.intelgraph.maestro.testing.PreviewStack;
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

import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** A cluster the user may not write to: the buttons are disabled and say why (RBAC). */
@ExtendWith(ApplicationExtension.class)
class ReadOnlyClusterTest {

    private PreviewStack stack;

    @Start
    void start(Stage stage) {
        stack = new PreviewStack(false, false, List.of());
        stack.showIn(stage);
    }

    @AfterEach
    void stop() {
        stack.close();
    }

    @Test
    void actionsAreDisabledWithTheRbacReason(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> stack.plane.snapshot().cluster().available());
        robot.clickOn("#view-previews");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#preview-cleanup").queryAs(Button.class).isDisabled());
        String problem = robot.lookup("#cluster-problem").queryAs(Label.class).getText();
        assertTrue(problem.startsWith("Actions disabled: RBAC: you may not delete namespaces in pr-1"), problem);
        assertTrue(problem.contains("read-only"), problem);
    }
}
