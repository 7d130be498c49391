package io.intelgraph.maestro.ui.tiles;

import javafx.scene.Node;
import javafx.scene.layout.Pane;

import java.util.List;

/**
 * The parts of a pane that are shown only sometimes (a tile's badges, preview line, progress bar, STALE
 * banner): each joins the pane, at its place in the given order, the first time it is shown, and stays
 * after (hidden when it has nothing to say). Most tiles have most of these empty; a part never shown is
 * never styled, skinned or laid out, which was most of the window's first layout of 87 tiles. A part's
 * visibility counts only once it is in the pane: {@link #isShown} asks both.
 */
final class ShownParts {

    private final Pane pane;
    private final List<Node> order;

    /** @param order every part the pane can hold, in the order it shows them (those it holds from the start too) */
    ShownParts(Pane pane, Node... order) {
        this.pane = pane;
        this.order = List.of(order);
    }

    /** Shows or hides {@code part}, which joins the pane the first time it is shown. */
    void show(Node part, boolean shown) {
        if (shown && part.getParent() != pane) {
            int at = 0;
            for (Node before : order) {
                if (before == part) {
                    break;
                }
                if (before.getParent() == pane) {
                    at++;
                }
            }
            pane.getChildren().add(at, part);
        }
        part.setVisible(shown);
        part.setManaged(shown);
    }

    /** Whether {@code part} is in the pane and shown. */
    boolean isShown(Node part) {
        return part.getParent() == pane && part.isVisible();
    }
}
