package io.intelgraph.maestro.ui.auth;

import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;

import java.util.function.Consumer;

/** The sign-in panel in a small window of its own over the HUD; closing it cancels a sign-in under way. */
public final class SignInWindow {

    private SignInWindow() {
    }

    /** Opens the window (on the FX thread) with the owner's stylesheets. */
    public static Stage show(Window owner, SignInViewModel model, Consumer<String> openUrl) {
        Stage stage = new Stage(StageStyle.UTILITY);
        stage.setTitle("Sign in to GitHub");
        stage.initModality(Modality.NONE);
        Scene scene = new Scene(new SignInView(model, openUrl));
        if (owner != null) {
            stage.initOwner(owner);
            if (owner.getScene() != null) {
                scene.getStylesheets().setAll(owner.getScene().getStylesheets());
                scene.getRoot().getStyleClass().addAll(owner.getScene().getRoot().getStyleClass());
            }
        }
        stage.setScene(scene);
        stage.setOnHidden(e -> model.cancel());
        stage.show();
        return stage;
    }
}
