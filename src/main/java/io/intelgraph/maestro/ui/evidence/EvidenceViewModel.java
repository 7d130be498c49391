package io.intelgraph.maestro.ui.evidence;

import io.intelgraph.maestro.github.GitHubException;
import io.intelgraph.maestro.model.RunEvidence;
import io.intelgraph.maestro.model.RunStatus;
import io.intelgraph.maestro.model.WorkflowRun;
import io.intelgraph.maestro.supplychain.EvidenceCollector;
import io.intelgraph.maestro.supplychain.FindingFilter;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.LinkedHashMap;
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
    private final Map<Long, RunEvidence> completed = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, RunEvidence> eldest) {
            return size() > CACHED_RUNS;
        }
    };
    private final ObjectProperty<WorkflowRun> run = new SimpleObjectProperty<>();
    private final ObjectProperty<RunEvidence> evidence = new SimpleObjectProperty<>();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final StringProperty error = new SimpleStringProperty("");
    private final ObjectProperty<FindingFilter> findingFilter = new SimpleObjectProperty<>(FindingFilter.ALL);
    private final StringProperty componentQuery = new SimpleStringProperty("");
    private final java.util.function.Consumer<RunEvidence> onLoaded;
    private long generation;

    /** @param onLoaded told of each evidence read (on the FX thread), e.g. to give its tile the badges */
    public EvidenceViewModel(EvidenceCollector collector, Executor background, java.util.function.Consumer<RunEvidence> onLoaded) {
        this.collector = collector;
        this.background = background;
        this.onLoaded = onLoaded;
    }

    /** A run was selected: forget the last one's evidence, load nothing yet. */
    public void show(WorkflowRun selected) {
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

    /** Loads again (a run still in progress gains artifacts as it goes). */
    public void reload() {
        WorkflowRun current = run.get();
        if (current != null) {
            completed.remove(current.id());
            show(current);
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
