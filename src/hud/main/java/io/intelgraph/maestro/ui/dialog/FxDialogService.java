package io.intelgraph.maestro.ui.dialog;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/** The {@link DialogService} of the application: JavaFX dialogs owned by the HUD's window. */
public final class FxDialogService implements DialogService {

    /** Wide enough for a policy report's lines. */
    private static final double WIDE = 720;

    private final Supplier<Window> owner;

    /** @param owner the window dialogs belong to, when there is one yet (null otherwise) */
    public FxDialogService(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public boolean confirm(String title, String header, String body, String confirmLabel) {
        ButtonType confirm = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, header, body, confirm, ButtonType.CANCEL);
        return alert.showAndWait().filter(confirm::equals).isPresent();
    }

    @Override
    public boolean confirmTyped(String title, String header, String body, String typed, String confirmLabel) {
        ButtonType confirm = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, header, null, confirm, ButtonType.CANCEL);
        TextField answer = new TextField();
        answer.setId("confirm-typed");
        answer.setPromptText(typed);
        Label text = new Label(body);
        text.setWrapText(true);
        alert.getDialogPane().setContent(new VBox(10, text, new Label("Type " + typed + " to confirm:"), answer));
        alert.getDialogPane().lookupButton(confirm).disableProperty().bind(answer.textProperty().isNotEqualTo(typed));
        alert.setOnShown(e -> answer.requestFocus());
        return alert.showAndWait().filter(confirm::equals).isPresent() && answer.getText().equals(typed);
    }

    @Override
    public Optional<String> askReason(String title, String header, String label, int minLength) {
        TextInputDialog dialog = new TextInputDialog();
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.setContentText(label);
        dialog.initOwner(owner.get());
        dialog.getEditor().setId("reason");
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty()
                .bind(Bindings.length(dialog.getEditor().textProperty()).lessThan(minLength));
        return dialog.showAndWait().map(String::strip).filter(reason -> reason.length() >= minLength);
    }

    @Override
    public Optional<Path> chooseFile(String title, String description, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, pattern));
        File file = chooser.showOpenDialog(owner.get());
        return Optional.ofNullable(file).map(File::toPath);
    }

    @Override
    public void info(String title, String header, String body) {
        alert(Alert.AlertType.INFORMATION, title, header, body, ButtonType.OK).show();
    }

    @Override
    public void warning(String title, String header, String body) {
        alert(Alert.AlertType.WARNING, title, header, body, ButtonType.OK).show();
    }

    @Override
    public void error(String title, String header, String body) {
        alert(Alert.AlertType.ERROR, title, header, body, ButtonType.OK).show();
    }

    private Alert alert(Alert.AlertType type, String title, String header, String body, ButtonType... buttons) {
        Alert alert = new Alert(type, body == null ? "" : body, buttons);
        alert.setTitle(title);
        alert.setHeaderText(header);
        alert.initOwner(owner.get());
        alert.getDialogPane().setPrefWidth(WIDE);
        return alert;
    }
}
