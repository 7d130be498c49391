package io.intelgraph.maestro.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.intelgraph.maestro.config.HudConfig;
import io.intelgraph.maestro.github.GitHubClient;
import io.intelgraph.maestro.github.GitHubException;
import io.intelgraph.maestro.model.preview.ClusterEvent;
import io.intelgraph.maestro.model.preview.Preview;
import io.intelgraph.maestro.model.preview.PreviewLabels;
import io.intelgraph.maestro.model.preview.PreviewRequest;
import io.intelgraph.maestro.model.repo.PullRequest;
import io.intelgraph.maestro.model.repo.RepoId;
import io.intelgraph.maestro.preview.AuditLog;
import io.intelgraph.maestro.preview.PolicyBlockedException;
import io.intelgraph.maestro.preview.PreviewRefusedException;
import io.intelgraph.maestro.preview.PreviewService;
import io.intelgraph.maestro.text.TerminalText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code preview list|deploy|teardown|cleanup}: the Previews view's actions, with the same guards. */
@Command(name = "preview", mixinStandardHelpOptions = true,
        description = {"Per-PR preview environments (namespace pr-<number>, chart helm/intelgraph).",
                "Uses your kubeconfig (--kube-context to choose). With none, it joins the simulated cluster of a"
                        + " running HUD window, else starts one that lives as long as the command."},
        subcommands = {PreviewCommand.ListPreviews.class, PreviewCommand.Deploy.class, PreviewCommand.Teardown.class,
                PreviewCommand.Cleanup.class})
final class PreviewCommand {

    @ParentCommand
    Main main;

    /** What one subcommand runs on, for the source flags it was given. */
    Graph graph(SourceOptions source) {
        return new Graph(main.config(source));
    }

    /**
     * The object graph of one preview command, the only place its parts are made: the configuration,
     * then GitHub and the cluster, each opened when the command first asks for it. Closing closes the
     * cluster before GitHub, whose client the cluster's deploy gate may hold.
     */
    final class Graph implements AutoCloseable {
        private final HudConfig config;
        private HudRuntime github;
        private PreviewRuntime cluster;

        private Graph(HudConfig config) {
            this.config = config;
        }

        /** GitHub (or the simulator standing in for it), for pull requests and Dockerfiles. */
        HudRuntime github() throws IOException {
            if (github == null) {
                github = HudRuntime.create(config, main.tokens());
            }
            return github;
        }

        /** The cluster, joined or started (a CLI command waits at most 3 s for it to sync); its gate checks the chart. */
        PreviewRuntime cluster() throws IOException {
            return cluster(Optional.empty());
        }

        /** The cluster, its deploy gate reading the PR's Dockerfiles through GitHub as well as the chart. */
        PreviewRuntime gatedCluster() throws IOException {
            return cluster(Optional.of(github().client()));
        }

        private PreviewRuntime cluster(Optional<GitHubClient> dockerfiles) throws IOException {
            if (cluster == null) {
                cluster = PreviewRuntime.create(config, Duration.ofSeconds(3), false, dockerfiles, PreviewCommand.this::warn);
            }
            return cluster;
        }

        @Override
        public void close() {
            try {
                if (cluster != null) {
                    cluster.close();
                }
            } finally {
                if (github != null) {
                    github.close();
                }
            }
        }
    }

    String actor() {
        return AuditLog.actor(main.env(), "cli");
    }

    /** One line of the report; what it quotes from the cluster (labels, event messages) escaped, so it stays one line. */
    void say(String line) {
        main.out().println(TerminalText.escape(line));
        main.out().flush();
    }

    /** A line the user should read that does not stop the command, on stderr (stdout stays the report). */
    void warn(String line) {
        main.err().println(TerminalText.escape(line));
        main.err().flush();
    }

    /** Reports why nothing was done, on stderr, and returns the exit code. */
    int stop(String line, int exitCode) {
        main.err().println(TerminalText.escape(line));
        main.err().flush();
        return exitCode;
    }

    /** Asks for the namespace name to be typed back; refuses when there is no one to ask. */
    boolean confirm(String question, String expected) throws IOException {
        main.out().println(TerminalText.escape(question));
        main.out().print("Type " + TerminalText.escape(expected) + " to confirm: ");
        main.out().flush();
        String answer = main.stdin().readLine();
        if (answer == null) {
            stop("error: no answer (no terminal): pass --yes to confirm non-interactively", 1);
            return false;
        }
        return answer.strip().equals(expected);
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List preview environments.")
    static final class ListPreviews implements Callable<Integer> {
        @ParentCommand
        PreviewCommand parent;
        @Mixin
        SourceOptions source;
        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            try (Graph graph = parent.graph(source)) {
                PreviewRuntime runtime = graph.cluster();
                List<Preview> previews = runtime.service().cluster().list();
                parent.main.out().print(json ? json(previews) : table(runtime.clusterName(), previews));
                parent.main.out().flush();
                return 0;
            }
        }
    }

