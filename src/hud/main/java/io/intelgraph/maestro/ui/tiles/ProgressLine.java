package io.intelgraph.maestro.ui.tiles;

import io.intelgraph.maestro.ui.style.States;
import javafx.scene.layout.Region;

/**
 * A build's progress as a thin bar: a track and a fill, laid out by hand. A ProgressBar would do,
 * but it is a control with a skin, and its indeterminate state runs an animation of its own on every
 * tile that has one: here "not known" is a still, hatched track ({@code :indeterminate}).
 */
final class ProgressLine extends Region {

    private final Region fill = new Region();
    private double progress = -1;

    ProgressLine() {
        getStyleClass().add("tile-progress");
        fill.getStyleClass().add("tile-progress-fill");
        getChildren().add(fill);
        pseudoClassStateChanged(States.INDETERMINATE, true);
        fill.setVisible(false);
    }

    /** 0 to 1; negative when the build's typical length is not known. */
    void setProgress(double value) {
        // A pixel or less on a wall tile: not worth a redraw.
        if (Math.abs(value - progress) < 0.002 && value >= 0 == progress >= 0) {
            return;
        }
        progress = value;
        boolean known = value >= 0;
        pseudoClassStateChanged(States.INDETERMINATE, !known);
        fill.setVisible(known);
        requestLayout();
    }

    double progress() {
        return progress;
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth() - snappedLeftInset() - snappedRightInset();
        fill.resizeRelocate(snappedLeftInset(), snappedTopInset(), Math.max(0, width * Math.min(1, progress)),
                getHeight() - snappedTopInset() - snappedBottomInset());
    }

    @Override
    protected double computePrefHeight(double width) {
        return snappedTopInset() + snappedBottomInset() + 6;
    }
}
