package io.intelgraph.maestro.cli;

import io.intelgraph.maestro.config.HudConfig;
import io.intelgraph.maestro.github.GitHubException;
import io.intelgraph.maestro.github.GitHubPoller;
import io.intelgraph.maestro.github.TokenSource;
import io.intelgraph.maestro.model.preview.Preview;
import io.intelgraph.maestro.model.repo.Release;
import io.intelgraph.maestro.model.repo.Repo;
import io.intelgraph.maestro.model.repo.RepoId;
import io.intelgraph.maestro.preview.AuditLog;
import io.intelgraph.maestro.release.CandidatePolicy;
import io.intelgraph.maestro.release.DraftReleaser;
import io.intelgraph.maestro.release.ReadinessInputs;
import io.intelgraph.maestro.release.ReleasePlan;
import io.intelgraph.maestro.release.ReleasePlanner;
import io.intelgraph.maestro.store.BuildSnapshot;
import io.intelgraph.maestro.supplychain.EvidenceCollector;
import io.intelgraph.maestro.text.TerminalText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** {@code release plan|create}: the Release view's plan and its draft, from the command line. */
@Command(name = "release", mixinStandardHelpOptions = true,
        description = {"Release readiness: Conventional Commits since the last release → the next version, the changelog,"
                + " the checks; and a draft GitHub release with the generated notes."},
        subcommands = {ReleaseCommand.Plan.class, ReleaseCommand.Create.class})
final class ReleaseCommand {

    @ParentCommand
    Main main;

    /** A line the user should know of that does not stop the command (a stale cluster address removed). */
    void warn(String line) {
        main.err().println(TerminalText.escape(line));
        main.err().flush();
    }

    /** One sync of the named repositories (or the watched organisation), then a plan per repository. */
    static final class Planning implements AutoCloseable {
        final HudConfig config;
        final HudRuntime runtime;
        final BuildSnapshot snapshot;
        final ReleasePlanner planner;
        final ReadinessInputs.Fact<List<Preview>> previews;
        final List<String> errors = new ArrayList<>();

        Planning(HudConfig config, TokenSource tokens, Consumer<String> notices) throws Exception {
            this.config = config;
            this.runtime = HudRuntime.create(config, tokens);
            GitHubPoller.CycleResult result = runtime.poller().syncOnce();
            if (!result.ok()) {
                errors.add(result.failure());
            }
            errors.addAll(result.repoErrors());
            this.snapshot = runtime.plane().snapshot();
            this.planner = new ReleasePlanner(runtime.client(),
                    new EvidenceCollector(runtime.client(), EvidenceCollector.DEFAULT_MAX_ARTIFACT_BYTES,
                            runtime.bundleVerifier()),
                    CandidatePolicy.of(config.policyDir(), config.policyData(), runtime.client()));
            this.previews = ReleasePreviews.read(config, notices);
        }

        List<RepoId> repos() {
            return config.repos().isEmpty() ? snapshot.repos().stream().filter(r -> !r.archived()).map(Repo::id).sorted().toList()
                    : config.repos();
        }

        ReleasePlan plan(RepoId repo, Optional<String> channel) throws GitHubException {
            return planner.plan(repo, snapshot, previews, channel);
        }

        @Override
        public void close() {
            runtime.close();
        }
    }

    @Command(name = "plan", mixinStandardHelpOptions = true,
            description = {"Plan the next release of each repository (--repo O/R, else every watched one): the version,"
                    + " the changelog, the readiness checks.",
                    "Exit code: 0 every plan READY (or nothing to release); 3 a plan is NOT READY; 1 something could not be read."})
    static final class Plan implements Callable<Integer> {
        @ParentCommand
        ReleaseCommand parent;
        @Mixin
        SourceOptions source;
        @Option(names = "--json", description = "Print JSON instead of text.")
        boolean json;
        @Option(names = "--prerelease", paramLabel = "CHANNEL",
                description = "Plan a pre-release on this channel (beta → 2.0.0-beta.1), as semantic-release does.")
        String channel;

