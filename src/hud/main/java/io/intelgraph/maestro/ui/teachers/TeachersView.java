package io.intelgraph.maestro.ui.teachers;

import io.intelgraph.maestro.distill.TeacherProfile;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.Locale;

/** Teachers: the profiles in force, each with Retire; Register or update from a JSON file. */
public final class TeachersView extends VBox {

    private final TeachersViewModel model;
    private final VBox list = new VBox(10);

    public TeachersView(TeachersViewModel model) {
        this.model = model;
        getStyleClass().add("teachers-view");
        setPadding(new Insets(16));
        setSpacing(12);
        Label title = new Label("Teachers of the build-intelligence engine");
        title.getStyleClass().add("detail-title");
        Button load = new Button("Register or update from file…");
        load.setId("teachers-load");
        load.setOnAction(e -> model.chooseAndRegister());
        Label message = new Label();
        message.setId("teachers-message");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.textProperty().bind(model.messageProperty());
        list.setId("teachers-list");
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(title, new HBox(12, load), message, scroll);
        model.profiles().addListener((ListChangeListener<TeacherProfile>) c -> show());
        show();
    }

    private void show() {
        list.getChildren().clear();
        for (TeacherProfile p : model.profiles()) {
            Label about = new Label(String.format(Locale.ROOT, "%s  %s   ensemble weight %.2f%nweighs %s%non a breach: %s", p.name(),
                    p.version(), p.ensembleWeight(), p.describeWeights(), p.describeMix()));
            about.setWrapText(true);
            about.setMinHeight(Region.USE_PREF_SIZE);
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            Button retire = new Button("Retire");
            retire.setId("retire-" + p.name());
            retire.setOnAction(e -> model.retire(p.name()));
            HBox card = new HBox(12, about, spacer, retire);
            card.setAlignment(Pos.CENTER_LEFT);
            card.getStyleClass().addAll("attestation", "teacher-card");
            list.getChildren().add(card);
        }
    }
}
