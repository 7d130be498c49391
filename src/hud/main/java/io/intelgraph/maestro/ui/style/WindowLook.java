package io.intelgraph.maestro.ui.style;

import javafx.scene.text.Font;

/**
 * What every window's first scene waits for, loaded on the FX thread ahead of it while the program still reads its
 * configuration and starts its sources: the theme's stylesheet (about 70 ms to read) and JavaFX's font system
 * (about 50 ms: fontconfig's list and the default font's file). Measured in README, "Startup and memory".
 */
public final class WindowLook {

    private WindowLook() {
    }

    /** On the FX thread; {@code dark} as the window will be opened (setting the other theme later restyles it). */
    public static void preload(boolean dark) {
        ThemeStylesheet.apply(dark);
        Font.getDefault();
    }
}
