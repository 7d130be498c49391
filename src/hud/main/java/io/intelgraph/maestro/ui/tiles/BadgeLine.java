package io.intelgraph.maestro.ui.tiles;

import javafx.scene.Node;
import javafx.scene.layout.FlowPane;

/**
 * A tile's badges, wrapping to more lines on the desktop; on the wall it asks for one line's height
 * only (the tile clips the rest away), so a problem tile keeps its state word, repository and branch
 * inside itself whatever the badges.
 */
final class BadgeLine extends FlowPane {

    private boolean oneLine;

    BadgeLine() {
        super(6, 4);
    }

    void setOneLine(boolean on) {
        if (on != oneLine) {
            oneLine = on;
            requestLayout();
        }
    }

    @Override
    protected double computePrefHeight(double forWidth) {
        if (!oneLine) {
            return super.computePrefHeight(forWidth);
        }
        double line = 0;
        for (Node badge : getManagedChildren()) {
            line = Math.max(line, badge.prefHeight(-1));
        }
        return snappedTopInset() + line + snappedBottomInset();
    }

    @Override
    protected double computeMinHeight(double forWidth) {
        return oneLine ? computePrefHeight(forWidth) : super.computeMinHeight(forWidth);
    }
}