    @Command(name = "deploy", mixinStandardHelpOptions = true,
            description = "Deploy (helm upgrade --install) the preview of a PR with its head SHA as image tag.")
    static final class Deploy implements Callable<Integer> {
        @ParentCommand
        PreviewCommand parent;
        @Mixin
        SourceOptions source;
        @Parameters(paramLabel = "PR", description = "Pull request number.")
        int pr;
        @Option(names = "--for", paramLabel = "OWNER/NAME", required = true, converter = GitHubRepoConverter.class,
                description = "Repository of the PR.")
        RepoId repoId;
        @Option(names = "--sha", paramLabel = "SHA", description = "Head commit (default: asked from GitHub).")
        String sha;
        @Option(names = "--ttl-hours", paramLabel = "H", description = "Lifetime before clean-up (default 72).")
        int ttlHours = 72;
        @Option(names = "--wait", description = "Wait until the preview's deployments are ready (up to 10 min).")
        boolean waitReady;
        @Option(names = "--override-policy", paramLabel = "REASON",
                description = "Deploy despite policy denies; the reason (10+ characters) is written to the audit log.")
        String overrideReason;

        @Override
        public Integer call() throws Exception {
            PreviewLabels.requirePrNumber(pr); // before GitHub is asked for its head
            try (Graph graph = parent.graph(source)) {
                String head = sha != null ? sha : headSha(graph.github());
                PreviewRuntime runtime = graph.gatedCluster();
                PreviewService service = runtime.service();
                parent.say("Deploying " + repoId + "#" + pr + " @ " + head + " to "
                        + PreviewLabels.namespaceOf(pr) + " on " + runtime.clusterName() + " …");
                parent.say(service.deploy(new PreviewRequest(repoId, pr, head, Duration.ofHours(ttlHours)),
                        parent.actor(), Optional.ofNullable(overrideReason)));
                if (waitReady) {
                    Instant deadline = Instant.now().plus(Duration.ofMinutes(10));
                    Optional<Preview> preview = service.cluster().get(pr);
                    while (preview.isPresent() && !preview.get().ready() && Instant.now().isBefore(deadline)) {
                        parent.say("  " + preview.get().readyReplicas() + "/" + preview.get().desiredReplicas()
                                + " ready " + preview.get().podPhases());
                        Thread.sleep(1000);
                        preview = service.cluster().get(pr);
                    }
                    if (preview.isEmpty()) {
                        // Torn down (or its namespace deleted) while this waited: said, not an error of the command line.
                        return parent.stop("The preview " + PreviewLabels.namespaceOf(pr) + " is gone: it was torn down"
                                + " while this waited for it.", 1);
                    }
                    parent.say(preview.get().ready() ? "Ready: " + preview.get().url() : "Not ready after 10 minutes");
                    return preview.get().ready() ? 0 : 1;
                }
                return 0;
            } catch (PolicyBlockedException e) {
                parent.main.out().print(PolicyReportFormats.table(e.report()));
                parent.main.out().flush();
                return parent.stop("refused: " + e.getMessage(), 4);
            } catch (PreviewRefusedException e) {
                return parent.stop("refused: " + e.getMessage(), 3);
            }
        }

        private String headSha(HudRuntime github) {
            try {
                PullRequest pull = github.client().getPullRequest(repoId, pr).value();
                if (!pull.isOpen()) {
                    throw new IllegalArgumentException("PR #" + pr + " of " + repoId + " is " + pull.state());
                }
                return pull.headSha();
            } catch (GitHubException e) {
                throw new IllegalArgumentException("Cannot read PR #" + pr + " of " + repoId + ": " + e.getMessage(), e);
            }
        }
    }

    @Command(name = "teardown", mixinStandardHelpOptions = true,
            description = "Uninstall a PR's preview and delete its namespace (only a namespace the HUD created for that"
                    + " repository's PR).")
    static final class Teardown implements Callable<Integer> {
        @ParentCommand
        PreviewCommand parent;
        @Mixin
        SourceOptions source;
        @Parameters(paramLabel = "PR", description = "Pull request number.")
        int pr;
        @Option(names = "--for", paramLabel = "OWNER/NAME", required = true, converter = GitHubRepoConverter.class,
                description = "Repository of the PR.")
        RepoId repoId;
        @Option(names = "--yes", description = "Do not ask for confirmation.")
        boolean yes;

