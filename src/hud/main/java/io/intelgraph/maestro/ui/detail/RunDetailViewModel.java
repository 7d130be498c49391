package io.intelgraph.maestro.ui.detail;

import io.intelgraph.maestro.github.GitHubClient;
import io.intelgraph.maestro.github.GitHubException;
import io.intelgraph.maestro.hub.HubSource;
import io.intelgraph.maestro.model.build.BuildState;
import io.intelgraph.maestro.model.build.Job;
import io.intelgraph.maestro.model.build.RunStatus;
import io.intelgraph.maestro.model.build.WorkflowRun;
import io.intelgraph.maestro.model.repo.Repo;
import io.intelgraph.maestro.store.BuildSnapshot;
import io.intelgraph.maestro.store.BuildTile;
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

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The detail panel of one tile: the run's jobs and steps (loaded off the FX thread), its link,
 * and the re-run actions with the reason when they are not allowed. It follows newer snapshots of
 * the tile it shows ({@link #follow}), so a run that completes becomes re-runnable while open.
 */
public final class RunDetailViewModel {

    private final GitHubClient client;
    private final TaskExecutor tasks;
    private final Supplier<BuildSnapshot> snapshot;
    private final Runnable refresh;
    private final ReadOnlyObjectWrapper<BuildTile> tile = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Job> jobs = FXCollections.observableArrayList();
    private final ObservableList<Job> jobsView = FXCollections.unmodifiableObservableList(jobs);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canRerunAll = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRerunFailed = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper rerunReason = new ReadOnlyStringWrapper("");
    /** The tile opened: a permission answer for an earlier one is dropped. */
    private final Generation opened = new Generation();
    /** The jobs asked for: a list for an earlier run or attempt is dropped. */
    private final Generation jobLoads = new Generation();
    /** The token's push permission as asked of GitHub for the open run, or why asking failed. */
    private Optional<Boolean> fetchedPermission = Optional.empty();
    private String permissionProblem = "";

    /** What asking GitHub for the permission found: an answer, or why there is none. */
    private record Permission(Optional<Boolean> canPush, String problem) {
    }

    /**
     * @param snapshot the plane's latest snapshot (the repositories' known permissions)
     * @param refresh  asks for an early poll after a re-run (called on a worker)
     */
    public RunDetailViewModel(GitHubClient client, TaskExecutor tasks, Supplier<BuildSnapshot> snapshot, Runnable refresh) {
        this.client = client;
        this.tasks = tasks;
        this.snapshot = snapshot;
        this.refresh = refresh;
    }

    /** The plane's latest snapshot, for the panels that read beyond the tile (distillation). */
    public BuildSnapshot snapshot() {
        return snapshot.get();
    }

    public void open(BuildTile selected) {
        Generation.Ticket ticket = opened.next();
        tile.set(selected);
        jobs.clear();
        error.set("");
        message.set("");
        fetchedPermission = Optional.empty();
        permissionProblem = "";
        WorkflowRun run = selected.headline();
        decideRerun(selected);
        loadJobs(run);
        if (client.http().hasToken() && knownPermission(run).isEmpty()) {
            tasks.execute(BackgroundTask.of("ask whether the token may push to " + run.repo(),
                    () -> new Permission(client.getRepo(run.repo()).value().canPush().or(() -> Optional.of(false)), ""))
                    .whileCurrent(ticket)
                    .onSuccess(this::permissionKnown)
                    .onFailure(e -> permissionKnown(permissionFrom(e))));
        }
    }

    /** Only GitHub's own "no" says the token cannot write; a failed request says nothing either way. */
    private static Permission permissionFrom(Exception failure) {
        if (failure instanceof GitHubException e) {
            boolean refused = e.kind() == GitHubException.Kind.FORBIDDEN || e.kind() == GitHubException.Kind.NOT_FOUND
                    || e.kind() == GitHubException.Kind.UNAUTHORIZED;
            return refused ? new Permission(Optional.of(false), "") : new Permission(Optional.empty(), e.getMessage());
        }
        return new Permission(Optional.empty(), describe(failure));
    }

    private void permissionKnown(Permission permission) {
        fetchedPermission = permission.canPush();
        permissionProblem = permission.problem();
        decideRerun(tile.get());
    }

    private void loadJobs(WorkflowRun run) {
        loading.set(true);
        tasks.execute(BackgroundTask.of("load the jobs of " + run.repo() + " run " + run.id(),
                () -> client.listJobs(run.repo(), run.id()).value())
                .whileCurrent(jobLoads.next())
                .onSuccess(loaded -> {
                    jobs.setAll(loaded);
                    loading.set(false);
                })
                .onFailure(e -> {
                    // A bug below must not leave the spinner running either.
                    error.set("Cannot load jobs: " + (e instanceof GitHubException ? e.getMessage() : describe(e)));
                    loading.set(false);
                }));
    }

    /**
     * A newer snapshot: the open tile's newer state (a run that completed, a new attempt) replaces
     * the one shown, its re-run decision is made again and, for another run or a run that moved on,
     * its jobs are loaded again.
     */
    public void follow(BuildSnapshot next) {
        BuildTile shown = tile.get();
        if (shown == null || next == null) {
            return;
        }
        next.tiles().stream().filter(t -> t.key().equals(shown.key()) && !t.equals(shown)).findFirst().ifPresent(newer -> {
            WorkflowRun before = shown.headline();
            WorkflowRun after = newer.headline();
            tile.set(newer);
            decideRerun(newer);
            if (before.id() != after.id() || before.runAttempt() != after.runAttempt() || before.status() != after.status()) {
                loadJobs(after);
            }
        });
    }

    /** An unexpected failure in words, even when it carries no message. */
    private static String describe(Exception e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    public void close() {
        opened.invalidate();
        jobLoads.invalidate();
        loading.set(false);
        tile.set(null);
    }

    /** Shows a line of news in the panel (a link that could not be opened). */
    public void showMessage(String text) {
        message.set(text);
    }

    private Optional<Boolean> knownPermission(WorkflowRun run) {
        BuildSnapshot current = snapshot.get();
        return current == null ? Optional.empty() : current.repos().stream().filter(r -> r.id().equals(run.repo()))
                .findFirst().flatMap(Repo::canPush);
    }

    /** In hub mode the data comes from the hub, but an action goes out with this machine's token. */
    private boolean fromHub() {
        BuildSnapshot current = snapshot.get();
        return current != null && HubSource.follows(current.health());
    }

    private void decideRerun(BuildTile selected) {
        if (selected == null) {
            return;
        }
        WorkflowRun run = selected.headline();
        Optional<Boolean> canPush = knownPermission(run).or(() -> fetchedPermission);
        String reason;
        if (!client.http().hasToken() && fromHub()) {
            reason = "Re-run is unavailable in hub mode: the hub does not run actions for its displays, and this "
                    + "machine has no GitHub token (set GITHUB_TOKEN to re-run with this machine's credentials).";
        } else if (!client.http().hasToken()) {
            reason = "Re-run needs a GitHub token with write access to Actions (set GITHUB_TOKEN).";
        } else if (run.status() != RunStatus.COMPLETED) {
            reason = "The run is still going; it can be re-run once it completes.";
        } else if (canPush.isEmpty() && !permissionProblem.isEmpty()) {
            reason = "Cannot tell whether your token may re-run this: " + permissionProblem;
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
        // No ticket: whether GitHub took the re-run is news even after the panel moved on.
        tasks.execute(BackgroundTask.of("re-run " + run.repo() + " run " + run.id(),
                () -> client.rerun(run.repo(), run.id(), failedJobsOnly))
                .onSuccess(done -> {
                    message.set("Re-run requested" + (fromHub() ? " with this machine's credentials, not the hub's" : "")
                            + ": " + run.workflowName() + " #" + run.runNumber());
                    tasks.execute(BackgroundTask.of("poll after the re-run", refresh::run));
                })
                .onFailure(e -> {
                    message.set("");
                    error.set(e instanceof GitHubException ? "Re-run refused: " + e.getMessage() : "Re-run failed: " + describe(e));
                    decideRerun(selected);
                }));
    }

    public ReadOnlyObjectProperty<BuildTile> tileProperty() {
        return tile.getReadOnlyProperty();
    }

    public ObservableList<Job> jobs() {
        return jobsView;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRerunAllProperty() {
        return canRerunAll.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRerunFailedProperty() {
        return canRerunFailed.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty rerunReasonProperty() {
        return rerunReason.getReadOnlyProperty();
    }
}
