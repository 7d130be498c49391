package io.intelgraph.maestro.ui.evidence;

import io.intelgraph.maestro.github.GitHubException;
import io.intelgraph.maestro.model.build.RunStatus;
import io.intelgraph.maestro.model.build.WorkflowRun;
import io.intelgraph.maestro.model.evidence.Finding;
import io.intelgraph.maestro.model.evidence.RunEvidence;
import io.intelgraph.maestro.model.evidence.Sbom;
import io.intelgraph.maestro.model.evidence.SbomComponent;
import io.intelgraph.maestro.model.evidence.ScanReport;
import io.intelgraph.maestro.model.evidence.Severity;
import io.intelgraph.maestro.model.evidence.TestCaseResult;
import io.intelgraph.maestro.supplychain.ComponentSearch;
import io.intelgraph.maestro.supplychain.EvidenceCollector;
import io.intelgraph.maestro.supplychain.FindingFilter;
import io.intelgraph.maestro.supplychain.TestHistory;
import io.intelgraph.maestro.ui.task.BackgroundTask;
import io.intelgraph.maestro.ui.task.Generation;
import io.intelgraph.maestro.ui.task.TaskExecutor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The supply-chain panels of one run: its evidence, loaded off the FX thread the first time a
 * panel is looked at (each load costs a handful of API requests), kept for completed runs, whose
 * artifacts do not change. Plus the Scan filter and the SBOM search, computed off the FX thread.
 */
public final class EvidenceViewModel {

    private static final int CACHED_RUNS = 32;
    /** How many runs (the shown one included) a test's history covers. */
    private static final int HISTORY_RUNS = 5;

