package io.intelgraph.maestro.ui.tiles;

import io.intelgraph.maestro.model.build.BuildState;
import io.intelgraph.maestro.ui.style.States;
import javafx.scene.shape.SVGPath;

/**
 * The shape of each state, drawn as a path rather than a font glyph so it looks the same on
 * every machine and tells the state without colour: check, cross, ring, clock, pause, triangle,
 * slashed circle, dash.
 */
public final class StatusGlyph {

    private StatusGlyph() {
    }

    /** A 24×24 path for the state. */
    public static String path(BuildState state) {
        return switch (state) {
            case PASSED -> "M9 16.2 4.8 12l-1.4 1.4L9 19 21 7l-1.4-1.4z";
            case FAILED -> "M19 6.4 17.6 5 12 10.6 6.4 5 5 6.4 10.6 12 5 17.6 6.4 19 12 13.4 17.6 19 19 17.6 13.4 12z";
            case RUNNING -> "M12 2a10 10 0 1 0 10 10h-2.5A7.5 7.5 0 1 1 12 4.5z";
            case QUEUED -> "M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm0 2.5a7.5 7.5 0 1 1 0 15 7.5 7.5 0 0 1 0-15zM11 7v6l5 3 1-1.6-4-2.4V7z";
            case WAITING -> "M6 5h4v14H6zm8 0h4v14h-4z";
            case ACTION_REQUIRED -> "M1 21h22L12 2zm12-3h-2v-2h2zm0-4h-2v-4h2z";
            case CANCELLED -> "M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zM4.5 12A7.5 7.5 0 0 1 16.6 6.1L6.1 16.6A7.4 7.4 0 0 1 4.5 12zm7.5 7.5a7.4 7.4 0 0 1-4.6-1.6L17.9 7.4A7.5 7.5 0 0 1 12 19.5z";
            case SKIPPED -> "M4 11h16v2H4z";
        };
    }

    /** A glyph in the state's colour (colour is the third cue, after shape and word). */
    public static SVGPath create(BuildState state) {
        SVGPath path = new SVGPath();
        path.setContent(path(state));
        path.getStyleClass().add("status-glyph");
        States.activate(path, States.of(state), States.BUILD_STATES);
        return path;
    }
}
