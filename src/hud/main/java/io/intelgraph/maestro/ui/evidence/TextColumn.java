package io.intelgraph.maestro.ui.evidence;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;

import java.util.function.Function;

/** A read-only table column showing some text of each row: what the report tables are made of. */
final class TextColumn {

    private TextColumn() {
    }

    static <R> TableColumn<R, String> of(String title, double width, Function<R, String> value) {
        TableColumn<R, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }
}
