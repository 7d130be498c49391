package io.intelgraph.maestro.ui.evidence;

import io.intelgraph.maestro.github.GitHubException;
import io.intelgraph.maestro.model.evidence.RunEvidence;
import io.intelgraph.maestro.model.build.RunStatus;
import io.intelgraph.maestro.model.build.WorkflowRun;
import io.intelgraph.maestro.supplychain.EvidenceCollector;
import io.intelgraph.maestro.model.evidence.Finding;
import io.intelgraph.maestro.model.evidence.Sbom;
import io.intelgraph.maestro.model.evidence.SbomComponent;
import io.intelgraph.maestro.model.evidence.ScanReport;
import io.intelgraph.maestro.model.evidence.Severity;
import io.intelgraph.maestro.supplychain.ComponentSearch;
import io.intelgraph.maestro.supplychain.FindingFilter;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;

/**
 * The supply-chain panels of one run: its evidence, loaded off the FX thread the first time a
 * panel is looked at (each load costs a handful of API requests), kept for completed runs, whose
 * artifacts do not change. Plus the Scan filter and the SBOM search as properties the views bind.
 */
public final class EvidenceViewModel {

    private static final int CACHED_RUNS = 32;

    private final EvidenceCollector collector;
    private final Executor background;
    /** Read on the FX thread and by the history loader, hence synchronized. */
    private final Map<Long, RunEvidence> completed = java.util.Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, RunEvidence> eldest) {
            return size() > CACHED_RUNS;
        }
    });
    /** How many runs (the shown one included) a test's history covers. */
    private static final int HISTORY_RUNS = 5;
    private List<WorkflowRun> recent = List.of();
    private final ObjectProperty<io.intelgraph.maestro.supplychain.TestHistory> testHistory = new SimpleObjectProperty<>();
    private final StringProperty historyStatus = new SimpleStringProperty("");
    private long historyGeneration;
    private final ObjectProperty<WorkflowRun> run = new SimpleObjectProperty<>();
    private final ObjectProperty<RunEvidence> evidence = new SimpleObjectProperty<>();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final StringProperty error = new SimpleStringProperty("");
    private final ObjectProperty<FindingFilter> findingFilter = new SimpleObjectProperty<>(FindingFilter.ALL);
    private final StringProperty componentQuery = new SimpleStringProperty("");
    private final java.util.function.Consumer<RunEvidence> onLoaded;
    private long generation;
    // What the panels list, computed off the FX thread: a 100 MB report holds ~100,000 rows.
    private final ObjectProperty<List<Finding>> findings = new SimpleObjectProperty<>(List.of());
    private final ObjectProperty<Map<Severity, Integer>> severityCounts = new SimpleObjectProperty<>(Map.of());
    private final ObjectProperty<Sbom> sbom = new SimpleObjectProperty<>();
    private final ObjectProperty<List<SbomComponent>> components = new SimpleObjectProperty<>(List.of());
    private final Executor filtering = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "hud-report-filter");
        t.setDaemon(true);
        return t;
    });
    private final java.util.concurrent.atomic.AtomicLong findingsVersion = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicLong componentsVersion = new java.util.concurrent.atomic.AtomicLong();
    // Touched only on the filtering thread.
    private Sbom searchedSbom;
    private ComponentSearch search;

    /** @param onLoaded told of each evidence read (on the FX thread), e.g. to give its tile the badges */
    public EvidenceViewModel(EvidenceCollector collector, Executor background, java.util.function.Consumer<RunEvidence> onLoaded) {
        this.collector = collector;
        this.background = background;
        this.onLoaded = onLoaded;
        evidence.addListener((o, a, e) -> {
            sbom.set(e == null || e.sboms().isEmpty() ? null : e.sboms().get(0));
            refilterFindings();
        });
        findingFilter.addListener((o, a, f) -> refilterFindings());
        sbom.addListener((o, a, b) -> researchComponents());
        componentQuery.addListener((o, a, q) -> researchComponents());
    }

    /** Recomputes the Scan panel's rows and counts off the FX thread; only the newest result is shown. */
    private void refilterFindings() {
        RunEvidence current = evidence.get();
        FindingFilter filter = findingFilter.get();
        newestOnly(findingsVersion, () -> {
            List<Finding> all = current == null ? List.of() : current.findings();
            return Map.entry(ScanReport.countBySeverity(all), filter.apply(all));
        }, result -> {
            severityCounts.set(result.getKey());
            findings.set(result.getValue());
        });
    }

    private void researchComponents() {
        Sbom current = sbom.get();
        String query = componentQuery.get();
        newestOnly(componentsVersion, () -> {
            if (current != searchedSbom) {
                search = current == null ? null : new ComponentSearch(current.components());
                searchedSbom = current;
            }
            return search == null ? List.<SbomComponent>of() : search.find(query);
        }, components::set);
    }

    /**
     * Computes on the filtering thread and shows the result on the FX thread, unless a newer change
     * (counted by {@code version}) came meanwhile: then the work is skipped or its result dropped.
     */
    private <T> void newestOnly(java.util.concurrent.atomic.AtomicLong version, java.util.function.Supplier<T> work,
            java.util.function.Consumer<T> show) {
        long mine = version.incrementAndGet();
        filtering.execute(() -> {
            if (mine != version.get()) {
                return; // a newer change is queued
            }
            T result = work.get();
            Platform.runLater(() -> {
                if (mine == version.get()) {
                    show.accept(result);
                }
            });
        });
    }

    /** The Scan panel's rows: the filter applied to every scan's findings (each scan once). */
    public ObjectProperty<List<Finding>> findingsProperty() {
        return findings;
    }

    /** Findings per severity over the run's scans, for the severity toggles. */
    public ObjectProperty<Map<Severity, Integer>> severityCountsProperty() {
        return severityCounts;
    }

    /** The SBOM the SBOM panel shows (the first by default). */
    public ObjectProperty<Sbom> sbomProperty() {
        return sbom;
    }

    /** The SBOM panel's rows: the chosen SBOM's components matching the search. */
    public ObjectProperty<List<SbomComponent>> componentsProperty() {
        return components;
    }

    /** A run was selected: forget the last one's evidence, load nothing yet. */
    public void show(WorkflowRun selected) {
        show(selected, selected == null ? List.of() : List.of(selected));
    }

    /**
     * A run was selected, with its branch's recent runs (any order): a test's history is read from
     * the completed ones of the same workflow.
     */
    public void show(WorkflowRun selected, List<WorkflowRun> branchRuns) {
        recent = selected == null ? List.of() : branchRuns.stream()
                .filter(r -> r.workflowName().equals(selected.workflowName()) && r.status() == RunStatus.COMPLETED
                        && r.id() != selected.id())
                .sorted(java.util.Comparator.comparing(WorkflowRun::runNumber).reversed()).limit(HISTORY_RUNS - 1).toList();
        historyGeneration++;
        testHistory.set(null);
        historyStatus.set("");
        generation++;
        run.set(selected);
        evidence.set(selected == null ? null : completed.get(selected.id()));
        error.set("");
        loading.set(false);
    }

    /** A panel is visible: load the evidence unless it is here or on its way. */
    public void load() {
        WorkflowRun current = run.get();
        if (current == null || evidence.get() != null || loading.get()) {
            return;
        }
        long mine = generation;
        loading.set(true);
        background.execute(() -> {
            try {
                RunEvidence loaded = collector.collect(current);
                Platform.runLater(() -> {
                    if (current.status() == RunStatus.COMPLETED) {
                        completed.put(current.id(), loaded);
                    }
                    onLoaded.accept(loaded);
                    if (mine == generation) {
                        evidence.set(loaded);
                        loading.set(false);
                    }
                });
            } catch (GitHubException | RuntimeException e) {
                Platform.runLater(() -> {
                    if (mine == generation) {
                        error.set("Cannot load the run's reports: " + e.getMessage());
                        loading.set(false);
                    }
                });
            }
        });
    }

    /**
     * Reads how {@code test} ended in the branch's earlier runs of the workflow (their reports are
     * read once and kept), off the FX thread.
     */
    public void historyOf(io.intelgraph.maestro.model.evidence.TestCaseResult test) {
        WorkflowRun current = run.get();
        RunEvidence shown = evidence.get();
        if (current == null || shown == null || test == null) {
            return;
        }
        long mine = ++historyGeneration;
        List<WorkflowRun> earlier = recent;
        testHistory.set(null);
        historyStatus.set(earlier.isEmpty() ? "" : "History: reading " + earlier.size() + " earlier runs…");
        background.execute(() -> {
            List<io.intelgraph.maestro.supplychain.TestHistory.RunWithEvidence> runs = new java.util.ArrayList<>();
            runs.add(new io.intelgraph.maestro.supplychain.TestHistory.RunWithEvidence(current, shown));
            String problem = "";
            for (WorkflowRun earlierRun : earlier) {
                if (mine != historyGeneration) {
                    return;
                }
                try {
                    RunEvidence e = completed.get(earlierRun.id());
                    if (e == null) {
                        e = collector.collect(earlierRun);
                        completed.put(earlierRun.id(), e);
                    }
                    runs.add(new io.intelgraph.maestro.supplychain.TestHistory.RunWithEvidence(earlierRun, e));
                } catch (GitHubException | RuntimeException ex) {
                    problem = "History incomplete: " + ex.getMessage();
                    break;
                }
            }
            io.intelgraph.maestro.supplychain.TestHistory history = io.intelgraph.maestro.supplychain.TestHistory.of(test, runs);
            String status = problem;
            Platform.runLater(() -> {
                if (mine == historyGeneration) {
                    testHistory.set(history);
                    historyStatus.set(status);
                }
            });
        });
    }

    public ObjectProperty<io.intelgraph.maestro.supplychain.TestHistory> testHistoryProperty() {
        return testHistory;
    }

    public StringProperty historyStatusProperty() {
        return historyStatus;
    }

    /** Loads again (a run still in progress gains artifacts as it goes). */
    public void reload() {
        WorkflowRun current = run.get();
        if (current != null) {
            completed.remove(current.id());
            List<WorkflowRun> keep = new java.util.ArrayList<>(recent);
            keep.add(current);
            show(current, keep);
            load();
        }
    }

    public ObjectProperty<WorkflowRun> runProperty() {
        return run;
    }

    public ObjectProperty<RunEvidence> evidenceProperty() {
        return evidence;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public ObjectProperty<FindingFilter> findingFilterProperty() {
        return findingFilter;
    }

    public StringProperty componentQueryProperty() {
        return componentQuery;
    }
}
