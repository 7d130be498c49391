package io.intelgraph.maestro.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.intelgraph.maestro.config.HudConfig;
import io.intelgraph.maestro.distill.DistillEngine;
import io.intelgraph.maestro.distill.SignalExtractor;
import io.intelgraph.maestro.distill.TeacherMarketplace;
import io.intelgraph.maestro.model.distill.BranchRecommendation;
import io.intelgraph.maestro.model.distill.RunnerQuote;
import io.intelgraph.maestro.model.distill.Signals;
import io.intelgraph.maestro.model.policy.PolicyVerdict;
import io.intelgraph.maestro.model.preview.PreviewRequest;
import io.intelgraph.maestro.model.repo.RepoId;
import io.intelgraph.maestro.policy.VerdictCache;
import io.intelgraph.maestro.preview.ChartRenderer;
import io.intelgraph.maestro.preview.DeployGate;
import io.intelgraph.maestro.runners.RunnerQuotes;
import io.intelgraph.maestro.runners.RunnerRanking;
import io.intelgraph.maestro.store.BuildTile;
import io.intelgraph.maestro.text.TerminalText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code distill}: the build-intelligence engine over the current state (one sync) or a saved
 * signals file, printed as a table or as the hub's {@code "distillation"} frame.
 */
@Command(name = "distill", mixinStandardHelpOptions = true,
        description = {"Per-branch recommendations from the teachers' ensemble and its distilled student,"
                + " with teacher activations, student confidence and the best runner quote."})
