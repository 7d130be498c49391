package io.intelgraph.maestro.ui.detail;

import io.intelgraph.maestro.distill.RecommendationText;
import io.intelgraph.maestro.model.distill.RunnerQuote;
import io.intelgraph.maestro.runners.RunnerRanking;
import io.intelgraph.maestro.store.BuildSnapshot;
import io.intelgraph.maestro.store.BuildTile;
import io.intelgraph.maestro.ui.task.BackgroundTask;
import io.intelgraph.maestro.ui.task.TaskExecutor;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/**
 * The Distillation tab: the engine's recommendation for the branch, the teachers' activations and
 * reasons, the ranked runners. The runner quotes (runners.json) are read off the FX thread, at
 * start and again when they are older than {@link #QUOTES_KEPT} as a tile is shown — never on
 * the FX thread, never once per tab switch.
 */
public final class DistillationViewModel {

    /** Edits to runners.json show within this long. */
    static final Duration QUOTES_KEPT = Duration.ofSeconds(30);
    private static final int RUNNERS_SHOWN = 5;

    /** The runner quotes to rank (runners.json in the config directory, else the examples). */
    @FunctionalInterface
    public interface Quotes {
        List<RunnerQuote> load() throws IOException;
    }

    private final Supplier<BuildSnapshot> snapshot;
    private final Quotes quotes;
    private final TaskExecutor tasks;
    private final Clock clock;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private List<RunnerQuote> offers = List.of();
    /** Why the quotes cannot be ranked, or "". */
    private String quotesProblem = "";
    /** When the quotes were last read; null before the first read ends. */
    private Instant quotesRead;
    private boolean reading;
    private BuildTile shown;

    /** @param snapshot the plane's latest snapshot (the engine's recommendations) */
    public DistillationViewModel(Supplier<BuildSnapshot> snapshot, Quotes quotes, TaskExecutor tasks, Clock clock) {
        this.snapshot = snapshot;
        this.quotes = quotes;
        this.tasks = tasks;
        this.clock = clock;
        readQuotes();
    }

    /** Shows the tile's latest recommendation (the engine runs every few seconds in the background). */
    public void show(BuildTile tile) {
        shown = tile;
        render();
        if (!reading && quotesRead != null && Duration.between(quotesRead, clock.instant()).compareTo(QUOTES_KEPT) > 0) {
            readQuotes();
        }
    }

    private void readQuotes() {
        reading = true;
        tasks.execute(BackgroundTask.of("read the runner quotes", quotes::load)
                .onSuccess(read -> quotesRead(read, ""))
                .onFailure(e -> quotesRead(List.of(), "Runner quotes cannot be ranked: " + e.getMessage())));
    }

    private void quotesRead(List<RunnerQuote> read, String problem) {
        offers = read;
        quotesProblem = problem;
        quotesRead = clock.instant();
        reading = false;
        render();
    }

    private void render() {
        BuildSnapshot current = snapshot.get();
        if (shown == null || current == null) {
            text.set("");
            return;
        }
        String note = quotesRead == null ? "\n  (reading the runner quotes…)"
                : quotesProblem.isEmpty() ? "" : "\n\n" + quotesProblem;
        text.set(current.recommendationOf(shown)
                .map(r -> RecommendationText.describe(r, RunnerRanking.rank(offers, r.recommendation(),
                        r.studentConfidence(), false).stream().limit(RUNNERS_SHOWN).toList()) + note)
                .orElse("The engine has not judged this branch yet (it runs every 10 seconds)."
                        + (quotesProblem.isEmpty() ? "" : "\n\n" + quotesProblem)));
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }
}