        @Override
        public Integer call() throws Exception {
            String namespace = PreviewLabels.namespaceOf(pr);
            try (Graph graph = parent.graph(source)) {
                PreviewRuntime runtime = graph.cluster();
                if (!yes && !parent.confirm("Tear down the preview of " + repoId + "#" + pr + ": delete namespace "
                        + namespace + " on " + runtime.clusterName() + "?", namespace)) {
                    return parent.stop("Not torn down.", 1);
                }
                boolean deleted = runtime.service().teardown(repoId, pr, parent.actor());
                parent.say(deleted ? "Deleted namespace " + namespace : "No preview " + namespace);
                return 0;
            } catch (PreviewRefusedException e) {
                return parent.stop("refused: " + e.getMessage(), 3);
            }
        }
    }

    @Command(name = "cleanup", mixinStandardHelpOptions = true,
            description = {"Remove previews whose PR is closed or merged, or whose TTL has run out (shows the list first).",
                    "Previews whose repository's pull requests cannot be read, and namespaces that carry the HUD's labels"
                            + " without being its previews, are listed as skipped and left in place."})
    static final class Cleanup implements Callable<Integer> {
        @ParentCommand
        PreviewCommand parent;
        @Mixin
        SourceOptions source;
        @Option(names = "--yes", description = "Do not ask for confirmation.")
        boolean yes;

        @Override
        public Integer call() throws Exception {
            try (Graph graph = parent.graph(source)) {
                PreviewRuntime runtime = graph.cluster();
                GitHubClient github = graph.github().client();
                PreviewService.CleanupPlan plan = runtime.service().cleanupPlan(repo -> github
                        .listOpenPullRequests(repo).value().stream().map(PullRequest::number).collect(Collectors.toSet()));
                plan.skipped().forEach(line -> parent.say("  " + line));
                List<PreviewService.CleanupCandidate> candidates = plan.remove();
                if (candidates.isEmpty()) {
                    parent.say("Nothing to clean up.");
                    return 0;
                }
                candidates.forEach(c -> parent.say("  " + c.preview().namespace() + "  " + c.reason()));
                if (!yes && !parent.confirm("Delete these " + candidates.size() + " preview namespaces?", "yes")) {
                    return parent.stop("Nothing removed.", 1);
                }
                PreviewService.CleanupResult result = runtime.service().cleanup(candidates, parent.actor());
                result.refused().forEach(line -> parent.say("  refused " + line));
                parent.say("Removed " + result.removed() + " previews.");
                return 0;
            }
        }
    }

    static String table(String cluster, List<Preview> previews) {
        // Every value comes from the cluster: escaped where it is formatted, so only the table breaks lines.
        StringBuilder out = new StringBuilder("Cluster: " + TerminalText.escape(cluster) + "\n");
        String format = "%-6s %-10s %-28s %-7s %-22s %-8s %-20s %s%n";
        out.append(String.format(Locale.ROOT, format, "PR", "NAMESPACE", "REPOSITORY", "READY", "PODS", "RESTARTS",
                "EXPIRES", "URL"));
        for (Preview p : previews) {
            out.append(String.format(Locale.ROOT, format, "#" + p.prNumber(), TerminalText.escape(p.namespace()),
                    TerminalText.escape(p.repo()), p.readyReplicas() + "/" + p.desiredReplicas(),
                    TerminalText.escape(p.podPhases()), p.restarts(), p.expiresAt() == null ? "-" : p.expiresAt().toString(),
                    TerminalText.escape(p.url())));
            for (ClusterEvent e : p.events()) {
                if (e.warning()) {
                    out.append("       ! ").append(TerminalText.escape(e.reason())).append(": ")
                            .append(TerminalText.escape(e.message())).append('\n');
                }
            }
        }
        return out.append(previews.size()).append(" previews\n").toString();
    }

    static String json(List<Preview> previews) throws IOException {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ArrayNode array = json.createArrayNode();
        for (Preview p : previews) {
            var node = array.addObject();
            node.put("pr", p.prNumber());
            node.put("namespace", p.namespace());
            node.put("repo", p.repo());
            node.put("headSha", p.headSha());
            node.put("ready", p.ready());
            node.put("readyReplicas", p.readyReplicas());
            node.put("desiredReplicas", p.desiredReplicas());
            node.put("restarts", p.restarts());
            node.put("url", p.url());
            node.put("expiresAt", p.expiresAt() == null ? null : p.expiresAt().toString());
            var events = node.putArray("events");
            p.events().forEach(e -> events.addObject().put("type", e.warning() ? "Warning" : "Normal")
                    .put("reason", e.reason()).put("message", e.message()).put("object", e.involvedObject()));
        }
        return json.writeValueAsString(array) + "\n";
    }
}
