package io.intelgraph.maestro.ui.slo;

import io.intelgraph.maestro.model.repo.Repo;
import io.intelgraph.maestro.model.repo.RepoId;
import io.intelgraph.maestro.slo.SloMark;
import io.intelgraph.maestro.slo.SloMarker;
import io.intelgraph.maestro.slo.SloReader;
import io.intelgraph.maestro.slo.WorkflowSlo;
import io.intelgraph.maestro.store.BuildSnapshot;
import io.intelgraph.maestro.store.BuildTile;
import io.intelgraph.maestro.store.DefaultBranches;
import io.intelgraph.maestro.store.TileKey;
import io.intelgraph.maestro.ui.task.BackgroundTask;
import io.intelgraph.maestro.ui.task.Generation;
import io.intelgraph.maestro.ui.task.TaskExecutor;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Build-time SLOs: the tiles' marks (a tile whose latest successful run of a workflow was over its
 * target), worked out on a worker for each new picture of the plane, one pass at a time, the newest
 * picture next; and the SLO panel's workflows of the chosen repository, with the one whose runs are
 * plotted. FX thread only.
 */
public final class SloViewModel {

    /** Between passes over the same picture while runs are left to judge. */
    static final Duration NEXT_PASS = Duration.ofSeconds(3);
    /**
     * Between the starts of two passes, whatever arrives: a mark changes only when a run completes, and
     * a wall under load delivers a picture every frame — a pass per picture kept a core's worker busy.
     */
    static final Duration MIN_GAP = Duration.ofSeconds(1);

    /** The marking passes, one at a time: none due, one waiting for {@link #MIN_GAP} to pass, or one running. */
    private enum Pass { IDLE, WAITING, RUNNING }

    private final SloMarker marker;
    private final SloReader reader;
    private final TaskExecutor tasks;
    private final Generation reading = new Generation();
    private final ObservableList<RepoId> repos = FXCollections.observableArrayList();
    private final ObservableList<RepoId> reposView = FXCollections.unmodifiableObservableList(repos);
    private final ObservableList<WorkflowSlo> workflows = FXCollections.observableArrayList();
    private final ObservableList<WorkflowSlo> workflowsView = FXCollections.unmodifiableObservableList(workflows);
    private final ReadOnlyObjectWrapper<RepoId> selectedRepo = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<WorkflowSlo> selectedWorkflow = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("Choose a repository to see its build times.");
    private final ReadOnlyLongWrapper marksVersion = new ReadOnlyLongWrapper();
    private Map<TileKey, SloMark> marks = Map.of();
    private BuildSnapshot snapshot;
    private BuildSnapshot pending;
    private Pass pass = Pass.IDLE;
    /** When the last pass started ({@link System#nanoTime}); 0 = a pass may start now. */
    private long lastPassStarted;

    public SloViewModel(SloMarker marker, SloReader reader, TaskExecutor tasks) {
        this.marker = marker;
        this.reader = reader;
        this.tasks = tasks;
    }

    public void accept(BuildSnapshot next) {
        BuildSnapshot previous = snapshot;
        snapshot = next;
        // The plane hands over the same list while no repository changed: nothing to sort again.
        if (previous == null || previous.repos() != next.repos()) {
            List<RepoId> ids = next.repos().stream().filter(r -> !r.archived()).map(Repo::id).sorted().toList();
            if (!ids.equals(repos)) {
                repos.setAll(ids);
            }
        }
        pending = next;
        markNext();
    }

    /** One marking pass at a time; a picture that arrives meanwhile waits, and only the newest. */
    private void markNext() {
        if (pass != Pass.IDLE || pending == null) {
            return;
        }
        long wait = lastPassStarted + MIN_GAP.toNanos() - System.nanoTime();
        if (lastPassStarted != 0 && wait > 0) {
            pass = Pass.WAITING; // later pictures replace the pending one until it starts
            tasks.schedule(Duration.ofNanos(wait), BackgroundTask.of("wait for the next marking pass", () -> null)
                    .onSuccess(nothing -> {
                        pass = Pass.IDLE;
                        lastPassStarted = 0;
                        markNext();
                    }));
            return;
        }
        BuildSnapshot at = pending;
        pending = null;
        pass = Pass.RUNNING;
        lastPassStarted = System.nanoTime();
        tasks.execute(BackgroundTask.of("mark tiles over their build-time target",
                        () -> marker.marks(at, SloMarker.NEW_RUNS_PER_PASS))
                .onSuccess(found -> {
                    pass = Pass.IDLE;
                    if (!found.marks().equals(marks)) {
                        marks = found.marks();
                        marksVersion.set(marksVersion.get() + 1);
                    }
                    if (!found.complete()) {
                        // Runs were left for later: another pass over this picture soon, unless a newer one comes first.
                        tasks.schedule(NEXT_PASS, BackgroundTask.of("schedule the next marking pass", () -> null)
                                .onSuccess(nothing -> {
                                    if (pending == null) {
                                        pending = at;
                                    }
                                    markNext();
                                }));
                    }
                    markNext();
                })
                .onFailure(e -> {
                    pass = Pass.IDLE; // the marks stay as they were; the next picture tries again
                    markNext();
                }));
    }

    /** The tile's mark, when one of its latest runs was over its target. */
    public Optional<SloMark> markOf(BuildTile tile) {
        return Optional.ofNullable(marks.get(tile.key()));
    }

    /** Goes up whenever the marks change: the tiles redraw. */
    public ReadOnlyLongProperty marksVersionProperty() {
        return marksVersion.getReadOnlyProperty();
    }

    /** Reads {@code repo}'s workflows' build times (runs, jobs, comparisons) on a worker. */
    public void selectRepo(RepoId repo) {
        selectedRepo.set(repo);
        String defaultBranch = DefaultBranches.of(snapshot == null ? List.of() : snapshot.repos()).of(repo);
        message.set("Reading the build times of " + repo + " …");
        tasks.execute(BackgroundTask.of("read the build times of " + repo, () -> reader.read(repo, defaultBranch))
                .whileCurrent(reading.next())
                .onSuccess(read -> {
                    workflows.setAll(read);
                    long breached = read.stream().filter(WorkflowSlo::breached).count();
                    message.set(read.isEmpty() ? repo + " has no successful run to measure yet."
                            : read.size() + " workflows of " + repo + ": " + (breached == 0 ? "every one within its targets"
                            : breached + " over a target (p95)") + ". Targets: cold " + minutes(reader.targets().cold())
                            + ", warm " + minutes(reader.targets().warm()) + " unless configured per repository or workflow.");
                    selectWorkflow(read.stream().filter(WorkflowSlo::breached).findFirst()
                            .orElse(read.isEmpty() ? null : read.get(0)));
                })
                .onFailure(e -> {
                    workflows.clear();
                    selectWorkflow(null);
                    message.set("Cannot read the build times of " + repo + ": " + e.getMessage());
                }));
    }

    public void selectWorkflow(WorkflowSlo workflow) {
        selectedWorkflow.set(workflow);
    }

    private static String minutes(Duration d) {
        return d.toSeconds() % 60 == 0 ? d.toMinutes() + " min" : d.toSeconds() + " s";
    }

    public ObservableList<RepoId> repos() {
        return reposView;
    }

    public ObservableList<WorkflowSlo> workflows() {
        return workflowsView;
    }

    public ReadOnlyObjectProperty<RepoId> selectedRepoProperty() {
        return selectedRepo.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<WorkflowSlo> selectedWorkflowProperty() {
        return selectedWorkflow.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
