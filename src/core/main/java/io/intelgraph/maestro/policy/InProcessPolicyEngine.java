package io.intelgraph.maestro.policy;

import io.intelgraph.maestro.model.policy.PolicyFinding;
import io.intelgraph.maestro.rego.RegoPolicy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** The policies of a directory, evaluated by the HUD's own Rego interpreter (no binary needed). */
public final class InProcessPolicyEngine implements PolicyEngine {

    private final RegoPolicy policy;
    private final Object data;

    public InProcessPolicyEngine(RegoPolicy policy, Object data) {
        this.policy = policy;
        this.data = data;
    }

    /**
     * Every {@code *.rego} below {@code dir} except unit tests ({@code *_test.rego}), in either Rego form, with
     * the default evaluation limits ({@link RegoPolicy.Limits#DEFAULT}; the deploy gate's).
     */
    public static InProcessPolicyEngine load(Path dir) throws IOException {
        return load(dir, null, RegoPolicy.Limits.DEFAULT);
    }

    /** @param version the Rego syntax to read ({@code --rego-version}; null: either form) */
    public static InProcessPolicyEngine load(Path dir, RegoPolicy.Version version, RegoPolicy.Limits limits)
            throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".rego") && !p.toString().endsWith("_test.rego"))
                    .sorted().toList()) {
                files.put(file.toString(), Files.readString(file));
            }
        }
        if (files.isEmpty()) {
            throw new IOException("No .rego policies in " + dir);
        }
        return new InProcessPolicyEngine(RegoPolicy.compile(files, version).withLimits(limits), Map.of());
    }

    /** The same policies over a {@code data} document (conftest's {@code --data}; see {@link PolicyData}). */
    public InProcessPolicyEngine withData(Object data) {
        return new InProcessPolicyEngine(policy, data);
    }

    /** The same engine, handing each line the policies {@code print(...)} to {@code printer}. */
    public InProcessPolicyEngine printingTo(Consumer<String> printer) {
        return new InProcessPolicyEngine(policy.printingTo(printer), data);
    }

    @Override
    public Set<String> namespaces() {
        return policy.packages();
    }

    @Override
    public String name() {
        return "in-process Rego interpreter";
    }

    @Override
    public Verdict evaluate(String namespace, Object input) {
        List<Message> denies = new ArrayList<>();
        List<Message> warnings = new ArrayList<>();
        List<Message> exceptions = new ArrayList<>();
        RegoPolicy.Evaluation document = policy.evaluation(input, data);
        List<String> excepted = excepted(namespace, document);
        int definitions = 0;
        int successes = 0;
        for (String rule : policy.rules(namespace)) {
            var severity = PolicyEngine.severityOf(rule);
            if (severity.isEmpty()) {
                continue;
            }
            definitions += policy.definitions(namespace, rule);
            List<Message> waived = PolicyEngine.exceptionsOf(namespace, rule, excepted);
            if (!waived.isEmpty()) {
                // conftest: an excepted rule's messages are not reported; each match of the exception is.
                exceptions.addAll(waived);
                continue;
            }
            List<String> found = document.evaluate(namespace, rule).map(InProcessPolicyEngine::messages)
                    .orElse(List.of());
            if (found.isEmpty()) {
                successes++;
            }
            found.forEach(text -> (severity.get() == PolicyFinding.Severity.DENY ? denies
                    : warnings).add(new Message(rule, text)));
        }
        // conftest: rule bodies that produced nothing count as passed tests too.
        int results = denies.size() + warnings.size() + exceptions.size() + successes;
        return new Verdict(denies, warnings, exceptions, successes + Math.max(0, definitions - results));
    }

    /** The rule names the namespace's {@code exception} rule lists for this input, once per listing. */
    private List<String> excepted(String namespace, RegoPolicy.Evaluation document) {
        if (!policy.rules(namespace).contains("exception")) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        document.evaluate(namespace, "exception").ifPresent(value -> {
            if (value instanceof List<?> lists) {
                for (Object list : lists) {
                    if (list instanceof List<?> rules) {
                        rules.forEach(rule -> names.add(String.valueOf(rule)));
                    }
                }
            }
        });
        return names;
    }

    private static List<String> messages(Object value) {
        List<String> out = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object item : list) {
                // violation rules may return objects with a msg field.
                out.add(item instanceof Map<?, ?> m && m.get("msg") != null ? String.valueOf(m.get("msg")) : String.valueOf(item));
            }
        } else if (Boolean.TRUE.equals(value)) {
            out.add("(rule is true)");
        }
        return out;
    }
}