final class DistillCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @ParentCommand
    Main main;
    @Mixin
    SourceOptions source;
    @Option(names = "--json", description = "Print the hub's \"distillation\" frame.")
    boolean json;
    @Option(names = "--signals", paramLabel = "FILE",
            description = "Read signals from a file ([{\"branch\": …, \"signals\": {\"FAILURE_RATE\": 0.2, …}}]) instead of GitHub.")
    Path signalsFile;
    @Option(names = "--seed", description = "Seed of the student's first training (default 42).")
    long seed = 42;
    @Option(names = "--policy-checks", description = {"Run the deploy gate's policy check (the policy directory, on each"
            + " branch's Dockerfiles at its head commit and the preview chart) so the policy-denies signal is known;"
            + " a few GitHub requests per branch."})
    boolean policyChecks;

    /** What one run works with, all made in {@link #compose()}. */
    private record Parts(List<Signals> branches, DistillEngine engine, List<RunnerQuote> quotes) {
    }

    @Override
    public Integer call() throws Exception {
        Parts parts;
        try {
            parts = compose();
        } catch (TeacherMarketplace.RefusedException | BadSignalsException e) {
            main.err().println("refused: " + TerminalText.escape(e.getMessage()));
            main.err().flush();
            return 3;
        }
        List<BranchRecommendation> recommendations = parts.engine().recommend(parts.branches());
        main.out().print(json ? frame(recommendations, parts.quotes()) : table(recommendations));
        main.out().flush();
        return 0;
    }

    /**
     * The run's object graph: the configuration, the teachers' marketplace in its directory, the
     * signals (a file, or one sync with GitHub), the engine over the teachers, the runner quotes.
     */
    private Parts compose() throws Exception {
        HudConfig config = main.config(source);
        Files.createDirectories(config.configDir());
        TeacherMarketplace market = new TeacherMarketplace(config.configDir());
        List<Signals> branches = signalsFile != null ? read(signalsFile) : fromGitHub(config);
        return new Parts(branches, new DistillEngine(market.profiles(), seed), RunnerQuotes.load(config.configDir()));
    }

    private List<Signals> fromGitHub(HudConfig config) throws Exception {
        try (HudRuntime runtime = HudRuntime.create(config, main.tokens())) {
            runtime.poller().syncOnce();
            if (policyChecks) {
                checkPolicies(config, runtime);
            }
            return SignalExtractor.all(runtime.plane().snapshot());
        }
    }

    /**
     * The deploy gate's check of every branch's head commit, each verdict kept in the plane as the window keeps the
     * ones it runs, where the signal extractor finds it; a check that cannot run is said, and its branch's signal
     * stays unknown (never a pass). A commit already checked under the same policies, data and chart takes its verdict
     * from the config directory's cache instead (not one read from a local checkout, whose working tree may differ).
     */
    private void checkPolicies(HudConfig config, HudRuntime runtime) throws IOException {
        Optional<DeployGate> gate = PreviewRuntime.gate(config, new ChartRenderer(config.chart()),
                Optional.of(runtime.client()));
        if (gate.isEmpty()) {
            main.err().println("warning: no policy directory at " + TerminalText.escape(config.policyDir().toString())
                    + ": the policy-denies signal stays unknown.");
            return;
        }
        List<Path> policySet = new ArrayList<>(List.of(config.policyDir(), config.chart()));
        policySet.addAll(config.policyData());
        Optional<VerdictCache> cache = verdictCache(config, policySet);
        Map<String, PolicyVerdict> kept = cache.map(VerdictCache::load).orElseGet(Map::of);
        List<PolicyVerdict> made = new ArrayList<>();
        Set<String> checked = new HashSet<>();
        int reused = 0;
        for (BuildTile tile : runtime.plane().snapshot().tiles()) {
            RepoId repo = tile.key().repo();
            String sha = tile.headline().headSha();
            if (!PreviewRequest.isCommitSha(sha) || !checked.add(PolicyVerdict.key(repo, sha))) {
                continue;
            }
            // A checkout's working tree may differ from its commit: its verdicts are neither taken nor kept.
            boolean cacheable = !config.checkouts().containsKey(repo);
            PolicyVerdict known = cacheable ? kept.get(PolicyVerdict.key(repo, sha)) : null;
            if (known != null) {
                runtime.plane().putPolicyVerdict(known);
                reused++;
                continue;
            }
            try {
                PolicyVerdict verdict = PolicyVerdict.of(repo, sha, gate.get().checkCommit(repo, sha), Instant.now());
                runtime.plane().putPolicyVerdict(verdict);
                if (cacheable) {
                    made.add(verdict);
                }
            } catch (RuntimeException e) {
                main.err().println("warning: the policy check of " + repo + "@" + sha.substring(0, 7) + " did not run: "
                        + TerminalText.escape(String.valueOf(e.getMessage())));
            }
        }
        if (cache.isPresent()) {
            try {
                cache.get().keep(made);
            } catch (IOException e) {
                main.err().println("warning: the policy verdicts could not be kept for the next run in "
                        + TerminalText.escape(cache.get().path().toString()) + " (" + TerminalText.escape(e.getClass().getSimpleName() + ": " + e.getMessage())
                        + "): it checks these commits again");
            }
        }
        main.err().println("policy checks: " + (checked.size() - reused) + " commits checked, " + reused
                + " from the cache of earlier runs");
    }

    /** The config directory's verdict cache; without one (it cannot be made there), every commit is checked. */
    private Optional<VerdictCache> verdictCache(HudConfig config, List<Path> policySet) throws IOException {
        String digest = VerdictCache.digest(policySet);
        try {
            return Optional.of(VerdictCache.in(config.configDir(), digest));
        } catch (IOException e) {
            main.err().println("warning: no cache of policy verdicts (" + TerminalText.escape(e.getClass().getSimpleName() + ": " + e.getMessage())
                    + "): every commit is checked");
            return Optional.empty();
        }
    }

    /** A signals file that cannot be used; the message names the file and the field. */
    static final class BadSignalsException extends Exception {
        BadSignalsException(String message) {
            super(message);
        }
    }

    /**
     * Reads a signals file: a list of branches, each with a text name and its known signals. Every
     * value must be a number within its signal's range (a string such as "NaN" is refused, not coerced).
     */
    static List<Signals> read(Path file) throws IOException, BadSignalsException {
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new BadSignalsException(file + ": not valid JSON at line " + e.getLocation().getLineNr() + ": "
                    + e.getOriginalMessage());
        }
        if (root == null || !root.isArray()) {
            throw new BadSignalsException(file + ": must be a list of branches ([{\"branch\": …, \"signals\": {…}}]), not "
                    + kind(root));
        }
        List<Signals> out = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            String at = file + ": [" + i + "]";
            JsonNode node = root.get(i);
            if (!node.isObject()) {
                throw new BadSignalsException(at + " must be an object, not " + kind(node));
            }
            if (!node.path("branch").isTextual()) {
                throw new BadSignalsException(at + ".branch must be a text, not " + kind(node.path("branch")));
            }
            JsonNode signals = node.path("signals");
            if (!signals.isMissingNode() && !signals.isObject()) {
                throw new BadSignalsException(at + ".signals must be an object, not " + kind(signals));
            }
            out.add(new Signals(node.path("branch").asText(), known(signals, at + ".signals.")));
        }
        return out;
    }

    private static Map<Signals.Signal, Double> known(JsonNode signals, String at) throws BadSignalsException {
        Map<Signals.Signal, Double> known = new EnumMap<>(Signals.Signal.class);
        for (Map.Entry<String, JsonNode> field : signals.properties()) {
            Signals.Signal signal;
            try {
                signal = Signals.Signal.valueOf(field.getKey());
            } catch (IllegalArgumentException e) {
                throw new BadSignalsException(at + field.getKey() + " is not a signal; the signals are "
                        + Signals.Signal.names());
            }
            if (!field.getValue().isNumber() || !Double.isFinite(field.getValue().asDouble())) {
                throw new BadSignalsException(at + field.getKey() + " must be a finite number, not " + field.getValue());
            }
            double value = field.getValue().asDouble();
            if (!signal.accepts(value)) {
                // A negative rate or count would be read as "better than perfect" and outvote every other signal.
                throw new BadSignalsException(at + field.getKey() + " must be " + signal.range() + ", not " + value);
            }
            known.put(signal, value);
        }
        return known;
    }

    /** What a JSON value is, for a message: a number or text as written, else its kind. */
    private static String kind(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        return node.isObject() ? "an object" : node.isArray() ? "a list" : node.toString();
    }

    static String table(List<BranchRecommendation> recommendations) {
        StringBuilder out = new StringBuilder();
        String format = "%-48s %-16s %-10s %-14s %s%n";
        out.append(String.format(Locale.ROOT, format, "BRANCH", "RECOMMENDATION", "CONFIDENCE", "ENSEMBLE", "TEACHERS (activation)"));
        for (BranchRecommendation r : recommendations) {
            out.append(String.format(Locale.ROOT, format, TerminalText.escape(r.branch()),
                    r.recommendation().symbol() + " " + r.recommendation().word(),
                    String.format(Locale.ROOT, "%.0f %%", r.studentConfidence() * 100), r.ensembleRecommendation().word(),
                    r.teacherActivations().entrySet().stream().sorted(Map.Entry.comparingByKey())
                            .map(e -> String.format(Locale.ROOT, "%s %.2f", TerminalText.escape(e.getKey()), e.getValue()))
                            .reduce((a, b) -> a + ", " + b).orElse("")));
        }
        return out.toString();
    }

    /** The frame the hub publishes: {@code type: "distillation"}, one entry per branch. */
    static String frame(List<BranchRecommendation> recommendations, List<RunnerQuote> quotes)
            throws Exception {
        ObjectNode frame = JSON.createObjectNode();
        frame.put("type", "distillation");
        frame.put("generatedAt", Instant.now().toString());
        ArrayNode branches = frame.putArray("branches");
        for (BranchRecommendation r : recommendations) {
            ObjectNode b = branches.addObject();
            b.put("branch", r.branch());
            b.put("recommendation", r.recommendation().name());
            b.put("studentConfidence", r.studentConfidence());
            b.put("ensembleRecommendation", r.ensembleRecommendation().name());
            ObjectNode activations = b.putObject("teacherActivations");
            r.teacherActivations().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> activations.put(e.getKey(), e.getValue()));
            ObjectNode reasons = b.putObject("reasons");
            r.reasons().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> reasons.put(e.getKey(), e.getValue()));
            ArrayNode runners = b.putArray("runners");
            RunnerRanking.rank(quotes, r.recommendation(), r.studentConfidence(), false).stream().limit(3)
                    .forEach(q -> runners.addObject().put("name", q.quote().name()).put("score", q.score()));
        }
        return JSON.writeValueAsString(frame) + "\n";
    }
}
