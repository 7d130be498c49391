package io.intelgraph.maestro.cli;

import io.intelgraph.maestro.model.policy.PolicyReport;
import io.intelgraph.maestro.policy.BinaryPolicyEngine;
import io.intelgraph.maestro.policy.InProcessPolicyEngine;
import io.intelgraph.maestro.policy.PolicyChecker;
import io.intelgraph.maestro.policy.PolicyData;
import io.intelgraph.maestro.policy.PolicyEngine;
import io.intelgraph.maestro.rego.RegoException;
import io.intelgraph.maestro.rego.RegoPolicy;
import io.intelgraph.maestro.text.TerminalText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code policy check PATH...}: conftest's verdicts, output and exit codes, with the in-process engine. */
@Command(name = "policy", mixinStandardHelpOptions = true, description = "Policy as code (Rego, conftest conventions).",
        subcommands = {PolicyCommand.Check.class, PolicyCommand.Verify.class})
final class PolicyCommand {

    @ParentCommand
    Main main;

    enum Output { table, json, github, junit }

    /** How standard input is read. */
    enum StdinParser { yaml, dockerfile }

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
        StdinParser parser = StdinParser.yaml;
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
        @Mixin
        RegoOptions rego;
        @Option(names = "--engine", paramLabel = "ENGINE",
                description = "in-process (default), conftest or opa (the binary on the PATH), or auto (a binary if found).")
        String engine = "in-process";

        @Override
        public Integer call() throws Exception {
            PolicyChecker checker;
            try {
                checker = checker();
            } catch (IOException | IllegalArgumentException | RegoException e) {
                // No policies, policies that do not parse, or data that cannot be read: nothing can be checked.
                parent.main.err().println("error: " + TerminalText.escape(e.getMessage()));
                parent.main.err().flush();
                return 3;
            }
            List<Path> files = paths.stream().filter(p -> !p.equals("-")).map(Path::of).toList();
            String stdin = paths.contains("-")
                    ? parent.main.stdin().lines().collect(Collectors.joining("\n", "", "\n")) : null;
            PolicyReport report;
            if (combine) {
                report = checker.checkCombined(files, stdin == null ? Map.of() : Map.of("-", switch (parser) {
                    case yaml -> PolicyChecker.yamlDocuments(stdin);
                    case dockerfile -> List.<Object>of(PolicyChecker.dockerfileInput(stdin));
                }));
            } else {
                report = checker.check(files);
                if (stdin != null) {
                    report = report.plus(switch (parser) {
                        case yaml -> checker.checkManifests("-", stdin);
                        case dockerfile -> checker.checkDockerfile("-", stdin);
                    });
                }
            }
            parent.main.out().print(switch (output) {
                case table -> PolicyReportFormats.table(report);
                case json -> PolicyReportFormats.json(report);
                case github -> PolicyReportFormats.github(report);
                case junit -> PolicyReportFormats.junit(report);
            });
            parent.main.out().flush();
            parent.main.err().println("engine: " + checker.engine().name());
            report.errors().forEach(e -> parent.main.err().println("error: " + TerminalText.escape(e)));
            parent.main.err().flush();
            if (!report.errors().isEmpty()) {
                return 3;
            }
            if (report.denies() > 0) {
                return failOnWarn ? 2 : 1;
            }
            return failOnWarn && report.warnings() > 0 ? 1 : 0;
        }

        /** The command's object graph: the engine --engine names, and the checker over it for the namespaces asked. */
        private PolicyChecker checker() throws IOException {
            PolicyEngine chosen = engine();
            return new PolicyChecker(chosen, allNamespaces ? List.copyOf(chosen.namespaces()) : namespace);
        }

        private PolicyEngine engine() throws IOException {
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
        private InProcessPolicyEngine inProcess() throws IOException {
            return InProcessPolicyEngine.load(policy, rego.version(), rego.limits()).withData(PolicyData.load(data))
                    .printingTo(line -> parent.main.err().println(TerminalText.escape(line)));
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
        @Mixin
        RegoOptions rego;

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
                results = RegoPolicy.compile(files, rego.version())
                        .withLimits(rego.limits())
                        .runTests(PolicyData.load(data));
            } catch (IOException | IllegalArgumentException | RegoException e) {
                parent.main.err().println("error: " + TerminalText.escape(e.getMessage()));
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
                    r.printed().forEach(line -> out.println("  " + TerminalText.escape(line)));
                    if (!r.error().isEmpty()) {
                        out.println("  error: " + TerminalText.escape(r.error()));
                    }
                }
            }
            // conftest verify's summary line (its acceptance tests read "4 tests, 4 passed").
            long passed = results.size() - failed;
            out.println();
            out.println(results.size() + " " + PolicyReportFormats.plural("test", results.size()) + ", " + passed + " passed, 0 warnings, "
                    + failed + " " + PolicyReportFormats.plural("failure", failed) + ", 0 exceptions");
            out.flush();
            return failed == 0 ? 0 : 1;
        }
    }
}
