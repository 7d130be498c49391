package io.intelgraph.maestro.cli;

import io.intelgraph.maestro.config.HudConfig;
import io.intelgraph.maestro.github.GitHubException;
import io.intelgraph.maestro.github.GitHubPoller;
import io.intelgraph.maestro.model.repo.Repo;
import io.intelgraph.maestro.slo.SloReader;
import io.intelgraph.maestro.slo.WorkflowSlo;
import io.intelgraph.maestro.store.BuildSnapshot;
import io.intelgraph.maestro.text.TerminalText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code slo}: every workflow's build times against the cold and warm targets, and the runs over them. */
@Command(name = "slo", mixinStandardHelpOptions = true,
        description = {"Build-time SLOs: p50/p95 of cold and warm builds and the queue time of each workflow's last runs,"
                + " against the targets (slo.cold-minutes, slo.warm-minutes in config.properties; 15 and 5 by default).",
                "Exit code: 0 every workflow within its targets; 3 a workflow's p95 is over one; 1 something could not be read."})
final class SloCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Mixin
    SourceOptions source;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    @Option(names = "--runs", paramLabel = "N", description = "Successful runs per workflow to measure (default 20).")
    int runs = 20;

    @Override
    public Integer call() throws Exception {
        HudConfig config = main.config(source);
        try (HudRuntime runtime = HudRuntime.create(config, main.tokens())) {
            GitHubPoller.CycleResult result = runtime.poller().syncOnce();
            List<String> errors = new ArrayList<>(result.repoErrors());
            if (!result.ok()) {
                errors.add(result.failure());
            }
            BuildSnapshot snapshot = runtime.plane().snapshot();
            SloReader reader = new SloReader(runtime.client(), config.sloTargets(), Math.max(1, runs));
            List<Repo> repos = snapshot.repos().stream().filter(r -> !r.archived())
                    .filter(r -> config.repos().isEmpty() || config.repos().contains(r.id()))
                    .sorted((a, b) -> a.id().compareTo(b.id())).toList();
            List<WorkflowSlo> workflows = new ArrayList<>();
            for (Repo repo : repos) {
                try {
                    workflows.addAll(reader.read(repo.id(), repo.defaultBranch()));
                } catch (GitHubException e) {
                    errors.add(repo.id() + ": " + e.getMessage());
                }
            }
            if (json) {
                main.out().print(SloReport.json(workflows, errors));
            } else {
                main.out().println("Source: " + TerminalText.escape(runtime.sourceName()));
                main.out().print(SloReport.table(workflows));
            }
            main.out().flush();
            errors.forEach(e -> main.err().println("error: " + TerminalText.escape(e)));
            main.err().flush();
            if (!errors.isEmpty()) {
                return 1;
            }
            return workflows.stream().anyMatch(WorkflowSlo::breached) ? 3 : 0;
        }
    }
}
