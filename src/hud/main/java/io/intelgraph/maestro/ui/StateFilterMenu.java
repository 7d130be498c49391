package io.intelgraph.maestro.ui;

import io.intelgraph.maestro.model.build.BuildState;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.MenuButton;
import javafx.scene.layout.HBox;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The filter bar's states: a menu of check boxes that stays open while several are ticked, its button naming what is
 * ticked. A menu rather than a checked combo box because a combo box builds its list view with the window: the filter
 * bar's two were a third of the first frame's styling (README, "Startup and memory"); a menu's items get their skins
 * when it first opens.
 */
final class StateFilterMenu extends MenuButton {

    private final Map<BuildState, CheckBox> boxes = new EnumMap<>(BuildState.class);

    StateFilterMenu(Set<BuildState> initial, Consumer<EnumSet<BuildState>> changed) {
        getStyleClass().add("state-filter");
        for (BuildState state : BuildState.values()) {
            CheckBox box = new CheckBox(state.word());
            box.setSelected(initial.contains(state));
            // The row takes the click (a menu fires a custom item on its content's click) and the keyboard's Enter, and
            // the item's action ticks the box: the box itself ignores the mouse, or a click would tick it twice.
            box.setMouseTransparent(true);
            box.setFocusTraversable(false);
            HBox row = new HBox(box);
            // Wider than the widest word (hud.css): a menu fires a custom item on a click on its content, not on the rest
            // of the row.
            row.getStyleClass().add("state-filter-row");
            CustomMenuItem item = new CustomMenuItem(row, false);
            item.setId("filter-state-" + state.name().toLowerCase(Locale.ROOT));
            item.setOnAction(e -> box.setSelected(!box.isSelected()));
            box.selectedProperty().addListener((o, was, ticked) -> {
                EnumSet<BuildState> checked = checked();
                setText(StateFilterTitle.of(checked));
                changed.accept(checked);
            });
            boxes.put(state, box);
            getItems().add(item);
        }
        setText(StateFilterTitle.of(checked()));
    }

    private EnumSet<BuildState> checked() {
        EnumSet<BuildState> checked = EnumSet.noneOf(BuildState.class);
        boxes.forEach((state, box) -> {
            if (box.isSelected()) {
                checked.add(state);
            }
        });
        return checked;
    }
}
