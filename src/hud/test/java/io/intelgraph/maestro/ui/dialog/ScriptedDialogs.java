package io.intelgraph.maestro.ui.dialog;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The tests' {@link DialogService}: every dialog is recorded as a line ("confirm: Delete namespace
 * pr-7?"), and questions are answered as the test set them up beforehand.
 */
public final class ScriptedDialogs implements DialogService {

    private final List<String> shown = new ArrayList<>();
    private boolean yes;
    private String typed = "";
    private Optional<String> reason = Optional.empty();
    private Optional<Path> file = Optional.empty();
    private String lastBody = "";

    /** Questions are answered with their confirm button from now on. */
    public ScriptedDialogs answerYes() {
        this.yes = true;
        return this;
    }

    /** Questions are cancelled from now on. */
    public ScriptedDialogs answerNo() {
        this.yes = false;
        return this;
    }

    /** What the user types into a typed confirmation (it must match to confirm). */
    public ScriptedDialogs type(String text) {
        this.typed = text;
        return this;
    }

    public ScriptedDialogs giveReason(String text) {
        this.reason = Optional.of(text);
        return this;
    }

    public ScriptedDialogs chooseFile(Path chosen) {
        this.file = Optional.of(chosen);
        return this;
    }

    /** Every dialog shown so far, as "kind: header". */
    public List<String> shown() {
        return List.copyOf(shown);
    }

    /** The body of the last dialog shown, or "". */
    public String lastBody() {
        return lastBody;
    }

    private void record(String kind, String header, String body) {
        shown.add(kind + ": " + header);
        lastBody = body == null ? "" : body;
    }

    @Override
    public boolean confirm(String title, String header, String body, String confirmLabel) {
        record("confirm", header, body);
        return yes;
    }

    @Override
    public boolean confirmTyped(String title, String header, String body, String expected, String confirmLabel) {
        record("confirm typed " + expected, header, body);
        return yes && typed.equals(expected);
    }

    @Override
    public Optional<String> askReason(String title, String header, String label, int minLength) {
        record("ask", header, label);
        return reason.map(String::strip).filter(r -> r.length() >= minLength);
    }

    @Override
    public Optional<Path> chooseFile(String title, String description, String pattern) {
        record("choose", title, pattern);
        return file;
    }

    @Override
    public void info(String title, String header, String body) {
        record("info", header, body);
    }

    @Override
    public void warning(String title, String header, String body) {
        record("warning", header, body);
    }

    @Override
    public void error(String title, String header, String body) {
        record("error", header, body);
    }
}
