package io.intelgraph.maestro.ui.detail;

import io.intelgraph.maestro.github.GitHubClient;
import io.intelgraph.maestro.github.GitHubException;
import io.intelgraph.maestro.model.build.BuildState;
import io.intelgraph.maestro.model.build.Job;
import io.intelgraph.maestro.model.repo.Repo;
import io.intelgraph.maestro.model.build.RunStatus;
import io.intelgraph.maestro.model.build.WorkflowRun;
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
 * and the re-run actions with the reason when they are not allowed. It follows newer snapshots of
 * the tile it shows ({@link #follow}), so a run that completes becomes re-runnable while open.
 */
public final class RunDetailViewModel {

    private final GitHubClient client;
    private final Executor background;
    /** Where results land: the FX thread in the app, the calling thread in a test. */
    private final Executor fx;
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
    /** The token's push permission as asked of GitHub for the open run, or why asking failed. */
    private Optional<Boolean> fetchedPermission = Optional.empty();
    private String permissionProblem = "";

    public RunDetailViewModel(GitHubClient client, Executor background, Supplier<BuildSnapshot> snapshot, Runnable refresh) {
        this(client, background, Platform::runLater, snapshot, refresh);
    }

    public RunDetailViewModel(GitHubClient client, Executor background, Executor fx, Supplier<BuildSnapshot> snapshot,
            Runnable refresh) {
        this.client = client;
        this.background = background;
        this.fx = fx;
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
        fetchedPermission = Optional.empty();
        permissionProblem = "";
        WorkflowRun run = selected.headline();
        decideRerun(selected);
        loadJobs(run, mine);
        if (client.http().hasToken() && knownPermission(run).isEmpty()) {
            background.execute(() -> {
                Optional<Boolean> canPush;
                String problem = "";
                try {
                    canPush = client.getRepo(run.repo()).value().canPush().or(() -> Optional.of(false));
                } catch (GitHubException e) {
                    // Only GitHub's own "no" says the token cannot write; a failed request says nothing.
                    boolean refused = e.kind() == GitHubException.Kind.FORBIDDEN || e.kind() == GitHubException.Kind.NOT_FOUND
                            || e.kind() == GitHubException.Kind.UNAUTHORIZED;
                    canPush = refused ? Optional.of(false) : Optional.empty();
                    problem = refused ? "" : e.getMessage();
                } catch (RuntimeException e) {
                    canPush = Optional.empty();
                    problem = describe(e);
                }
                Optional<Boolean> result = canPush;
                String why = problem;
                fx.execute(() -> {
                    if (mine == generation) {
                        fetchedPermission = result;
                        permissionProblem = why;
                        decideRerun(tile.get());
                    }
                });
            });
        }
    }

    private void loadJobs(WorkflowRun run, long mine) {
        loading.set(true);
        background.execute(() -> {
            String failure;
            try {
                List<Job> loaded = client.listJobs(run.repo(), run.id()).value();
                fx.execute(() -> {
                    if (mine == generation) {
                        jobs.setAll(loaded);
                        loading.set(false);
                    }
                });
                return;
            } catch (GitHubException e) {
                failure = e.getMessage();
            } catch (RuntimeException e) {
                failure = describe(e); // a bug below must not leave the spinner running
            }
            String shown = failure;
            fx.execute(() -> {
                if (mine == generation) {
                    error.set("Cannot load jobs: " + shown);
                    loading.set(false);
                }
            });
        });
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
                loadJobs(after, generation);
            }
        });
    }

    /** An unexpected failure in words, even when it carries no message. */
    private static String describe(RuntimeException e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
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

    private void decideRerun(BuildTile selected) {
        if (selected == null) {
            return;
        }
        WorkflowRun run = selected.headline();
        Optional<Boolean> canPush = knownPermission(run).or(() -> fetchedPermission);
        String reason;
        if (!client.http().hasToken()) {
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
        background.execute(() -> {
            String failure;
            try {
                client.rerun(run.repo(), run.id(), failedJobsOnly);
                fx.execute(() -> message.set("Re-run requested: " + run.workflowName() + " #" + run.runNumber()));
                refresh.run();
                return;
            } catch (GitHubException e) {
                failure = "Re-run refused: " + e.getMessage();
            } catch (RuntimeException e) {
                failure = "Re-run failed: " + describe(e);
            }
            String shown = failure;
            fx.execute(() -> {
                message.set("");
                error.set(shown);
                decideRerun(selected);
            });
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
