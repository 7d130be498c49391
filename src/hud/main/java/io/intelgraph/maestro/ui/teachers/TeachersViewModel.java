package io.intelgraph.maestro.ui.teachers;

import io.intelgraph.maestro.distill.TeacherMarketplace;
import io.intelgraph.maestro.distill.TeacherProfile;
import io.intelgraph.maestro.ui.dialog.DialogService;
import io.intelgraph.maestro.ui.task.BackgroundTask;
import io.intelgraph.maestro.ui.task.TaskExecutor;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;

/**
 * The Teachers view's state and actions: the profiles in force (as the marketplace announces
 * them, from whatever thread), Retire (asks first), Register or update from a JSON file. Changes
 * go through the marketplace (validated, persisted, announced to the engine) off the FX thread; a
 * refusal is shown with its reasons and nothing changes. FX thread only.
 */
public final class TeachersViewModel {

    private final TeacherMarketplace market;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final ObservableList<TeacherProfile> profiles = FXCollections.observableArrayList();
    private final ObservableList<TeacherProfile> profilesView = FXCollections.unmodifiableObservableList(profiles);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public TeachersViewModel(TeacherMarketplace market, TaskExecutor tasks, DialogService dialogs) {
        this.market = market;
        this.tasks = tasks;
        this.dialogs = dialogs;
        profiles.setAll(market.profiles());
        market.subscribe(announced -> tasks.ui().execute(() -> profiles.setAll(announced)));
    }

    /** Retires teacher {@code name} once the user agrees. */
    public void retire(String name) {
        if (dialogs.confirm("Retire teacher", "Retire teacher " + name + "?", "The ensemble stops listening to " + name
                + " from the next round; teachers.json keeps the change.", "Retire " + name)) {
            change("retire teacher " + name, () -> {
                market.retire(name);
                return "Retired " + name + ".";
            });
        }
    }

    /** Asks for a profile file, then registers or updates from it. */
    public void chooseAndRegister() {
        dialogs.chooseFile("Teacher profile (JSON)", "JSON", "*.json").ifPresent(this::registerOrUpdate);
    }

    /** Registers the profile in {@code file}, or updates the teacher of that name to it. */
    public void registerOrUpdate(Path file) {
        change("register or update the teacher in " + file.getFileName(), () -> {
            TeacherProfile p = TeacherMarketplace.readProfile(file);
            boolean known = market.profiles().stream().anyMatch(t -> t.name().equals(p.name()));
            if (known) {
                market.update(p);
                return "Updated " + p.name() + " to " + p.version() + ".";
            }
            market.register(p);
            return "Registered " + p.name() + " " + p.version() + ".";
        });
    }

    private void change(String name, BackgroundTask.Work<String> work) {
        tasks.execute(BackgroundTask.of(name, work)
                .onSuccess(message::set)
                .onFailure(e -> message.set("Refused: " + e.getMessage()))); // a refusal, or a file that cannot be read
    }

    /** The teachers in force, in the marketplace's order. */
    public ObservableList<TeacherProfile> profiles() {
        return profilesView;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
