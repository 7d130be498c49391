package io.intelgraph.maestro.cli;

import io.intelgraph.maestro.github.GitHubPoller;
import io.intelgraph.maestro.github.PollScheduler;
import io.intelgraph.maestro.hub.HubSource;
import io.intelgraph.maestro.model.build.BuildState;
import io.intelgraph.maestro.store.BuildSnapshot;
import io.intelgraph.maestro.store.Freshness;
import io.intelgraph.maestro.store.TileQuery;
import io.intelgraph.maestro.store.TileSort;
import io.intelgraph.maestro.text.TerminalText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code status}: one sync, then the same tiles the HUD shows, as a table or JSON. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = {"Print the build tiles the HUD shows, once, as a table or JSON.",
                "Exit code: 0 all fresh; 1 something could not be read (the message says what)."})
final class StatusCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Mixin
    SourceOptions source;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    @Option(names = "--filter", paramLabel = "TEXT", description = "Only tiles matching this text.")
    String filter;

    @Option(names = "--state", paramLabel = "STATE", split = ",",
            description = "Only tiles in these states: ${COMPLETION-CANDIDATES}.")
    List<BuildState> states;

    @Option(names = "--sort", paramLabel = "ORDER", description = "${COMPLETION-CANDIDATES} (default FAILING_FIRST).")
    TileSort sort = TileSort.FAILING_FIRST;

    private static final Duration HUB_WAIT = Duration.ofSeconds(10);

    @Override
    public Integer call() throws Exception {
        // The whole object graph: the configuration and the runtime built for it.
        try (HudRuntime runtime = HudRuntime.create(main.config(source), main.tokens())) {
            if (runtime.hub().isPresent()) {
                return fromHub(runtime);
            }
            GitHubPoller.CycleResult result = runtime.poller().syncOnce();
            BuildSnapshot snapshot = runtime.plane().snapshot();
            TileQuery query = TileQuery.ALL.withText(filter).withSort(sort)
                    .withStates(states == null ? EnumSet.noneOf(BuildState.class) : EnumSet.copyOf(states));
            List<PollScheduler.RepoFreshness> freshness = runtime.poller().freshness();
            main.out().print(json ? StatusReport.json(snapshot, query, freshness)
                    : StatusReport.table(snapshot, query, freshness));
            main.out().flush();
            if (!result.ok() || !result.repoErrors().isEmpty()) {
                if (!result.ok()) {
                    main.err().println("error: " + TerminalText.escape(result.failure()));
                }
                result.repoErrors().forEach(e -> main.err().println("error: " + TerminalText.escape(e)));
                main.err().flush();
                return 1;
            }
            return 0;
        }
    }

    /** Hub mode: the hub's first picture, or why there is none (exit 1). */
    private int fromHub(HudRuntime runtime) throws InterruptedException {
        runtime.start();
        long deadline = System.nanoTime() + HUB_WAIT.toNanos();
        HubSource hub = runtime.hub().orElseThrow();
        while (!hub.received() && runtime.plane().snapshot().health().freshness() != Freshness.STALE
                && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        BuildSnapshot snapshot = runtime.plane().snapshot();
        TileQuery query = TileQuery.ALL.withText(filter).withSort(sort)
                .withStates(states == null ? EnumSet.noneOf(BuildState.class) : EnumSet.copyOf(states));
        // The hub's feed carries tiles, not the poller's per-repository freshness.
        main.out().print(json ? StatusReport.json(snapshot, query, List.of())
                : StatusReport.table(snapshot, query, List.of()));
        main.out().flush();
        if (!hub.received() || snapshot.health().freshness() == Freshness.STALE) {
            String why = snapshot.health().message().isEmpty() ? "no snapshot from the " + runtime.sourceName()
                    + " within " + HUB_WAIT.toSeconds() + " s" : snapshot.health().message();
            main.err().println("error: " + TerminalText.escape(why));
            main.err().flush();
            return 1;
        }
        return 0;
    }
}
