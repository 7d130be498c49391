package io.intelgraph.maestro.policy;

import io.intelgraph.maestro.model.policy.PolicyFinding;
import io.intelgraph.maestro.model.policy.PolicyReport;
import io.intelgraph.maestro.model.preview.PreviewRequest;
import io.intelgraph.maestro.model.repo.RepoId;
import io.intelgraph.maestro.preview.ChartRenderer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;

/**
 * Checks files the way {@code conftest test} does: Dockerfiles against the {@code docker}
 * namespace, Kubernetes YAML (and Helm charts, rendered by real Helm) against {@code kubernetes}.
 * A file that cannot be read or parsed is an error in the report, never a pass.
 */
public final class PolicyChecker {

    public static final String DOCKER = "docker";
    public static final String KUBERNETES = "kubernetes";

    private final PolicyEngine engine;
    /** The namespaces every document is checked against; empty: by the kind of file (docker, kubernetes). */
    private final List<String> namespaces;

    public PolicyChecker(PolicyEngine engine, Optional<String> namespaceOverride) {
        this(engine, namespaceOverride.map(List::of).orElse(List.of()));
    }

    public PolicyChecker(PolicyEngine engine, List<String> namespaces) {
        this.engine = engine;
        this.namespaces = List.copyOf(namespaces);
    }

    private List<String> namespacesFor(String byKind) {
        return namespaces.isEmpty() ? List.of(byKind) : namespaces;
    }

    public PolicyEngine engine() {
        return engine;
    }

    /** What a check has found so far: findings, documents checked, files with the rule bodies that passed. */
    private static final class Tally {
        final List<PolicyFinding> findings = new ArrayList<>();
        final List<PolicyReport.CheckedFile> checked = new ArrayList<>();
        int documents;

        /** Documents of one file (a multi-document YAML) add up under that file, as conftest reports them. */
        void passed(String file, String namespace, int successes) {
            int last = checked.size() - 1;
            if (last >= 0 && checked.get(last).file().equals(file) && checked.get(last).namespace().equals(namespace)) {
                checked.set(last, new PolicyReport.CheckedFile(file, namespace, checked.get(last).successes() + successes));
            } else {
                checked.add(new PolicyReport.CheckedFile(file, namespace, successes));
            }
        }

        PolicyReport report(List<String> errors) {
            return new PolicyReport(findings, documents, checked, errors);
        }
    }

    public PolicyReport check(List<Path> paths) {
        Tally tally = new Tally();
        List<String> errors = new ArrayList<>();
        for (Path path : paths) {
            for (Path target : targets(path, errors)) {
                try {
                    checkOne(target, tally);
                } catch (IOException | RuntimeException e) {
                    errors.add(target + ": " + e.getMessage());
                }
            }
        }
        return tally.report(errors);
    }

    /**
     * conftest's {@code --combine}: every document in one input, {@code [{"path": …, "contents": …}]} (each
     * document of a YAML file or rendered chart an entry of its own, a Dockerfile's instructions one entry),
     * checked once per namespace ({@code main} unless named) under the file name {@code Combined}.
     *
     * @param extra the documents of inputs that are not files (standard input), by name
     */
    public PolicyReport checkCombined(List<Path> paths, Map<String, List<Object>> extra) {
        List<Object> combined = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (Path path : paths) {
            for (Path target : targets(path, errors)) {
                try {
                    documents(target).forEach(doc -> combined.add(Map.of("path", target.toString(), "contents", doc)));
                } catch (IOException | RuntimeException e) {
                    errors.add(target + ": " + e.getMessage());
                }
            }
        }
        extra.forEach((name, docs) -> docs.forEach(doc -> combined.add(Map.of("path", name, "contents", doc))));
        Tally tally = new Tally();
        tally.documents++;
        for (String namespace : namespaces.isEmpty() ? List.of("main") : namespaces) {
            record("Combined", namespace, engine.evaluate(namespace, combined), message -> 0, tally);
        }
        return tally.report(errors);
    }

    /** A file's inputs: a YAML file's (or rendered chart's) documents; a Dockerfile's instruction list. */
    private List<Object> documents(Path target) throws IOException {
        if (Files.isDirectory(target)) {
            return yamlDocuments(new ChartRenderer(target).render(new PreviewRequest(RepoId.parse("policy/check"), 1,
                    "0000000", Duration.ofHours(72)), Instant.EPOCH));
        }
        if (isDockerfile(target)) {
            return List.of(dockerfileInput(Files.readString(target)));
        }
        if (isDocumentFile(target)) {
            return yamlDocuments(Files.readString(target));
        }
        throw new IOException("not a Dockerfile, a YAML or JSON document, or a Helm chart");
    }

    /** conftest's Dockerfile input: the instructions, each as {@code {Cmd, Flags, Value, Stage, …}}. */
    public static List<Object> dockerfileInput(String text) {
        return inputOf(new DockerfileParser().parse(text));
    }

    private static List<Object> inputOf(List<DockerInstruction> instructions) {
        return instructions.stream().<Object>map(DockerInstruction::toInput).toList();
    }

