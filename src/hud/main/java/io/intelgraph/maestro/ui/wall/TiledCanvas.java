package io.intelgraph.maestro.ui.wall;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One drawing made of canvases of at least {@value #CELL} px a side, so that a change repaints its
 * cell and not the whole. A canvas is repainted whole whenever anything is drawn on it: with the
 * mosaic as one canvas, each mark that changed made the renderer blend all of it again (1,900 × 320 px
 * at 1080p) — under 500 changes a second two thirds of the software renderer's time. What is drawn
 * goes to the cells its bounds touch, each drawing in the whole's coordinates. The cells are held a
 * row to a parent, at most {@value #MOST_CHILDREN} cells to a row and rows to the whole: Prism
 * repaints a parent whole once more than twelve of its children changed in a frame.
 */
final class TiledCanvas extends Region {

    private static final double CELL = 160;
    /** Prism's limit: a parent with more children changed in a frame is repainted whole. */
    private static final int MOST_CHILDREN = 12;

    private final List<Canvas> cells = new ArrayList<>();
    private final List<Pane> rowsOfCells = new ArrayList<>();
    private int columns;
    private double cellWidth;
    private double cellHeight;
    private double width;
    private double height;

    TiledCanvas() {
        getStyleClass().add("tiled-canvas");
    }

    /** Sizes the drawing, clearing it. */
    void setSize(double newWidth, double newHeight) {
        width = Math.max(0, newWidth);
        height = Math.max(0, newHeight);
        columns = Math.clamp((int) Math.ceil(width / CELL), 1, MOST_CHILDREN);
        int rows = Math.clamp((int) Math.ceil(height / CELL), 1, MOST_CHILDREN);
        cellWidth = Math.ceil(width / columns);
        cellHeight = Math.ceil(height / rows);
        rowsOfCells.forEach(row -> row.getChildren().clear());
        getChildren().clear();
        while (cells.size() < columns * rows) {
            Canvas cell = new Canvas();
            cell.setManaged(false);
            cells.add(cell);
        }
        while (cells.size() > columns * rows) {
            cells.removeLast();
        }
        while (rowsOfCells.size() < rows) {
            Pane row = new Pane();
            row.setManaged(false);
            rowsOfCells.add(row);
        }
        for (int r = 0; r < rows; r++) {
            Pane row = rowsOfCells.get(r);
            row.getChildren().setAll(cells.subList(r * columns, (r + 1) * columns));
            row.relocate(0, r * cellHeight);
            getChildren().add(row);
        }
        for (int i = 0; i < cells.size(); i++) {
            Canvas cell = cells.get(i);
            double x = (i % columns) * cellWidth;
            double y = (i / columns) * cellHeight;
            cell.setWidth(Math.max(0, Math.min(cellWidth, width - x)));
            cell.setHeight(Math.max(0, Math.min(cellHeight, height - y)));
            cell.relocate(x, 0);
            GraphicsContext g = cell.getGraphicsContext2D();
            g.setTransform(1, 0, 0, 1, -x, -y);
            g.clearRect(x, y, cellWidth, cellHeight);
        }
    }

    double width() {
        return width;
    }

    double height() {
        return height;
    }

    /** Draws with {@code painter} on every cell that {@code x, y, w, h} (the drawing's coordinates) touches. */
    void draw(double x, double y, double w, double h, Consumer<GraphicsContext> painter) {
        if (cells.isEmpty() || w <= 0 || h <= 0) {
            return;
        }
        int rows = cells.size() / columns;
        int firstColumn = Math.max(0, (int) Math.floor(x / cellWidth));
        int lastColumn = Math.min(columns - 1, (int) Math.floor((x + w) / cellWidth));
        int firstRow = Math.max(0, (int) Math.floor(y / cellHeight));
        int lastRow = Math.min(rows - 1, (int) Math.floor((y + h) / cellHeight));
        for (int row = firstRow; row <= lastRow; row++) {
            for (int column = firstColumn; column <= lastColumn; column++) {
                painter.accept(cells.get(row * columns + column).getGraphicsContext2D());
            }
        }
    }
}
