package io.intelgraph.maestro.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.intelgraph.maestro.config.ConfigLoader;
import io.intelgraph.maestro.config.HudConfig;
import io.intelgraph.maestro.model.BranchRecommendation;
import io.intelgraph.maestro.distill.DistillEngine;
import io.intelgraph.maestro.distill.SignalExtractor;
import io.intelgraph.maestro.distill.TeacherMarketplace;
import io.intelgraph.maestro.fabric.RunnerRanking;
import io.intelgraph.maestro.model.Signals;
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
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    @Override
    public Integer call() throws Exception {
        HudConfig config = new ConfigLoader(main.env(), ConfigLoader.defaultConfigDir(main.env())).load(source.flags());
        Files.createDirectories(config.configDir());
        TeacherMarketplace market;
        List<Signals> branches;
        try {
            market = new TeacherMarketplace(config.configDir());
            branches = signalsFile != null ? read(signalsFile) : fromGitHub(config);
        } catch (TeacherMarketplace.RefusedException | BadSignalsException e) {
            main.err().println("refused: " + TerminalText.escape(e.getMessage()));
            main.err().flush();
            return 3;
        }
        List<BranchRecommendation> recommendations = new DistillEngine(market.profiles(), seed).recommend(branches);
        var quotes = io.intelgraph.maestro.fabric.RunnerQuotes.load(config.configDir());
        main.out().print(json ? frame(recommendations, quotes) : table(recommendations));
        main.out().flush();
        return 0;
    }

    private List<Signals> fromGitHub(HudConfig config) throws Exception {
        try (HudRuntime runtime = HudRuntime.create(config, main.tokens())) {
            runtime.poller().syncOnce();
            return SignalExtractor.all(runtime.plane().snapshot());
        }
    }

    /** A signals file that cannot be used; the message names the file and the field. */
    static final class BadSignalsException extends Exception {
        BadSignalsException(String message) {
            super(message);
        }
    }

    /** Reads a signals file; every value must be a finite number (a string such as "NaN" is refused, not coerced). */
    static List<Signals> read(Path file) throws IOException, BadSignalsException {
        List<Signals> out = new ArrayList<>();
        int i = 0;
        for (var node : JSON.readTree(file.toFile())) {
            Map<Signals.Signal, Double> known = new EnumMap<>(Signals.Signal.class);
            var fields = node.path("signals").fields();
            while (fields.hasNext()) {
                var field = fields.next();
                String at = file + ": [" + i + "].signals." + field.getKey();
                Signals.Signal signal;
                try {
                    signal = Signals.Signal.valueOf(field.getKey());
                } catch (IllegalArgumentException e) {
                    throw new BadSignalsException(at + " is not a signal (" + Arrays.toString(Signals.Signal.values()) + ")");
                }
                double value = field.getValue().asDouble();
                if (!field.getValue().isNumber() || !Double.isFinite(value)) {
                    throw new BadSignalsException(at + " must be a finite number, not " + field.getValue());
                }
                known.put(signal, value);
            }
            out.add(new Signals(node.path("branch").asText(), known));
            i++;
        }
        return out;
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
    static String frame(List<BranchRecommendation> recommendations, List<io.intelgraph.maestro.model.RunnerQuote> quotes)
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