        @Override
        public Integer call() throws Exception {
            Main main = parent.main;
            try (Planning planning = new Planning(main.config(source), main.tokens(), parent::warn)) {
                List<ReleasePlan> plans = new ArrayList<>();
                List<String> errors = new ArrayList<>(planning.errors);
                for (RepoId repo : planning.repos()) {
                    try {
                        plans.add(planning.plan(repo, Optional.ofNullable(channel)));
                    } catch (GitHubException e) {
                        errors.add(repo + ": " + e.getMessage());
                    }
                }
                if (json) {
                    main.out().print(ReleaseReport.json(plans, errors));
                } else {
                    main.out().println("Source: " + TerminalText.escape(planning.runtime.sourceName()));
                    plans.forEach(p -> main.out().print("\n" + ReleaseReport.text(p)));
                }
                main.out().flush();
                errors.forEach(e -> main.err().println("error: " + TerminalText.escape(e)));
                main.err().flush();
                if (plans.isEmpty() || !errors.isEmpty() && plans.size() < planning.repos().size()) {
                    return 1;
                }
                return plans.stream().anyMatch(p -> p.nextTag().isPresent() && !p.readiness().ready()) ? 3 : 0;
            }
        }
    }

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = {"Create a draft GitHub release of one repository (--repo O/R) with the generated notes.",
                    "Only drafts: a person publishes it on GitHub. Asks first (type the tag) unless --yes; written to"
                            + " the audit log. Needs write access to the repository.",
                    "Exit code: 0 created; 1 refused, cancelled or failed."})
    static final class Create implements Callable<Integer> {
        @ParentCommand
        ReleaseCommand parent;
        @Mixin
        SourceOptions source;
        @Option(names = "--draft", required = true, description = "Create a draft (required: nothing else is ever created).")
        boolean draft;
        @Option(names = "--yes", description = "Do not ask: for scripts.")
        boolean yes;
        @Option(names = "--prerelease", paramLabel = "CHANNEL", description = "A pre-release of this channel (beta).")
        String channel;

        @Override
        public Integer call() throws Exception {
            Main main = parent.main;
            HudConfig config = main.config(source);
            if (config.repos().size() != 1) {
                return stop(main, "error: name the one repository to release: --repo OWNER/NAME");
            }
            RepoId repo = config.repos().get(0);
            try (Planning planning = new Planning(config, main.tokens(), parent::warn)) {
                ReleasePlan plan = planning.plan(repo, Optional.ofNullable(channel));
                main.out().print(ReleaseReport.text(plan));
                Optional<String> refused = DraftReleaser.refusal(plan);
                if (refused.isPresent()) {
                    return stop(main, "error: " + refused.get());
                }
                String tag = plan.nextTag().orElseThrow();
                if (!yes) {
                    main.out().println("Create a DRAFT release " + TerminalText.escape(tag) + " of " + repo + " at "
                            + TerminalText.escape(plan.candidateSha()) + (plan.readiness().ready() ? ""
                            : " although it is NOT READY (" + plan.readiness().blockers().size() + " blockers)")
                            + "? It stays a draft until someone publishes it on GitHub.");
                    main.out().print("Type " + TerminalText.escape(tag) + " to confirm: ");
                    main.out().flush();
                    String answer = main.stdin().readLine();
                    if (answer == null) {
                        return stop(main, "error: no answer (no terminal): pass --yes to confirm non-interactively");
                    }
                    if (!answer.strip().equals(tag)) {
                        return stop(main, "Cancelled: nothing was created.");
                    }
                }
                AuditLog audit = new AuditLog(config.configDir(), Clock.systemUTC());
                try {
                    Release created = new DraftReleaser(planning.runtime.client(), audit)
                            .createDraft(plan, AuditLog.actor(main.env(), "cli"));
                    main.out().println("Created draft release " + TerminalText.escape(created.tagName()) + ": "
                            + TerminalText.escape(created.htmlUrl()));
                    main.out().flush();
                    return 0;
                } catch (DraftReleaser.RefusedException | GitHubException e) {
                    return stop(main, "error: " + e.getMessage());
                }
            }
        }

        private static int stop(Main main, String line) {
            main.out().flush();
            main.err().println(TerminalText.escape(line));
            main.err().flush();
            return 1;
        }
    }
}
