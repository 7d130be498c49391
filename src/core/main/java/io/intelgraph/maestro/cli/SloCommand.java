package io.intelgraph.maestro.cli;

import io.intelgraph.maestro.config.HudConfig;
import io.intelgraph.maestro.github.GitHubClient;
import io.intelgraph.maestro.github.GitHubException;
import io.intelgraph.maestro.github.GitHubPoller;
import io.intelgraph.maestro.model.repo.Repo;
import io.intelgraph.maestro.model.repo.RepoId;
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
import java.util.Optional;
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

    /** The named repositories, else every watched one that is not archived. */
    private static List<RepoId> repos(HudConfig config, BuildSnapshot snapshot) {
        return config.repos().isEmpty()
                ? snapshot.repos().stream().filter(r -> !r.archived()).map(Repo::id).sorted().toList()
                : config.repos();
    }

    /** From the sync when it listed the repository; a repository named with --repo is read on its own. */
    private static String defaultBranch(RepoId id, BuildSnapshot snapshot, GitHubClient github) throws GitHubException {
        Optional<Repo> known = snapshot.repos().stream().filter(r -> r.id().equals(id)).findFirst();
        return (known.isPresent() ? known.get() : github.getRepo(id).value()).defaultBranch();
    }

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
            List<WorkflowSlo> workflows = new ArrayList<>();
            for (RepoId id : repos(config, snapshot)) {
                try {
                    workflows.addAll(reader.read(id, defaultBranch(id, snapshot, runtime.client())));
                } catch (GitHubException e) {
                    errors.add(id + ": " + e.getMessage());
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
