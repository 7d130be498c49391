package io.intelgraph.maestro.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.intelgraph.maestro.model.policy.PolicyFinding;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code conftest} or {@code opa} binary, when installed: the reference Rego engine. Each
 * document is written to a temporary JSON file and evaluated by the binary; its JSON output is read
 * back. Chosen with {@code --engine conftest|opa} (or {@code auto}, which prefers a binary).
 */
public final class BinaryPolicyEngine implements PolicyEngine {

    public enum Tool { CONFTEST, OPA }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Tool tool;
    private final Path executable;
    private final Path policyDir;
    private final List<Path> dataPaths;

    public BinaryPolicyEngine(Tool tool, Path executable, Path policyDir) {
        this(tool, executable, policyDir, List.of());
    }

    /** @param dataPaths data files or directories handed to the binary's {@code --data} */
    public BinaryPolicyEngine(Tool tool, Path executable, Path policyDir, List<Path> dataPaths) {
        this.tool = tool;
        this.executable = executable;
        this.policyDir = policyDir;
        this.dataPaths = List.copyOf(dataPaths);
    }

    /** The binary named {@code conftest}/{@code opa} on the PATH, if there is one. */
    public static Optional<Path> find(Tool tool, String pathVariable) {
        if (pathVariable == null) {
            return Optional.empty();
        }
        String name = tool.name().toLowerCase();
        for (String dir : pathVariable.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The {@code package} lines of the policy directory's modules (the binary is not asked). */
    @Override
    public Set<String> namespaces() {
        Set<String> out = new TreeSet<>();
        Pattern pkg = Pattern.compile("(?m)^package\\s+([\\w.]+)");
        try (var walk = Files.walk(policyDir)) {
            for (Path file : walk.filter(f -> f.toString().endsWith(".rego")).toList()) {
                Matcher m = pkg.matcher(Files.readString(file));
                if (m.find()) {
                    out.add(m.group(1));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the policies in " + policyDir + ": " + e.getMessage(), e);
        }
        return out;
    }

    @Override
    public String name() {
        return tool.name().toLowerCase() + " binary (" + executable + ")";
    }

    @Override
    public Verdict evaluate(String namespace, Object input) {
        Path file = null;
        try {
            file = Files.createTempFile("maestro-policy-input", ".json");
            JSON.writeValue(file.toFile(), input);
            List<String> command = new ArrayList<>(switch (tool) {
                case CONFTEST -> List.of(executable.toString(), "test", "--no-color", "--output", "json", "--namespace",
                        namespace, "--policy", policyDir.toString());
                case OPA -> List.of(executable.toString(), "eval", "--format", "json", "--data", policyDir.toString(),
                        "--input", file.toString());
            });
            dataPaths.forEach(data -> command.addAll(List.of("--data", data.toString())));
            command.add(tool == Tool.CONFTEST ? file.toString() : "data." + namespace);
            Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
            byte[] out = process.getInputStream().readAllBytes();
            String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(name() + " timed out");
            }
            // conftest exits 1 when a policy fails; anything above is an error of the tool itself.
            if (process.exitValue() > (tool == Tool.CONFTEST ? 2 : 0)) {
                throw new IllegalStateException(name() + " failed (exit " + process.exitValue() + "): " + err);
            }
            return tool == Tool.CONFTEST ? conftest(JSON.readTree(out)) : opa(JSON.readTree(out));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run " + name() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + name(), e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temp file left behind is harmless
                }
            }
        }
    }

    /** conftest's {@code --output json}: one object per file with failures, warnings, exceptions, successes. */
    static Verdict conftest(JsonNode output) {
        List<Message> denies = new ArrayList<>();
        List<Message> warnings = new ArrayList<>();
        List<Message> exceptions = new ArrayList<>();
        int successes = 0;
        for (JsonNode file : output) {
            file.path("failures").forEach(f -> denies.add(conftestMessage(f, "deny")));
            file.path("warnings").forEach(w -> warnings.add(conftestMessage(w, "warn")));
            file.path("exceptions").forEach(x -> exceptions.add(conftestException(x.path("msg").asText())));
            successes += file.path("successes").asInt(0);
        }
        return new Verdict(denies, warnings, exceptions, successes);
    }

    /** A conftest result: its rule from {@code metadata.query} ({@code data.main.deny_x}) when conftest gives it. */
    private static Message conftestMessage(JsonNode result, String fallbackRule) {
        String query = result.path("metadata").path("query").asText("");
        return new Message(query.isEmpty() ? fallbackRule : query.substring(query.lastIndexOf('.') + 1),
                result.path("msg").asText());
    }

    /** conftest names an exception by its query, {@code data.main.exception[_][_] == "run_as_root"}: the rule is its string. */
    private static Message conftestException(String query) {
        Matcher name = Pattern.compile("== \"(.*)\"$").matcher(query);
        return new Message(name.find() ? name.group(1) : query, query);
    }

    /**
     * {@code opa eval --format json data.<ns>}: the package document; its deny/violation/warn rules, less
     * those its {@code exception} rule lists (as conftest would report them). opa reports values, not rule
     * bodies, so each rule without messages counts as one success.
     */
    static Verdict opa(JsonNode output) {
        List<Message> denies = new ArrayList<>();
        List<Message> warnings = new ArrayList<>();
        List<Message> exceptions = new ArrayList<>();
        int[] successes = {0};
        JsonNode document = output.path("result").path(0).path("expressions").path(0).path("value");
        String namespace = output.path("result").path(0).path("expressions").path(0).path("text").asText("data.")
                .replaceFirst("^data\\.", "");
        List<String> excepted = new ArrayList<>();
        document.path("exception").forEach(rules -> rules.forEach(rule -> excepted.add(rule.asText())));
        document.fieldNames().forEachRemaining(rule -> PolicyEngine.severityOf(rule).ifPresent(severity -> {
            List<Message> waived = PolicyEngine.exceptionsOf(namespace, rule, excepted);
            if (!waived.isEmpty()) {
                exceptions.addAll(waived);
                return;
            }
            List<Message> target = severity == PolicyFinding.Severity.DENY ? denies : warnings;
            int before = target.size();
            document.get(rule).forEach(m -> target.add(new Message(rule,
                    m.isObject() && m.has("msg") ? m.get("msg").asText() : m.asText())));
            if (target.size() == before) {
                successes[0]++;
            }
        }));
        return new Verdict(denies, warnings, exceptions, successes[0]);
    }
}
