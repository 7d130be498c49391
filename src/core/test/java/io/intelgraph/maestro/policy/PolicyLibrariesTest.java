package io.intelgraph.maestro.policy;

import io.intelgraph.maestro.rego.RegoException;
import io.intelgraph.maestro.rego.RegoPolicy;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs nine public Rego libraries' own unit tests (src/core/test/resources/rego-libraries, a SOURCE.md in each) the way
 * their CI runs {@code opa test}, through the calls {@code policy verify} makes, and pins how many pass.
 * Under the OPA their CI pins every one of these tests passes; the few that OPA 1.x fails as well (OPA changed a
 * builtin since) are listed in {@link #VERSION_DIFFERENCES} with the reason, and every other failure is the engine's.
 * The pin is exact: a regression and an improvement both fail here, and the pin is then updated.
 * <p>
 * {@code ./mvnw -B -o test -Dtest=PolicyLibrariesTest} prints a table per library;
 * {@code -Drego.libraries.verbose=true} lists every failing test with its reason.
 */
class PolicyLibrariesTest {

    private static final Path ROOT = Path.of("src/core/test/resources/rego-libraries");

    /** The first file met with each per-file compile error, for the table. */
    private static final Map<String, String> fileExamples = new ConcurrentHashMap<>();

    /** Tests passed per library, as measured with the in-process engine: update when the engine improves. */
    private static final Map<String, Integer> PINNED_PASSES = new TreeMap<>(Map.of(
            "confectionery", 88,
            "ec-policies", 450,
            "gatekeeper-library", 1003,
            "gcp-policy-library", 408,
            "k8s-security-policies", 200,
            "opa-library", 64,
            "regal", 97,
            "regula", 251,
            "trivy-checks-lib", 27));

    /**
     * Tests that pass under the old OPA their library's CI pins but fail under OPA 1.x as here, because OPA itself
     * changed: the table names them with the reason instead of as the engine's gaps.
     */
    record VersionDifference(String library, Pattern tests, String reason) {
    }

    static final List<VersionDifference> VERSION_DIFFERENCES = List.of(
            new VersionDifference("regula", Pattern.compile(
                    "data\\.rules\\.arm_\\w+\\.test_\\w+|data\\.fugue\\.resource_view\\.test_resource_view_arm"),
                    "regula's CI embeds OPA 0.45, whose json.patch cannot move the root document (from: []); OPA 1.x"
                            + " (its edit tree) can, so regula's ARM resource view counts a top-level resource as its own"
                            + " parent, finds no typed name for it and drops it"),
            new VersionDifference("gcp-policy-library", Pattern.compile(
                    "data\\.templates\\.gcp\\.GCPIAMRestrictServiceAccountKeyAgeConstraintV1\\.test_service_account_key_age_"
                            + "(ninety|one_hundred)_days_\\w+"),
                    "the fixture key valid until 2999 is outside int64 nanoseconds: OPA 0.29 (its CI) wrapped the value,"
                            + " OPA 1.x makes time.parse_rfc3339_ns undefined (time outside of valid range), so one"
                            + " violation fewer"));

    /** A unit of the test suite that its CI hands to one {@code opa test} call. */
    record Run(String label, List<Path> regoRoots, boolean recursive, List<Path> dataRoots) {
    }

    /** A library: how its CI runs {@code opa test} (see its SOURCE.md), and the Rego version it is written in. */
    record Library(String name, String regoVersion, List<Run> runs) {
    }

    /** The outcome of one test as {@code opa test} counts it (each test rule definition is one test). */
    record Outcome(String test, boolean passed, String category, String reason) {
    }

    static List<Library> libraries() throws IOException {
        Path gatekeeper = ROOT.resolve("gatekeeper-library");
        List<Run> gatekeeperRuns = new ArrayList<>();
        // test.sh: for folder in src/*/*; do opa test ${folder}/*.rego; done
        try (Stream<Path> kinds = Files.list(gatekeeper.resolve("src"))) {
            for (Path kind : kinds.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> folders = Files.list(kind)) {
                    for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
                        gatekeeperRuns.add(new Run(gatekeeper.relativize(folder).toString(), List.of(folder), false, List.of()));
                    }
                }
            }
        }
        Path gcp = ROOT.resolve("gcp-policy-library");
        Path ec = ROOT.resolve("ec-policies");
        Path confectionery = ROOT.resolve("confectionery");
        return List.of(
                // .github/workflows/main.yml: opa test rules test-files (setup-opa, OPA 0.44 then); rules/ vendors
                // Regula's lib/ (data.fugue.*) the tests build their resource views with; no data files are loaded
                new Library("confectionery", "v0", List.of(new Run("rules/ test-files/",
                        List.of(confectionery.resolve("rules"), confectionery.resolve("test-files")), true, List.of()))),
                // Makefile (make ci, quiet-test): ec opa test ./example/data/rule_data.yml ./policy checks — OPA 0.70
                // plus EC's builtins (ec.oci.*, ec.purl.*, …), here plain; rule_data.yml, named as a file, loads at data
                new Library("ec-policies", "v0", List.of(new Run("example/data/rule_data.yml policy/ checks/",
                        List.of(ec.resolve("policy"), ec.resolve("checks")), true,
                        List.of(ec.resolve("example/data/rule_data.yml"), ec.resolve("policy"), ec.resolve("checks"))))),
                new Library("gatekeeper-library", "v0", gatekeeperRuns),
                // Makefile: opa test --timeout 30s -v lib/ validator/ (OPA loads the JSON/YAML fixtures there as data)
                new Library("gcp-policy-library", "v0", List.of(new Run("lib/ validator/",
                        List.of(gcp.resolve("lib"), gcp.resolve("validator")), true,
                        List.of(gcp.resolve("lib"), gcp.resolve("validator"))))),
                // .github/workflows/build.yml: opa test policies/ -v (OPA 0.17.2)
                new Library("k8s-security-policies", "v0", List.of(new Run("policies/",
                        List.of(ROOT.resolve("k8s-security-policies/policies")), true, List.of()))),
                // build/test.sh: opa test --verbose /library
                new Library("opa-library", "v0", List.of(new Run(".",
                        List.of(ROOT.resolve("opa-library")), true, List.of()))),
                // build/do.rq (test task): go run main.go test bundle — regal test, OPA 1.x plus Regal's builtins
                // (regal.parse_module, regal.last, …) and data.internal.capabilities, here plain; bundle/ also loads
                // regal/config/provided/data.yaml at data.regal.config.provided
                new Library("regal", "v1", List.of(new Run("bundle/",
                        List.of(ROOT.resolve("regal/bundle")), true, List.of(ROOT.resolve("regal/bundle"))))),
                // .github/workflows/main.yml: regula test --no-test-inputs examples rules tests (plus its embedded lib/)
                new Library("regula", "v0", List.of(new Run("lib/ examples/ rules/ tests/",
                        Stream.of("lib", "examples", "rules", "tests").map(ROOT.resolve("regula")::resolve).toList(),
                        true, List.of()))),
                // Makefile: opa test lib/ checks/ examples/ (Trivy's OPA build); here lib/ without its Trivy builtins
                new Library("trivy-checks-lib", "v1", List.of(new Run("lib/",
                        List.of(ROOT.resolve("trivy-checks-lib/lib")), true, List.of()))));
    }

    @Test
    void librariesPassThePinnedNumberOfTheirOwnTests() throws Exception {
        boolean verbose = Boolean.getBoolean("rego.libraries.verbose");
        Map<String, Integer> measured = new TreeMap<>();
        StringBuilder table = new StringBuilder();
        table.append(String.format("%n%-22s %-4s %6s %6s %6s  %s%n", "library", "rego", "tests", "passed", "failed",
                "failures by category"));
        int allTests = 0;
        int allPassed = 0;
        StringBuilder details = new StringBuilder();
        for (Library library : libraries()) {
            List<Outcome> outcomes = new ArrayList<>();
            Map<String, Integer> fileErrors = new TreeMap<>();
            fileExamples.clear();
            for (Run run : library.runs()) {
                for (Outcome o : run(run, RegoPolicy.Version.of(library.regoVersion()), fileErrors)) {
                    outcomes.add(o.passed() ? o : versionDifference(library.name(), o));
                }
            }
            int passed = (int) outcomes.stream().filter(Outcome::passed).count();
            measured.put(library.name(), passed);
            allTests += outcomes.size();
            allPassed += passed;
            Map<String, Integer> categories = new TreeMap<>();
            Map<String, Integer> reasons = new LinkedHashMap<>();
            for (Outcome o : outcomes) {
                if (!o.passed()) {
                    categories.merge(o.category(), 1, Integer::sum);
                    reasons.merge(o.category() + ": " + abbreviate(reason(o.reason()), 140), 1, Integer::sum);
                    if (verbose) {
                        details.append("  ").append(library.name()).append(" ").append(o.test()).append(": ")
                                .append(o.category()).append(": ").append(abbreviate(o.reason(), 300)).append('\n');
                    }
                }
            }
            table.append(String.format("%-22s %-4s %6d %6d %6d  %s%n", library.name(), library.regoVersion(),
                    outcomes.size(), passed, outcomes.size() - passed, categories));
            reasons.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(10)
                    .forEach(e -> table.append(String.format("      %4d × %s%n", e.getValue(), e.getKey())));
            if (!fileErrors.isEmpty()) {
                table.append(String.format("      files that do not compile on their own: %d%n",
                        fileErrors.values().stream().mapToInt(Integer::intValue).sum()));
                fileErrors.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(10)
                        .forEach(e -> table.append(String.format("      %4d × %s  (e.g. %s)%n", e.getValue(), e.getKey(),
                                fileExamples.get(e.getKey()))));
            }
        }
        table.append(String.format("%-22s %-4s %6d %6d %6d  (%d%% passing)%n", "all", "", allTests, allPassed,
                allTests - allPassed, allTests == 0 ? 0 : 100 * allPassed / allTests));
        System.out.print(table);
        System.out.print(details);
        assertEquals(PINNED_PASSES, measured, "tests passed per library changed: update PINNED_PASSES" + table);
    }

    /** A failure OPA 1.x shares, named by its reason; any other failure as it is. */
    private static Outcome versionDifference(String library, Outcome failed) {
        String test = failed.test().substring(failed.test().lastIndexOf(' ') + 1);
        return VERSION_DIFFERENCES.stream()
                .filter(d -> d.library().equals(library) && d.tests().matcher(test).matches())
                .findFirst()
                .map(d -> new Outcome(failed.test(), false, "fails under OPA 1.x too", d.reason()))
                .orElse(failed);
    }

    /** The data files load as OPA loads them (GCP's fixtures at data.test.fixtures), so a data error hides no test. */
    @Test
    void everyRunsDataLoads() throws IOException {
        for (Library library : libraries()) {
            for (Run run : library.runs()) {
                Map<String, Object> data = PolicyData.load(run.dataRoots());
                if (library.name().equals("gcp-policy-library")) {
                    Map<?, ?> fixtures = (Map<?, ?>) ((Map<?, ?>) data.get("test")).get("fixtures");
                    assertTrue(fixtures.containsKey("allowed_resource_types"), fixtures.keySet().toString());
                }
            }
        }
    }

    /** One {@code opa test} call: every test rule definition it would run, passed or not and why. */
    static List<Outcome> run(Run run, RegoPolicy.Version version, Map<String, Integer> fileErrors) throws IOException, InterruptedException {
        Map<String, String> files = new LinkedHashMap<>();
        for (Path root : run.regoRoots()) {
            try (Stream<Path> walk = run.recursive() ? Files.walk(root) : Files.list(root)) {
                for (Path file : walk.filter(f -> f.toString().endsWith(".rego") && Files.isRegularFile(f)).sorted().toList()) {
                    files.put(file.toString(), Files.readString(file));
                }
            }
        }
        // A package with string steps (package a["b-c"]) is named with dots, as the engine names it: data.a.b-c.
        List<String> expected = testDefinitions(files).stream().map(t -> t.replaceAll("\\[\"([^\"]*)\"]", ".$1")).toList();
        List<Outcome> outcomes = new ArrayList<>();
        List<RegoPolicy.TestResult> results;
        ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "rego-library " + run.label());
            t.setDaemon(true);
            return t;
        });
        try {
            // The calls policy verify makes: compile the files, load the data, run the test_* rules.
            Future<List<RegoPolicy.TestResult>> future = executor.submit(() ->
                    RegoPolicy.compile(files, version).runTests(PolicyData.load(run.dataRoots())));
            results = future.get(120, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            String category = cause instanceof RegoException ? category(cause.getMessage())
                    : cause instanceof IOException ? "data load error" : "engine crash (" + cause.getClass().getSimpleName() + ")";
            for (String test : expected) {
                outcomes.add(new Outcome(run.label() + " " + test, false, category, String.valueOf(cause.getMessage())));
            }
            // The first error stops the whole run, as in opa test; each file alone shows every gap behind it.
            files.forEach((name, source) -> {
                try {
                    RegoPolicy.compile(Map.of(name, source), version);
                } catch (RuntimeException alone) {
                    fileErrors.merge(abbreviate(reason(alone.getMessage()), 140), 1, Integer::sum);
                    fileExamples.putIfAbsent(abbreviate(reason(alone.getMessage()), 140),
                            where(String.valueOf(alone.getMessage())));
                }
            });
            return outcomes;
        } catch (TimeoutException e) {
            for (String test : expected) {
                outcomes.add(new Outcome(run.label() + " " + test, false, "timeout", "the run took over 120 s"));
            }
            return outcomes;
        } finally {
            executor.shutdownNow();
        }
        // opa test runs each definition of a test rule; an engine that merges same-named definitions runs fewer.
        Map<String, Integer> remaining = new TreeMap<>();
        expected.forEach(t -> remaining.merge(t, 1, Integer::sum));
        for (RegoPolicy.TestResult r : results) {
            // opa test names the second and later definitions of a name test_x#01, test_x#02, …
            String shown = "data." + r.pkg() + "." + r.name();
            String test = DUPLICATE_SUFFIX.matcher(shown).replaceFirst("");
            if (remaining.merge(test, -1, Integer::sum) < 0) {
                continue;
            }
            outcomes.add(new Outcome(run.label() + " " + shown, r.passed(),
                    r.passed() ? "" : r.error().isEmpty() ? "wrong result (false or undefined)" : category(r.error()),
                    r.error().isEmpty() ? "test evaluated to false or undefined" : r.error()));
        }
        remaining.forEach((test, left) -> {
            for (int i = 0; i < left; i++) {
                outcomes.add(new Outcome(run.label() + " " + test, false, "not run",
                        "the engine did not run this test definition (same-named tests merged?)"));
            }
        });
        return outcomes;
    }

    private static final Pattern DUPLICATE_SUFFIX = Pattern.compile("#\\d{2,}$");
    private static final Pattern PACKAGE = Pattern.compile("(?m)^package\\s+([\\w.\\[\\]\"-]+)");
    private static final Pattern RAW_STRING = Pattern.compile("`[^`]*`");
    private static final Pattern TEST_RULE = Pattern.compile("(?m)^(test_\\w*)\\b(?!\\s*\\.)");

    /** The tests {@code opa test} finds: each top-level definition of a rule named test_*, as data.PKG.NAME. */
    static List<String> testDefinitions(Map<String, String> files) {
        List<String> tests = new ArrayList<>();
        files.values().forEach(source -> {
            Matcher pkg = PACKAGE.matcher(source);
            String name = pkg.find() ? pkg.group(1) : "?";
            // A test_* rule inside a raw string (a policy a test parses, as Regal's do) is text, not a test.
            Matcher rule = TEST_RULE.matcher(RAW_STRING.matcher(source).replaceAll("``"));
            while (rule.find()) {
                tests.add("data." + name + "." + rule.group(1));
            }
        });
        return tests;
    }

    /** Sorts an engine error into the kind of gap it shows. */
    static String category(String message) {
        String m = message == null ? "" : message.toLowerCase(Locale.ROOT);
        if (m.contains("unknown function") || m.contains("unknown builtin") || m.contains("undefined function")
                || m.contains("unsupported builtin") || m.contains("not a builtin") || m.contains("no builtin")
                // "unsupported: builtin ec.purl.parse", "with on ec.oci.blob (not a function or builtin)": EC's own
                || m.contains("unsupported: builtin") || m.contains("not a function or builtin")) {
            return "unsupported builtin";
        }
        if (m.contains("unsafe")) {
            return "unsafe var";
        }
        if (m.contains("unsupported")) {
            return "unsupported feature";
        }
        if (m.contains("recursion") || m.contains("stackoverflow") || m.contains("stack overflow")) {
            return "recursion";
        }
        if (m.contains("conflict") || m.contains("multiple") || m.contains("more than one")) {
            return "conflicting values";
        }
        if (m.contains("expected") || m.contains("unexpected") || m.contains("parse") || m.contains("syntax")) {
            return "parse error";
        }
        if (m.contains("import")) {
            return "import error";
        }
        if (m.contains("operand") || m.contains("type")) {
            return "type error";
        }
        return "other error";
    }

    /** A reason without the file and line it was met at, so the same gap in many places counts as one. */
    static String reason(String message) {
        return message == null ? "" : message.replaceAll("\\s*\\([^()]*\\.rego:\\d+\\)", "")
                .replaceAll("\\S*\\.rego:\\d+(:\\d+)?:?\\s*", "");
    }

    private static final Pattern WHERE = Pattern.compile("[^\\s(]+\\.rego:\\d+(:\\d+)?");

    /** The file and line an error names, relative to the libraries' folder. */
    private static String where(String message) {
        Matcher m = WHERE.matcher(message);
        return m.find() ? m.group().replace(ROOT + "/", "") : "?";
    }

    private static String abbreviate(String s, int max) {
        String one = s == null ? "" : s.replaceAll("\\s+", " ");
        return one.length() <= max ? one : one.substring(0, max) + "…";
    }
}
