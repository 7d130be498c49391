package io.intelgraph.maestro.ui;

import javafx.scene.control.Labeled;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.text.Text;

import java.util.Objects;
import java.util.Optional;

/**
 * A label that gives way on a narrow window ("SIMULATED buil…") shows its whole text when the pointer rests on it, as
 * desktop applications do for cut text. Whether it is cut is asked each time the pointer comes over it, so a label
 * that fits again has no tooltip; the tooltip, a popup window of its own, is made the first time one is needed.
 */
public final class FullTextOnHover {

    private static final Object KEY = FullTextOnHover.class;

    private FullTextOnHover() {
    }

    public static void install(Labeled label) {
        label.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> follow(label));
    }

    /** The whole-text tooltip the label has now, if its text was cut when the pointer last came over it. */
    static Optional<Tooltip> tooltip(Labeled label) {
        return Optional.ofNullable((Tooltip) label.getProperties().get(KEY));
    }

    /** Whether the label shows less than its text: its skin draws what fits, with an ellipsis, in a Text of its own. */
    static boolean isCut(Labeled label) {
        return label.lookup(".text") instanceof Text shown && !Objects.equals(shown.getText(), label.getText());
    }

    private static void follow(Labeled label) {
        Optional<Tooltip> installed = tooltip(label);
        boolean cut = isCut(label);
        if (cut && installed.isEmpty()) {
            Tooltip whole = new Tooltip();
            whole.textProperty().bind(label.textProperty());
            whole.setWrapText(true);
            whole.setMaxWidth(640);
            Tooltip.install(label, whole);
            label.getProperties().put(KEY, whole);
        } else if (!cut && installed.isPresent()) {
            Tooltip.uninstall(label, installed.get());
            label.getProperties().remove(KEY);
        }
    }
}
