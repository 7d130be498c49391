package io.intelgraph.maestro.ui.auth;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.util.function.Consumer;

/**
 * The sign-in panel: the one-time code in large letters, the address to enter it at (a link), and
 * Sign in / Cancel / Sign out, over a {@link SignInViewModel}.
 */
public final class SignInView extends VBox {

    public SignInView(SignInViewModel model, Consumer<String> openUrl) {
        super(12);
        getStyleClass().add("sign-in");
        setPadding(new Insets(18));
        setPrefWidth(460);

        Label title = new Label("Sign in to " + model.host());
        title.getStyleClass().add("sign-in-title");
        Label message = new Label();
        message.setId("sign-in-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());

        Label code = new Label();
        code.setId("sign-in-code");
        code.getStyleClass().add("sign-in-code");
        code.textProperty().bind(model.userCodeProperty());
        Hyperlink url = new Hyperlink();
        url.setId("sign-in-url");
        url.textProperty().bind(model.verificationUrlProperty());
        url.setOnAction(e -> openUrl.accept(model.verificationUrlProperty().get()));
        Button copy = new Button("Copy code");
        copy.setId("sign-in-copy");
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(model.userCodeProperty().get());
            Clipboard.getSystemClipboard().setContent(content);
        });
        HBox codeRow = new HBox(12, code, copy);
        codeRow.setAlignment(Pos.CENTER_LEFT);
        VBox waiting = new VBox(6, codeRow, url);
        waiting.setId("sign-in-waiting");
        // Hidden but laid out: the window keeps its size when the code appears.
        waiting.visibleProperty().bind(model.phaseProperty().isEqualTo(SignInViewModel.Phase.WAITING));

        Button start = new Button("Sign in");
        start.setId("sign-in-start");
        start.setDefaultButton(true);
        start.setOnAction(e -> model.start());
        start.disableProperty().bind(Bindings.createBooleanBinding(() -> busy(model.phaseProperty().get()),
                model.phaseProperty()));
        Button cancel = new Button("Cancel");
        cancel.setId("sign-in-cancel");
        cancel.setOnAction(e -> model.cancel());
        cancel.disableProperty().bind(start.disableProperty().not());
        Button signOut = new Button("Sign out");
        signOut.setId("sign-in-sign-out");
        signOut.setOnAction(e -> model.signOut());
        signOut.disableProperty().bind(start.disableProperty());
        HBox buttons = new HBox(8, start, cancel, signOut);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        getChildren().addAll(title, message, waiting, buttons);
    }

    private static boolean busy(SignInViewModel.Phase phase) {
        return phase == SignInViewModel.Phase.REQUESTING || phase == SignInViewModel.Phase.WAITING;
    }
}
