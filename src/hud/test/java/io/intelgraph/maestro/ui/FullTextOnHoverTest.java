package io.intelgraph.maestro.ui;

import io.intelgraph.maestro.testing.OnFx;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A label cut to fit says the rest when the pointer rests on it; one that fits has no tooltip. */
@ExtendWith(ApplicationExtension.class)
class FullTextOnHoverTest {

    private static final String LONG = "SIMULATED build plane — not real builds";

    private final Label cut = new Label(LONG);
    private final Label whole = new Label("LIVE");

    @Start
    void start(Stage stage) {
        cut.setMaxWidth(90);
        FullTextOnHover.install(cut);
        FullTextOnHover.install(whole);
        VBox box = new VBox(8, cut, whole);
        stage.setScene(new Scene(box, 300, 120));
        stage.show();
    }

    @Test
    void aCutLabelGetsItsWholeTextOnHover(FxRobot robot) throws Exception {
        assertTrue(OnFx.read(() -> FullTextOnHover.isCut(cut)), "the skin showed the text with an ellipsis");
        assertFalse(OnFx.read(() -> FullTextOnHover.tooltip(cut).isPresent()), "no popup is made before the pointer comes");

        robot.moveTo(cut);
        Tooltip tooltip = OnFx.read(() -> FullTextOnHover.tooltip(cut).orElseThrow());
        assertEquals(LONG, OnFx.read(tooltip::getText));

        robot.interact(() -> cut.setText("SIMULATED build plane via hub.example:3080 — not real builds"));
        assertEquals("SIMULATED build plane via hub.example:3080 — not real builds", OnFx.read(tooltip::getText),
                "the tooltip follows the label");
    }

    @Test
    void aLabelThatFitsHasNoTooltip(FxRobot robot) throws Exception {
        robot.moveTo(whole);
        assertFalse(OnFx.read(() -> FullTextOnHover.isCut(whole)));
        assertFalse(OnFx.read(() -> FullTextOnHover.tooltip(whole).isPresent()));
    }

    @Test
    void aLabelThatFitsAgainLosesItsTooltip(FxRobot robot) throws Exception {
        robot.moveTo(cut);
        assertTrue(OnFx.read(() -> FullTextOnHover.tooltip(cut).isPresent()));

        robot.moveTo(whole);
        robot.interact(() -> cut.setText("LIVE"));
        robot.interact(() -> cut.getParent().layout());
        robot.moveTo(cut);
        assertFalse(OnFx.read(() -> FullTextOnHover.tooltip(cut).isPresent()));
    }
}