    private final EvidenceCollector collector;
    private final TaskExecutor tasks;
    /** Read on the FX thread and by the history loader, hence synchronized. */
    private final Map<Long, RunEvidence> completed = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, RunEvidence> eldest) {
            return size() > CACHED_RUNS;
        }
    });
    private List<WorkflowRun> recent = List.of();
    private final ReadOnlyObjectWrapper<TestHistory> testHistory = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper historyStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<WorkflowRun> run = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<RunEvidence> evidence = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<FindingFilter> findingFilter = new ReadOnlyObjectWrapper<>(FindingFilter.ALL);
    private final ReadOnlyStringWrapper componentQuery = new ReadOnlyStringWrapper("");
    private final Consumer<RunEvidence> onLoaded;
    // Newest only: the run selected, the test whose history is asked, the filter, the search.
    private final Generation selections = new Generation();
    private Generation.Ticket selected = Generation.Ticket.ALWAYS;
    private final Generation histories = new Generation();
    private final Generation filterings = new Generation();
    private final Generation searches = new Generation();
    // What the panels list, computed off the FX thread: a 100 MB report holds ~100,000 rows.
    private final ReadOnlyObjectWrapper<List<Finding>> findings = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<Map<Severity, Integer>> severityCounts = new ReadOnlyObjectWrapper<>(Map.of());
    private final ReadOnlyObjectWrapper<Sbom> sbom = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<SbomComponent>> components = new ReadOnlyObjectWrapper<>(List.of());
    private final SearchIndex index = new SearchIndex();

    /**
     * @param onLoaded told of each evidence read, on the background thread that read it — never on
     *                 the FX thread: it writes to the store (the tile's badges), whose lock the FX
     *                 thread must never wait for
     */
    public EvidenceViewModel(EvidenceCollector collector, TaskExecutor tasks, Consumer<RunEvidence> onLoaded) {
        this.collector = collector;
        this.tasks = tasks;
        this.onLoaded = onLoaded;
        evidence.addListener((o, a, e) -> {
            sbom.set(e == null || e.sboms().isEmpty() ? null : e.sboms().get(0));
            refilterFindings();
        });
        findingFilter.addListener((o, a, f) -> refilterFindings());
        sbom.addListener((o, a, b) -> researchComponents());
        componentQuery.addListener((o, a, q) -> researchComponents());
    }

    /** The SBOM of the last search and its index; building one for 400,000 components is worth keeping. */
    private static final class SearchIndex {
        private Sbom indexed;
        private ComponentSearch search;

        /** Synchronized: two searches in flight share one index instead of building two. */
        synchronized List<SbomComponent> find(Sbom sbom, String query) {
            if (sbom != indexed) {
                search = sbom == null ? null : new ComponentSearch(sbom.components());
                indexed = sbom;
            }
            return search == null ? List.of() : search.find(query);
        }
    }

    /** Recomputes the Scan panel's rows and counts off the FX thread; only the newest result is shown. */
    private void refilterFindings() {
        RunEvidence current = evidence.get();
        FindingFilter filter = findingFilter.get();
        tasks.execute(BackgroundTask.of("filter findings", () -> {
            List<Finding> all = current == null ? List.<Finding>of() : current.findings();
            return Map.entry(ScanReport.countBySeverity(all), filter.apply(all));
        }).whileCurrent(filterings.next()).onSuccess(result -> {
            severityCounts.set(result.getKey());
            findings.set(result.getValue());
        }));
    }

    private void researchComponents() {
        Sbom current = sbom.get();
        String query = componentQuery.get();
        tasks.execute(BackgroundTask.of("search the SBOM", () -> index.find(current, query))
                .whileCurrent(searches.next()).onSuccess(components::set));
    }

    /** The Scan panel's rows: the filter applied to every scan's findings (each scan once). */
    public ReadOnlyObjectProperty<List<Finding>> findingsProperty() {
        return findings.getReadOnlyProperty();
    }

    /** Findings per severity over the run's scans, for the severity toggles. */
    public ReadOnlyObjectProperty<Map<Severity, Integer>> severityCountsProperty() {
        return severityCounts.getReadOnlyProperty();
    }

    /** The SBOM the SBOM panel shows (the first by default). */
    public ReadOnlyObjectProperty<Sbom> sbomProperty() {
        return sbom.getReadOnlyProperty();
    }

    /** The SBOM panel's rows: the chosen SBOM's components matching the search. */
    public ReadOnlyObjectProperty<List<SbomComponent>> componentsProperty() {
        return components.getReadOnlyProperty();
    }

    /** A run was selected: forget the last one's evidence, load nothing yet. */
    public void show(WorkflowRun selectedRun) {
        show(selectedRun, selectedRun == null ? List.of() : List.of(selectedRun));
    }

    /**
     * A run was selected, with its branch's recent runs (any order): a test's history is read from
     * the completed ones of the same workflow.
     */
    public void show(WorkflowRun selectedRun, List<WorkflowRun> branchRuns) {
        recent = selectedRun == null ? List.of() : branchRuns.stream()
                .filter(r -> r.workflowName().equals(selectedRun.workflowName()) && r.status() == RunStatus.COMPLETED
                        && r.id() != selectedRun.id())
                .sorted(Comparator.comparing(WorkflowRun::runNumber).reversed()).limit(HISTORY_RUNS - 1).toList();
        histories.invalidate();
        testHistory.set(null);
        historyStatus.set("");
        selected = selections.next();
        run.set(selectedRun);
        evidence.set(selectedRun == null ? null : completed.get(selectedRun.id()));
        error.set("");
        loading.set(false);
    }

    /** Shows evidence read elsewhere (a benchmark hands a 100 MB report's evidence in directly). */
    public void present(RunEvidence read) {
        evidence.set(read);
    }

    /** A panel is visible: load the evidence unless it is here or on its way. */
    public void load() {
        WorkflowRun current = run.get();
        if (current == null || evidence.get() != null || loading.get()) {
            return;
        }
        Generation.Ticket mine = selected;
        loading.set(true);
        tasks.execute(BackgroundTask.of("read the reports of " + current.repo() + " run " + current.id(),
                () -> {
                    RunEvidence loaded = collector.collect(current);
                    onLoaded.accept(loaded);
                    return loaded;
                })
                .onSuccess(loaded -> {
                    if (current.status() == RunStatus.COMPLETED) {
                        completed.put(current.id(), loaded);
                    }
                    if (mine.isCurrent()) {
                        evidence.set(loaded);
                        loading.set(false);
                    }
                })
                .onFailure(e -> {
                    if (mine.isCurrent()) {
                        error.set("Cannot load the run's reports: " + e.getMessage());
                        loading.set(false);
                    }
                }));
    }

    /**
     * Reads how {@code test} ended in the branch's earlier runs of the workflow (their reports are
     * read once and kept), off the FX thread.
     */
    public void historyOf(TestCaseResult test) {
        WorkflowRun current = run.get();
        RunEvidence shown = evidence.get();
        if (current == null || shown == null || test == null) {
            return;
        }
        Generation.Ticket mine = histories.next();
        List<WorkflowRun> earlier = recent;
        testHistory.set(null);
        historyStatus.set(earlier.isEmpty() ? "" : "History: reading " + earlier.size() + " earlier runs…");
        record Read(TestHistory history, String problem) {
        }
        tasks.execute(BackgroundTask.of("read the history of " + test.name(), () -> {
            List<TestHistory.RunWithEvidence> runs = new ArrayList<>();
            runs.add(new TestHistory.RunWithEvidence(current, shown));
            String problem = "";
            for (WorkflowRun earlierRun : earlier) {
                if (!mine.isCurrent()) {
                    break; // another test was chosen: its history is being read instead
                }
                try {
                    RunEvidence e = completed.get(earlierRun.id());
                    if (e == null) {
                        e = collector.collect(earlierRun);
                        completed.put(earlierRun.id(), e);
                    }
                    runs.add(new TestHistory.RunWithEvidence(earlierRun, e));
                } catch (GitHubException | RuntimeException ex) {
                    problem = "History incomplete: " + ex.getMessage();
                    break;
                }
            }
            return new Read(TestHistory.of(test, runs), problem);
        }).whileCurrent(mine).onSuccess(read -> {
            testHistory.set(read.history());
            historyStatus.set(read.problem());
        }));
    }

    public ReadOnlyObjectProperty<TestHistory> testHistoryProperty() {
        return testHistory.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty historyStatusProperty() {
        return historyStatus.getReadOnlyProperty();
    }

    /** Loads again (a run still in progress gains artifacts as it goes). */
    public void reload() {
        WorkflowRun current = run.get();
        if (current != null) {
            completed.remove(current.id());
            List<WorkflowRun> keep = new ArrayList<>(recent);
            keep.add(current);
            show(current, keep);
            load();
        }
    }

    /** The Scan panel's filter changed ({@code f -> f.withFixableOnly(true)}). */
    public void updateFindingFilter(UnaryOperator<FindingFilter> change) {
        findingFilter.set(change.apply(findingFilter.get()));
    }

    /** The SBOM panel's choice among the run's SBOMs. */
    public void chooseSbom(Sbom chosen) {
        sbom.set(chosen);
    }

    public void setComponentQuery(String query) {
        componentQuery.set(query);
    }

    public ReadOnlyObjectProperty<WorkflowRun> runProperty() {
        return run.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<RunEvidence> evidenceProperty() {
        return evidence.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<FindingFilter> findingFilterProperty() {
        return findingFilter.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty componentQueryProperty() {
        return componentQuery.getReadOnlyProperty();
    }
}
