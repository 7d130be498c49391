package io.intelgraph.maestro.ui.dialog;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Everything the HUD asks or tells the user in a dialog. View models call it (FX thread); the
 * application shows JavaFX dialogs ({@link FxDialogService}), tests answer from a script.
 */
public interface DialogService {

    /** A yes/no question; true when the user chose {@code confirmLabel}. Waits for the answer. */
    boolean confirm(String title, String header, String body, String confirmLabel);

    /**
     * A question about something that cannot be undone: {@code confirmLabel} is enabled only once
     * the user has typed {@code typed} (e.g. the namespace, "pr-50"). Waits for the answer.
     */
    boolean confirmTyped(String title, String header, String body, String typed, String confirmLabel);

    /** Asks for a reason of at least {@code minLength} characters (stripped); empty when cancelled. */
    Optional<String> askReason(String title, String header, String label, int minLength);

    /** A file to open, of the kind {@code description} matching {@code pattern} ("*.json"); empty when cancelled. */
    Optional<Path> chooseFile(String title, String description, String pattern);

    /** Tells something; does not wait. */
    void info(String title, String header, String body);

    /** Warns of something the user should look at (policy denies); does not wait. */
    void warning(String title, String header, String body);

    /** Tells of a failure the user can act on; the detail is in the log. Does not wait. */
    void error(String title, String header, String body);
}
