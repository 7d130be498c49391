package io.intelgraph.maestro.ui.detail;

import io.intelgraph.maestro.github.GitHubClient;
import io.intelgraph.maestro.github.GitHubException;
import io.intelgraph.maestro.model.BuildState;
import io.intelgraph.maestro.model.Job;
import io.intelgraph.maestro.model.Repo;
import io.intelgraph.maestro.model.RunStatus;
import io.intelgraph.maestro.model.WorkflowRun;
import io.intelgraph.maestro.store.BuildSnapshot;
import io.intelgraph.maestro.store.BuildTile;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * The detail panel of one tile: the run's jobs and steps (loaded off the FX thread), its link,
 * and the re-run actions with the reason when they are not allowed.
 */
public final class RunDetailViewModel {

    private final GitHubClient client;
    private final Executor background;
    private final Supplier<BuildSnapshot> snapshot;
    private final Runnable refresh;
    private final ObjectProperty<BuildTile> tile = new SimpleObjectProperty<>();
    private final ObservableList<Job> jobs = FXCollections.observableArrayList();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty canRerunAll = new SimpleBooleanProperty();
    private final BooleanProperty canRerunFailed = new SimpleBooleanProperty();
    private final StringProperty rerunReason = new SimpleStringProperty("");
    private long generation;

    public RunDetailViewModel(GitHubClient client, Executor background, Supplier<BuildSnapshot> snapshot, Runnable refresh) {
        this.client = client;
        this.background = background;
        this.snapshot = snapshot;
        this.refresh = refresh;
    }

    /** The plane's latest snapshot, for the panels that read beyond the tile (distillation). */
    public BuildSnapshot snapshot() {
        return snapshot.get();
    }

    public void open(BuildTile selected) {
        long mine = ++generation;
        tile.set(selected);
        jobs.clear();
        error.set("");
        message.set("");
        loading.set(true);
        WorkflowRun run = selected.headline();
        decideRerun(selected, Optional.empty());
        background.execute(() -> {
            try {
                List<Job> loaded = client.listJobs(run.repo(), run.id()).value();
                Platform.runLater(() -> {
                    if (mine == generation) {
                        jobs.setAll(loaded);
                        loading.set(false);
                    }
                });
            } catch (GitHubException e) {
                Platform.runLater(() -> {
                    if (mine == generation) {
                        error.set("Cannot load jobs: " + e.getMessage());
                        loading.set(false);
                    }
                });
            }
        });
        if (client.http().hasToken() && knownPermission(run).isEmpty()) {
            background.execute(() -> {
                Optional<Boolean> canPush;
                try {
                    canPush = client.getRepo(run.repo()).value().canPush();
                } catch (GitHubException e) {
                    canPush = Optional.of(false);
                }
                Optional<Boolean> result = canPush.or(() -> Optional.of(false));
                Platform.runLater(() -> {
                    if (mine == generation) {
                        decideRerun(selected, result);
                    }
                });
            });
        }
    }

    public void close() {
        generation++;
        tile.set(null);
    }

    private Optional<Boolean> knownPermission(WorkflowRun run) {
        BuildSnapshot current = snapshot.get();
        return current == null ? Optional.empty() : current.repos().stream().filter(r -> r.id().equals(run.repo()))
                .findFirst().flatMap(Repo::canPush);
    }

    private void decideRerun(BuildTile selected, Optional<Boolean> fetchedPermission) {
        WorkflowRun run = selected.headline();
        Optional<Boolean> canPush = knownPermission(run).or(() -> fetchedPermission);
        String reason;
        if (!client.http().hasToken()) {
            reason = "Re-run needs a GitHub token with write access to Actions (set GITHUB_TOKEN).";
        } else if (run.status() != RunStatus.COMPLETED) {
            reason = "The run is still going; it can be re-run once it completes.";
        } else if (canPush.isEmpty()) {
            reason = "Checking whether your token may re-run this…";
        } else if (!canPush.get()) {
            reason = "Your token cannot write to " + run.repo() + " (re-running needs push access).";
        } else {
            reason = "";
        }
        canRerunAll.set(reason.isEmpty());
        boolean hasFailures = run.state() == BuildState.FAILED || run.state() == BuildState.CANCELLED;
        canRerunFailed.set(reason.isEmpty() && hasFailures);
        rerunReason.set(reason);
    }

    public void rerun(boolean failedJobsOnly) {
        BuildTile selected = tile.get();
        if (selected == null) {
            return;
        }
        WorkflowRun run = selected.headline();
        canRerunAll.set(false);
        canRerunFailed.set(false);
        message.set("Requesting re-run of " + (failedJobsOnly ? "failed jobs" : "all jobs") + "…");
        background.execute(() -> {
            try {
                client.rerun(run.repo(), run.id(), failedJobsOnly);
                Platform.runLater(() -> message.set("Re-run requested: " + run.workflowName() + " #" + run.runNumber()));
                refresh.run();
            } catch (GitHubException e) {
                Platform.runLater(() -> {
                    message.set("");
                    error.set("Re-run refused: " + e.getMessage());
                    decideRerun(selected, Optional.empty());
                });
            }
        });
    }

    public ObjectProperty<BuildTile> tileProperty() {
        return tile;
    }

    public ObservableList<Job> jobs() {
        return jobs;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty canRerunAllProperty() {
        return canRerunAll;
    }

    public BooleanProperty canRerunFailedProperty() {
        return canRerunFailed;
    }

    public StringProperty rerunReasonProperty() {
        return rerunReason;
    }
}
