package io.intelgraph.maestro.ui.release;

import io.intelgraph.maestro.model.preview.Preview;
import io.intelgraph.maestro.model.repo.Release;
import io.intelgraph.maestro.model.repo.Repo;
import io.intelgraph.maestro.model.repo.RepoId;
import io.intelgraph.maestro.release.DraftReleaser;
import io.intelgraph.maestro.release.ReadinessInputs;
import io.intelgraph.maestro.release.ReleasePlan;
import io.intelgraph.maestro.release.ReleasePlanner;
import io.intelgraph.maestro.store.BuildSnapshot;
import io.intelgraph.maestro.ui.dialog.DialogService;
import io.intelgraph.maestro.ui.task.BackgroundTask;
import io.intelgraph.maestro.ui.task.Generation;
import io.intelgraph.maestro.ui.task.TaskExecutor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Optional;

/**
 * The Release view's state: the repositories to choose from (the plane's), the plan of the chosen
 * one (made on a worker: the releases, tags and compare APIs, the candidate's reports), and Create
 * draft release — refused with the reason without write access, asked first, audited, never
 * published. FX thread only.
 */
public final class ReleaseViewModel {

    private final ReleasePlanner planner;
    private final DraftReleaser drafts;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final String actor;
    private final Generation planning = new Generation();
    private final ObservableList<RepoId> repos = FXCollections.observableArrayList();
    private final ObservableList<RepoId> reposView = FXCollections.unmodifiableObservableList(repos);
    private final ReadOnlyObjectWrapper<RepoId> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ReleasePlan> plan = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("Choose a repository to plan its next release.");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper draftRefusal = new ReadOnlyStringWrapper("No plan yet.");
    private BuildSnapshot snapshot;

    public ReleaseViewModel(ReleasePlanner planner, DraftReleaser drafts, TaskExecutor tasks, DialogService dialogs,
            String actor) {
        this.planner = planner;
        this.drafts = drafts;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.actor = actor;
    }

    /** A new picture of the plane: its repositories to choose from, kept for the next plan. */
    public void accept(BuildSnapshot next) {
        snapshot = next;
        List<RepoId> ids = next.repos().stream().filter(r -> !r.archived()).map(Repo::id).sorted().toList();
        if (!ids.equals(repos)) {
            repos.setAll(ids);
        }
    }

    /** Plans {@code repo}'s next release (a newer choice drops an older plan still being made). */
    public void select(RepoId repo) {
        selected.set(repo);
        refresh();
    }

    public void refresh() {
        RepoId repo = selected.get();
        BuildSnapshot at = snapshot;
        if (repo == null || at == null) {
            return;
        }
        busy.set(true);
        message.set("Planning the next release of " + repo + " …");
        tasks.execute(BackgroundTask.of("plan the next release of " + repo,
                        () -> planner.plan(repo, at, previews(at), Optional.empty()))
                .whileCurrent(planning.next())
                .onSuccess(made -> {
                    busy.set(false);
                    plan.set(made);
                    message.set(""); // the verdict in large letters and the checks say it: no second "READY vX"
                    draftRefusal.set(DraftReleaser.refusal(made).orElse(""));
                })
                .onFailure(e -> {
                    busy.set(false);
                    plan.set(null);
                    draftRefusal.set("No plan: " + e.getMessage());
                    message.set("Cannot plan the release of " + repo + ": " + e.getMessage());
                }));
    }

    /** The previews the plane watches, or why there are none to look at. */
    private static ReadinessInputs.Fact<List<Preview>> previews(BuildSnapshot at) {
        return at.cluster().available() ? ReadinessInputs.Fact.of(at.previews())
                : ReadinessInputs.Fact.missing("no cluster: " + at.cluster().problem());
    }

    /** Asks, then creates the draft release of the plan shown; does nothing when the user may not. */
    public void createDraft() {
        ReleasePlan shown = plan.get();
        if (shown == null || !draftRefusal.get().isEmpty()) {
            return;
        }
        String tag = shown.nextTag().orElseThrow();
        String body = "A draft release " + tag + " of " + shown.repo() + " at " + shown.candidateSha()
                + ", with the generated notes. GitHub keeps it a draft, without a tag, until someone publishes it there."
                + (shown.readiness().ready() ? "" : "\n\nThe release is NOT READY: " + shown.verdictSentence());
        if (!dialogs.confirm("Create draft release", "Create draft release " + tag + " of " + shown.repo() + "?", body,
                "Create draft " + tag)) {
            return;
        }
        busy.set(true);
        tasks.execute(BackgroundTask.of("create draft release " + tag + " of " + shown.repo(),
                        () -> drafts.createDraft(shown, actor))
                .onSuccess((Release created) -> {
                    busy.set(false);
                    message.set("Created draft release " + created.tagName() + ": " + created.htmlUrl());
                    dialogs.info("Draft release created", "Draft release " + created.tagName() + " of " + shown.repo(),
                            created.htmlUrl());
                })
                .onFailure(e -> {
                    busy.set(false);
                    message.set("The draft was not created: " + e.getMessage());
                    dialogs.error("Draft release not created", "The draft release " + tag + " was not created", e.getMessage());
                }));
    }

    public ObservableList<RepoId> repos() {
        return reposView;
    }

    public ReadOnlyObjectProperty<RepoId> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ReleasePlan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Why Create draft release is disabled, or "" when it is enabled. */
    public ReadOnlyStringProperty draftRefusalProperty() {
        return draftRefusal.getReadOnlyProperty();
    }
}
