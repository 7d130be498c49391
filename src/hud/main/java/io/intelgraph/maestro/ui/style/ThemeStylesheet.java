package io.intelgraph.maestro.ui.style;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

/**
 * The application's user-agent stylesheet: AtlantaFX's Primer, dark or light (high contrast is hud.css over the
 * dark one). Set before the first control is made, it is the only one read: JavaFX's {@code Control} loads its own
 * default theme (Modena) when its class is initialised and none is set yet — a tenth of a second of the window's
 * start spent on a stylesheet that is replaced at once (measured in README, "Startup and memory").
 */
public final class ThemeStylesheet {

    private ThemeStylesheet() {
    }

    /** Sets the theme's stylesheet unless it is already the application's (setting it again restyles every scene). */
    public static void apply(boolean dark) {
        // The binary form: parsing the theme's 170 KB of CSS was on the window's critical path at every start.
        String stylesheet = dark ? new PrimerDark().getUserAgentStylesheetBSS()
                : new PrimerLight().getUserAgentStylesheetBSS();
        if (!stylesheet.equals(Application.getUserAgentStylesheet())) {
            Application.setUserAgentStylesheet(stylesheet);
        }
    }
}