    /**
     * A YAML (or JSON) text's documents, as conftest takes them: a top-level list is a document per
     * element, and the empty documents between {@code ---} are left out. Anchors and aliases are resolved;
     * an alias bomb is an error naming the limit it passed (see {@link YamlDocuments}).
     */
    public static List<Object> yamlDocuments(String yaml) throws IOException {
        List<Object> documents = new ArrayList<>();
        for (Object doc : YamlDocuments.read(yaml)) {
            if (doc instanceof List<?> list) {
                list.stream().filter(Objects::nonNull).forEach(documents::add);
            } else if (doc != null) {
                documents.add(doc);
            }
        }
        return documents;
    }

    /** Checks Dockerfile text, e.g. fetched through the GitHub contents API. */
    public PolicyReport checkDockerfile(String name, String text) {
        Tally tally = new Tally();
        try {
            dockerfile(name, text, tally);
            return tally.report(List.of());
        } catch (RuntimeException e) {
            return new Tally().report(List.of(name + ": " + e.getMessage()));
        }
    }

    /** Checks rendered manifests (multi-document YAML), e.g. a preview's chart. */
    public PolicyReport checkManifests(String name, String yaml) {
        Tally tally = new Tally();
        try {
            manifests(name, yaml, tally);
            return tally.report(List.of());
        } catch (IOException | RuntimeException e) {
            return tally.report(List.of(name + ": " + e.getMessage()));
        }
    }

    private List<Path> targets(Path path, List<String> errors) {
        if (!Files.exists(path)) {
            errors.add(path + ": no such file or directory");
            return List.of();
        }
        if (!Files.isDirectory(path) || Files.isRegularFile(path.resolve("Chart.yaml"))) {
            return List.of(path);
        }
        try (Stream<Path> walk = Files.walk(path)) {
            List<Path> charts = new ArrayList<>();
            List<Path> out = new ArrayList<>();
            for (Path p : walk.sorted().toList()) {
                if (charts.stream().anyMatch(p::startsWith)) {
                    continue; // a chart's templates are not manifests; the chart is rendered instead
                }
                if (Files.isDirectory(p) && Files.isRegularFile(p.resolve("Chart.yaml"))) {
                    charts.add(p);
                    out.add(p);
                } else if (Files.isRegularFile(p) && (isDockerfile(p) || isDocumentFile(p))) {
                    out.add(p);
                }
            }
            return out;
        } catch (IOException e) {
            errors.add(path + ": " + e.getMessage());
            return List.of();
        }
    }

    private void checkOne(Path target, Tally tally) throws IOException {
        if (Files.isDirectory(target)) {
            String rendered = new ChartRenderer(target).render(new PreviewRequest(RepoId.parse("policy/check"), 1,
                    "0000000", Duration.ofHours(72)), Instant.EPOCH);
            manifests(target.toString(), rendered, tally);
        } else if (isDockerfile(target)) {
            dockerfile(target.toString(), Files.readString(target), tally);
        } else if (isDocumentFile(target)) {
            manifests(target.toString(), Files.readString(target), tally);
        } else {
            throw new IOException("not a Dockerfile, a YAML or JSON document, or a Helm chart");
        }
    }

    private void dockerfile(String name, String text, Tally tally) {
        List<DockerInstruction> instructions = new DockerfileParser().parse(text);
        List<Object> input = inputOf(instructions);
        tally.documents++;
        for (String namespace : namespacesFor(DOCKER)) {
            record(name, namespace, engine.evaluate(namespace, input), message -> lineOf(message, instructions), tally);
        }
    }

    private static void record(String name, String namespace, PolicyEngine.Verdict verdict,
            ToIntFunction<String> lineOf, Tally tally) {
        tally.passed(name, namespace, verdict.successes());
        verdict.denies().forEach(m -> tally.findings.add(new PolicyFinding(name, namespace, PolicyFinding.Severity.DENY,
                m.rule(), m.text(), lineOf.applyAsInt(m.text()))));
        verdict.warnings().forEach(m -> tally.findings.add(new PolicyFinding(name, namespace, PolicyFinding.Severity.WARN,
                m.rule(), m.text(), lineOf.applyAsInt(m.text()))));
        verdict.exceptions().forEach(m -> tally.findings.add(new PolicyFinding(name, namespace,
                PolicyFinding.Severity.EXCEPTION, m.rule(), m.text(), 0)));
    }

    private void manifests(String name, String yaml, Tally tally) throws IOException {
        for (Object doc : yamlDocuments(yaml)) {
            tally.documents++;
            for (String namespace : namespacesFor(KUBERNETES)) {
                record(name, namespace, engine.evaluate(namespace, doc), message -> 0, tally);
            }
        }
    }

    /** The first instruction whose text the message quotes: where to look in the Dockerfile. */
    private static int lineOf(String message, List<DockerInstruction> instructions) {
        for (DockerInstruction instruction : instructions) {
            if (instruction.cmd().equals("comment") || instruction.value().isEmpty()) {
                continue;
            }
            String first = instruction.value().get(0);
            if (first.length() >= 3 && message.contains(first)) {
                return instruction.line();
            }
        }
        return 0;
    }

    static boolean isDockerfile(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.equals("dockerfile") || name.startsWith("dockerfile.") || name.endsWith(".dockerfile");
    }

    /** YAML or JSON (a subset of YAML, read by the same parser): manifests and other structured documents. */
    static boolean isDocumentFile(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
    }
}
