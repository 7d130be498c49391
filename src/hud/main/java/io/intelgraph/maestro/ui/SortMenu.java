package io.intelgraph.maestro.ui;

import io.intelgraph.maestro.store.TileSort;
import javafx.scene.control.MenuButton;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;

import java.util.Locale;
import java.util.function.Consumer;

/**
 * The filter bar's sort: one of {@link TileSort}'s orders, chosen from a menu whose button names the order shown. A menu
 * for the reason {@link StateFilterMenu} gives.
 */
final class SortMenu extends MenuButton {

    SortMenu(TileSort initial, Consumer<TileSort> changed) {
        getStyleClass().add("sort-menu");
        ToggleGroup group = new ToggleGroup();
        for (TileSort sort : TileSort.values()) {
            RadioMenuItem item = new RadioMenuItem(sort.label());
            item.setId("filter-sort-" + sort.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            item.setToggleGroup(group);
            item.setUserData(sort);
            item.setSelected(sort == initial);
            getItems().add(item);
        }
        setText(initial.label());
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                was.setSelected(true); // a radio item clicked again unticks itself: one order is always chosen
                return;
            }
            TileSort sort = (TileSort) now.getUserData();
            setText(sort.label());
            changed.accept(sort);
        });
    }
}
