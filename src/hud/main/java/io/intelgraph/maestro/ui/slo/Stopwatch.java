package io.intelgraph.maestro.ui.slo;

import javafx.scene.shape.FillRule;
import javafx.scene.shape.SVGPath;

/**
 * The stopwatch of a build-time mark, drawn rather than typed: U+23F1 is missing from many fonts
 * (the headless test screen's among them), and a missing glyph would show as an empty box.
 */
public final class Stopwatch {

    /** Ring (even-odd: outer minus inner circle), hand and crown, on a 24×24 grid. */
    private static final String PATH = "M3 13a9 9 0 1 0 18 0a9 9 0 1 0 -18 0Z M5 13a7 7 0 1 0 14 0a7 7 0 1 0 -14 0Z"
            + " M11 8h2v6h-2Z M9 1h6v2h-6Z";

    private Stopwatch() {
    }

    public static SVGPath glyph() {
        SVGPath path = new SVGPath();
        path.setContent(PATH);
        path.setFillRule(FillRule.EVEN_ODD);
        path.setScaleX(0.55);
        path.setScaleY(0.55);
        path.getStyleClass().add("slo-glyph");
        return path;
    }
}
