package io.intelgraph.maestro.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.intelgraph.maestro.model.PolicyFinding;
import io.intelgraph.maestro.model.PolicyReport;
import io.intelgraph.maestro.policy.BinaryPolicyEngine;
import io.intelgraph.maestro.policy.InProcessPolicyEngine;
import io.intelgraph.maestro.policy.PolicyChecker;
import io.intelgraph.maestro.policy.PolicyData;
import io.intelgraph.maestro.policy.PolicyEngine;
import io.intelgraph.maestro.policy.rego.RegoPolicy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code policy check PATH...}: conftest's verdicts, output and exit codes, with the in-process engine. */
@Command(name = "policy", mixinStandardHelpOptions = true, description = "Policy as code (Rego, conftest conventions).",
        subcommands = {PolicyCommand.Check.class, PolicyCommand.Verify.class})
final class PolicyCommand {

    @ParentCommand
    Main main;

    enum Output { table, json, github, junit }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = {"Check Dockerfiles (namespace docker), Kubernetes YAML and Helm charts (namespace kubernetes).",
                    "Exit code as conftest's: 0 pass, 1 failures (or warnings with --fail-on-warn, then failures are 2),"
                            + " 3 a file could not be checked."})
    static final class Check implements Callable<Integer> {
        @ParentCommand
        PolicyCommand parent;
        @Parameters(paramLabel = "PATH", arity = "1..*",
                description = "Files, directories or chart directories; - reads standard input (see --parser).")
        List<String> paths;
        @Option(names = "--parser", paramLabel = "PARSER",
                description = "How standard input (-) is read: yaml (default; e.g. helm template … | policy check -) or dockerfile.")
        String parser = "yaml";
        @Option(names = {"-p", "--policy"}, paramLabel = "DIR", description = "Policy directory (default: policy).")
        Path policy = Path.of("policy");
        @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", description = "table (default), json, github (workflow annotations) or junit (XML).")
        Output output = Output.table;
        @Option(names = "--namespace", paramLabel = "NS",
                description = "Check every file against this namespace (repeatable) instead of docker/kubernetes by kind.")
        List<String> namespace = List.of();
        @Option(names = "--all-namespaces", description = "Check every file against every namespace of the policies.")
        boolean allNamespaces;
        @Option(names = "--combine",
                description = "Check all files as one input, [{path, contents}], in namespace main unless named (as conftest).")
        boolean combine;
        @Option(names = "--fail-on-warn", description = "Warnings fail too (exit 1; failures exit 2).")
        boolean failOnWarn;
        @Option(names = {"-d", "--data"}, paramLabel = "PATH", split = ",",
                description = "Data files (JSON/YAML) or directories for the policies' data, as conftest --data.")
        List<Path> data = List.of();
        @Option(names = "--engine", paramLabel = "ENGINE",
                description = "in-process (default), conftest or opa (the binary on the PATH), or auto (a binary if found).")
        String engine = "in-process";

        @Override
        public Integer call() throws Exception {
            PolicyEngine chosen;
            try {
                chosen = engine();
            } catch (java.io.IOException | io.intelgraph.maestro.policy.rego.RegoException e) {
                // No policies, policies that do not parse, or data that cannot be read: nothing can be checked.
                parent.main.err().println("error: " + e.getMessage());
                parent.main.err().flush();
                return 3;
            }
            PolicyChecker checker = new PolicyChecker(chosen,
                    allNamespaces ? List.copyOf(chosen.namespaces()) : namespace);
            List<Path> files = paths.stream().filter(p -> !p.equals("-")).map(Path::of).toList();
            String stdin = paths.contains("-")
                    ? parent.main.stdin().lines().collect(java.util.stream.Collectors.joining("\n", "", "\n")) : null;
            PolicyReport report;
            if (combine) {
                report = checker.checkCombined(files, stdin == null ? Map.of() : Map.of("-", switch (parser) {
                    case "yaml" -> PolicyChecker.yamlDocuments(stdin);
                    case "dockerfile" -> List.<Object>of(PolicyChecker.dockerfileInput(stdin));
                    default -> throw new IllegalArgumentException("--parser must be yaml or dockerfile");
                }));
            } else {
                report = checker.check(files);
                if (stdin != null) {
                    report = report.plus(switch (parser) {
                        case "yaml" -> checker.checkManifests("-", stdin);
                        case "dockerfile" -> checker.checkDockerfile("-", stdin);
                        default -> throw new IllegalArgumentException("--parser must be yaml or dockerfile");
                    });
                }
            }
            parent.main.out().print(switch (output) {
                case table -> table(report);
                case json -> json(report);
                case github -> github(report);
                case junit -> junit(report);
            });
            parent.main.out().flush();
            parent.main.err().println("engine: " + checker.engine().name());
            report.errors().forEach(e -> parent.main.err().println("error: " + e));
            parent.main.err().flush();
            if (!report.errors().isEmpty()) {
                return 3;
            }
            if (report.denies() > 0) {
                return failOnWarn ? 2 : 1;
            }
            return failOnWarn && report.warnings() > 0 ? 1 : 0;
        }

        private PolicyEngine engine() throws java.io.IOException {
            String path = parent.main.env().get("PATH");
            var conftest = BinaryPolicyEngine.find(BinaryPolicyEngine.Tool.CONFTEST, path);
            var opa = BinaryPolicyEngine.find(BinaryPolicyEngine.Tool.OPA, path);
            return switch (engine) {
                case "conftest" -> new BinaryPolicyEngine(BinaryPolicyEngine.Tool.CONFTEST,
                        conftest.orElseThrow(() -> new IllegalArgumentException("conftest is not on the PATH")), policy, data);
                case "opa" -> new BinaryPolicyEngine(BinaryPolicyEngine.Tool.OPA,
                        opa.orElseThrow(() -> new IllegalArgumentException("opa is not on the PATH")), policy, data);
                case "auto" -> conftest.<PolicyEngine>map(p -> new BinaryPolicyEngine(BinaryPolicyEngine.Tool.CONFTEST, p, policy, data))
                        .or(() -> opa.map(p -> new BinaryPolicyEngine(BinaryPolicyEngine.Tool.OPA, p, policy, data)))
                        .orElse(inProcess());
                case "in-process" -> inProcess();
                default -> throw new IllegalArgumentException("--engine must be in-process, conftest, opa or auto");
            };
        }

        /** print() output goes to stderr, as {@code opa eval} sends it, so stdout stays conftest's report. */
        private InProcessPolicyEngine inProcess() throws java.io.IOException {
            return InProcessPolicyEngine.load(policy).withData(PolicyData.load(data))
                    .printingTo(line -> parent.main.err().println(line));
        }
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = {"Run the policies' unit tests (test_* rules, usually in *_test.rego), as conftest verify"
                    + " and opa test do.", "Exit code: 0 all passed, 1 a test failed or none was found."})
    static final class Verify implements Callable<Integer> {
        @ParentCommand
        PolicyCommand parent;
        @Option(names = {"-p", "--policy"}, paramLabel = "DIR", description = "Policy directory (default: policy).")
        Path policy = Path.of("policy");
        @Option(names = {"-v", "--verbose"}, description = "List passing tests and their print() output too.")
        boolean verbose;
        @Option(names = {"-d", "--data"}, paramLabel = "PATH", split = ",",
                description = "Data files (JSON/YAML) or directories for the policies' data, as conftest --data.")
        List<Path> data = List.of();

        @Override
        public Integer call() throws Exception {
            Map<String, String> files = new LinkedHashMap<>();
            try (var walk = Files.walk(policy)) {
                for (Path file : walk.filter(f -> f.toString().endsWith(".rego")).sorted().toList()) {
                    files.put(file.toString(), Files.readString(file));
                }
            }
            List<RegoPolicy.TestResult> results;
            try {
                results = RegoPolicy.compile(files).runTests(PolicyData.load(data));
            } catch (java.io.IOException | io.intelgraph.maestro.policy.rego.RegoException e) {
                parent.main.err().println("error: " + e.getMessage());
                parent.main.err().flush();
                return 1;
            }
            PrintWriter out = parent.main.out();
            if (results.isEmpty()) {
                parent.main.err().println("error: no test_* rules in " + policy);
                parent.main.err().flush();
                return 1;
            }
            long failed = results.stream().filter(r -> !r.passed()).count();
            for (RegoPolicy.TestResult r : results) {
                // As opa test: failures always, with what they printed; passes only when asked.
                if (verbose || !r.passed()) {
                    out.println("data." + r.pkg() + "." + r.name() + ": " + (r.passed() ? "PASS" : "FAIL"));
                    r.printed().forEach(line -> out.println("  " + line));
                    if (!r.error().isEmpty()) {
                        out.println("  error: " + r.error());
                    }
                }
            }
            // conftest verify's summary line (its acceptance tests read "4 tests, 4 passed").
            long passed = results.size() - failed;
            out.println();
            out.println(results.size() + " " + plural("test", results.size()) + ", " + passed + " passed, 0 warnings, "
                    + failed + " " + plural("failure", failed) + ", 0 exceptions");
            out.flush();
            return failed == 0 ? 0 : 1;
        }
    }

    /** conftest's standard output: FAIL/WARN/EXCP lines, then its summary with conftest's counts. */
    static String table(PolicyReport report) {
        StringBuilder out = new StringBuilder();
        for (PolicyFinding f : report.findings()) {
            out.append(switch (f.severity()) {
                case DENY -> "FAIL";
                case WARN -> "WARN";
                case EXCEPTION -> "EXCP";
            }).append(" - ").append(f.file()).append(f.line() > 0 ? ":" + f.line() : "").append(" - ")
                    .append(f.namespace()).append(" - ").append(f.message()).append('\n');
        }
        return out.append('\n').append(summary(report)).toString();
    }

    /** conftest's last line: {@code 5 tests, 4 passed, 1 warning, 0 failures, 0 exceptions}. */
    private static String summary(PolicyReport report) {
        long tests = report.tests();
        return String.format("%d %s, %d passed, %d %s, %d %s, %d %s%n", tests, plural("test", tests),
                report.successes(), report.warnings(), plural("warning", report.warnings()), report.denies(),
                plural("failure", report.denies()), report.exceptions(), plural("exception", report.exceptions()));
    }

    private static String plural(String word, long count) {
        return count == 1 ? word : word + "s";
    }

    /**
     * GitHub Actions workflow commands: each deny an {@code ::error}, each warning a {@code ::warning}, each
     * exception a {@code ::notice}, on the file and line they concern, so a pull request shows them inline.
     */
    static String github(PolicyReport report) {
        StringBuilder out = new StringBuilder();
        for (PolicyFinding f : report.findings()) {
            out.append("::").append(switch (f.severity()) {
                case DENY -> "error";
                case WARN -> "warning";
                case EXCEPTION -> "notice";
            }).append(" file=").append(githubProperty(f.file())).append(f.line() > 0 ? ",line=" + f.line() : "")
                    .append(",title=").append(githubProperty("policy " + f.namespace())).append("::")
                    .append(githubData(f.message())).append('\n');
        }
        report.errors().forEach(e -> out.append("::error title=policy check::").append(githubData(e)).append('\n'));
        return out.append(summary(report)).toString();
    }

    /** The escaping GitHub's workflow commands require of a message … */
    private static String githubData(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** … and, more, of a property value. */
    private static String githubProperty(String text) {
        return githubData(text).replace(":", "%3A").replace(",", "%2C");
    }

    /** JUnit XML for CI test reports: a test case per file and namespace, failed by its denies. */
    static String junit(PolicyReport report) throws Exception {
        var text = new java.io.StringWriter();
        var xml = javax.xml.stream.XMLOutputFactory.newInstance().createXMLStreamWriter(text);
        Map<String, List<PolicyFinding>> byFile = new LinkedHashMap<>();
        report.checked().forEach(c -> byFile.putIfAbsent(c.file() + " - " + c.namespace(), new ArrayList<>()));
        report.findings().forEach(f -> byFile.computeIfAbsent(f.file() + " - " + f.namespace(), k -> new ArrayList<>()).add(f));
        long failed = byFile.values().stream().filter(fs -> fs.stream().anyMatch(f -> f.severity() == PolicyFinding.Severity.DENY))
                .count();
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("testsuites");
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", "policy check");
        xml.writeAttribute("tests", String.valueOf(byFile.size() + report.errors().size()));
        xml.writeAttribute("failures", String.valueOf(failed));
        xml.writeAttribute("errors", String.valueOf(report.errors().size()));
        for (var entry : byFile.entrySet()) {
            xml.writeStartElement("testcase");
            xml.writeAttribute("classname", "policy");
            xml.writeAttribute("name", entry.getKey());
            List<PolicyFinding> denies = entry.getValue().stream().filter(f -> f.severity() == PolicyFinding.Severity.DENY)
                    .toList();
            if (!denies.isEmpty()) {
                xml.writeStartElement("failure");
                xml.writeAttribute("message", denies.size() + (denies.size() == 1 ? " deny" : " denies"));
                xml.writeCharacters(denies.stream().map(f -> (f.line() > 0 ? "line " + f.line() + ": " : "") + f.message())
                        .collect(java.util.stream.Collectors.joining("\n")));
                xml.writeEndElement();
            }
            List<String> others = entry.getValue().stream().filter(f -> f.severity() != PolicyFinding.Severity.DENY)
                    .map(f -> (f.severity() == PolicyFinding.Severity.WARN ? "WARN " : "EXCP ") + f.message()).toList();
            if (!others.isEmpty()) {
                xml.writeStartElement("system-out");
                xml.writeCharacters(String.join("\n", others));
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        for (String error : report.errors()) {
            xml.writeStartElement("testcase");
            xml.writeAttribute("classname", "policy");
            xml.writeAttribute("name", error.contains(": ") ? error.substring(0, error.indexOf(": ")) : error);
            xml.writeStartElement("error");
            xml.writeAttribute("message", error);
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return text + "\n";
    }

    /** conftest's {@code --output json}: every file checked, its successes, and what its rules said. */
    static String json(PolicyReport report) throws Exception {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        Map<String, ObjectNode> files = new LinkedHashMap<>();
        ArrayNode array = json.createArrayNode();
        java.util.function.BiFunction<String, String, ObjectNode> entry = (file, namespace) ->
                files.computeIfAbsent(file + "\u0000" + namespace, k -> {
                    ObjectNode node = array.addObject();
                    node.put("filename", file);
                    node.put("namespace", namespace);
                    node.put("successes", 0);
                    return node;
                });
        report.checked().forEach(c -> {
            ObjectNode node = entry.apply(c.file(), c.namespace());
            node.put("successes", node.get("successes").asInt() + c.successes());
        });
        for (PolicyFinding f : report.findings()) {
            ObjectNode node = entry.apply(f.file(), f.namespace());
            String kind = switch (f.severity()) {
                case DENY -> "failures";
                case WARN -> "warnings";
                case EXCEPTION -> "exceptions";
            };
            ObjectNode item = (node.has(kind) ? (ArrayNode) node.get(kind) : node.putArray(kind)).addObject();
            item.put("msg", f.message());
            if (f.line() > 0) {
                item.putObject("metadata").put("line", f.line());
            }
        }
        return json.writeValueAsString(array) + "\n";
    }
}
