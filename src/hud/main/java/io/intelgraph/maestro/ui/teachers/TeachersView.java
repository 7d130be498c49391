package io.intelgraph.maestro.ui.teachers;

import io.intelgraph.maestro.distill.TeacherMarketplace;
import io.intelgraph.maestro.distill.TeacherProfile;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import java.io.File;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;

/**
 * Teachers: the profiles in force, each with Retire (asks first); Register or update from a JSON
 * file. Changes go through the marketplace (validated, persisted, announced to the engine) off
 * the FX thread; a refusal is shown with its reasons and nothing changes.
 */
public final class TeachersView extends VBox {

    private final TeacherMarketplace market;
    private final Executor background;
    private final VBox list = new VBox(10);
    private final Label message = new Label();

    public TeachersView(TeacherMarketplace market, Executor background) {
        this.market = market;
        this.background = background;
        getStyleClass().add("teachers-view");
        setPadding(new Insets(16));
        setSpacing(12);
        Label title = new Label("Teachers of the build-intelligence engine");
        title.getStyleClass().add("detail-title");
        Button load = new Button("Register or update from file…");
        load.setId("teachers-load");
        load.setOnAction(e -> chooseFile());
        message.setId("teachers-message");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        list.setId("teachers-list");
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(title, new HBox(12, load), message, scroll);
        market.subscribe(profiles -> Platform.runLater(() -> show(profiles)));
        show(market.profiles());
    }

    private void show(List<TeacherProfile> profiles) {
        list.getChildren().clear();
        for (TeacherProfile p : profiles) {
            Label about = new Label(String.format(Locale.ROOT, "%s  %s   ensemble weight %.2f%nweighs %s%non a breach: %s", p.name(),
                    p.version(), p.ensembleWeight(), p.describeWeights(), p.describeMix()));
            about.setWrapText(true);
            about.setMinHeight(Region.USE_PREF_SIZE);
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            Button retire = new Button("Retire");
            retire.setId("retire-" + p.name());
            retire.setOnAction(e -> retire(p.name()));
            HBox card = new HBox(12, about, spacer, retire);
            card.setAlignment(Pos.CENTER_LEFT);
            card.getStyleClass().addAll("attestation", "teacher-card");
            list.getChildren().add(card);
        }
    }

    private void retire(String name) {
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, "The ensemble stops listening to " + name
                + " from the next round; teachers.json keeps the change.", new ButtonType("Retire " + name), ButtonType.CANCEL);
        confirm.setHeaderText("Retire teacher " + name + "?");
        confirm.initOwner(getScene() == null ? null : getScene().getWindow());
        confirm.showAndWait().filter(b -> b.getText().startsWith("Retire")).ifPresent(b -> act(() -> {
            market.retire(name);
            return "Retired " + name + ".";
        }));
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Teacher profile (JSON)");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("JSON", "*.json"));
        File file = chooser.showOpenDialog(getScene() == null ? null : getScene().getWindow());
        if (file != null) {
            registerOrUpdate(file);
        }
    }

    /** Registers the profile in {@code file}, or updates the teacher of that name to it. */
    public void registerOrUpdate(File file) {
        act(() -> {
            TeacherProfile p = TeacherMarketplace.readProfile(file.toPath());
            boolean known = market.profiles().stream().anyMatch(t -> t.name().equals(p.name()));
            if (known) {
                market.update(p);
                return "Updated " + p.name() + " to " + p.version() + ".";
            }
            market.register(p);
            return "Registered " + p.name() + " " + p.version() + ".";
        });
    }

    private interface Change {
        String run() throws Exception;
    }

    private void act(Change change) {
        background.execute(() -> {
            String said;
            try {
                said = change.run();
            } catch (Exception e) { // a refusal, or a file that cannot be read
                said = "Refused: " + e.getMessage();
            }
            String text = said;
            Platform.runLater(() -> message.setText(text));
        });
    }
}
