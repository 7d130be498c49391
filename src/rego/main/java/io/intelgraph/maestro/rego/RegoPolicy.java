package io.intelgraph.maestro.rego;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * A set of Rego modules compiled for evaluation in-process: the engine the HUD uses when no
 * {@code opa}/{@code conftest} binary is installed. Plain Java values in and out.
 */
public final class RegoPolicy {

    /**
     * Bounds on one evaluation (a rule, a query or a test): a timeout (null: none) and the most elements a
     * collection may hold (numbers.range, comprehensions, partial rules).
     */
    public record Limits(Duration timeout, long maxCollection) {
        /** Defaults for the CLI and the deploy gate: no sane policy over a manifest needs more. */
        public static final Limits DEFAULT = new Limits(Duration.ofSeconds(30), 1_000_000);
        public static final Limits NONE = new Limits(null, Long.MAX_VALUE);

        /** A timeout as Go writes durations ({@code 30s}, {@code 500ms}, {@code 1m30s}); 0 means none. */
        public static Duration timeout(String text) {
            long nanos;
            try {
                nanos = GoTime.duration(text).longValueExact();
            } catch (RegoException | ArithmeticException e) {
                throw new IllegalArgumentException("--timeout " + text + " is not a duration such as 30s or 500ms");
            }
            return nanos <= 0 ? null : Duration.ofNanos(nanos);
        }
    }

    private final Interpreter interpreter;
    private final List<Ast.Module> modules;
    private final Limits limits;
    /** Where {@code print(...)} output goes; null: print calls are skipped, as OPA does unless enabled. */
    private final Consumer<String> printer;

    private RegoPolicy(List<Ast.Module> modules, Interpreter interpreter, Consumer<String> printer, Limits limits) {
        this.modules = List.copyOf(modules);
        this.interpreter = interpreter;
        this.printer = printer;
        this.limits = limits;
    }

    /** The same policies, each evaluation bounded by {@code limits}. */
    public RegoPolicy withLimits(Limits limits) {
        return new RegoPolicy(modules, new Interpreter(modules, limits.maxCollection()), printer, limits);
    }

    private Interpreter.Context bounded(Interpreter.Context ctx) {
        ctx.budget = new Budget(limits);
        return ctx;
    }

    /** The Rego syntax a module is read as ({@code --rego-version}); {@code import rego.v1} makes any module v1. */
    public enum Version {
        V0, V1;

        /** "v0" / "v1", as conftest and OPA spell it. */
        public static Version of(String name) {
            return switch (name.toLowerCase(Locale.ROOT)) {
                case "v0", "0" -> V0;
                case "v1", "1" -> V1;
                default -> throw new IllegalArgumentException("unknown Rego version " + name + " (v0 or v1)");
            };
        }
    }

    /**
     * Parses every file (name → source); a syntax error or unsupported feature names the file and line. Either
     * rule form is accepted (v0's {@code p[x] { … }} and v1's {@code if}/{@code contains}).
     */
    public static RegoPolicy compile(Map<String, String> files) {
        return compile(files, null);
    }

    /** Parses every file as Rego {@code version} (null: either form). */
    public static RegoPolicy compile(Map<String, String> files, Version version) {
        List<Ast.Module> modules = new ArrayList<>();
        files.forEach((name, source) -> modules.add(Parser.parse(source, name, version)));
        List<Ast.Module> resolved = NegationHoisting.resolve(MetadataCalls.resolve(modules));
        return new RegoPolicy(resolved, new Interpreter(resolved, Limits.DEFAULT.maxCollection()), null, Limits.DEFAULT);
    }

    /** The same policies, with each line that {@code print(...)} writes handed to {@code printer}. */
    public RegoPolicy printingTo(Consumer<String> printer) {
        return new RegoPolicy(modules, interpreter, printer, limits);
    }

    public Set<String> packages() {
        return new TreeSet<>(interpreter.packageNames());
    }

    public Set<String> rules(String pkg) {
        return new TreeSet<>(interpreter.ruleNames(pkg));
    }

    /** How many definitions (bodies) a rule has: conftest counts each as a test. */
    public int definitions(String pkg, String rule) {
        return interpreter.definitions(pkg, rule);
    }

    /**
     * The value of {@code data.<pkg>.<rule>} for an input (plain Java: maps, lists, strings,
     * numbers, booleans, null); empty when undefined. Sets come back as sorted lists.
     */
    public Optional<Object> evaluate(String pkg, String rule, Object input, Object data) {
        Interpreter.Context ctx = bounded(new Interpreter.Context(Values.of(input), Values.of(data == null ? Map.of() : data),
                false, printer));
        Object value;
        try {
            value = interpreter.rule(pkg, rule, ctx);
        } catch (StackOverflowError tooDeep) {
            throw RegoException.limit("evaluating data." + pkg + "." + rule + " nested too deeply (a recursion without end?)");
        }
        return Optional.ofNullable(value).map(Values::toJava);
    }

    /**
     * One input evaluated once: every rule read through it shares one context, so helper rules that several
     * deny/warn rules use are computed once per document, not once per rule.
     */
    public final class Evaluation {
        private final Interpreter.Context ctx;

        private Evaluation(Object input, Object data) {
            ctx = bounded(new Interpreter.Context(Values.of(input), Values.of(data == null ? Map.of() : data), false,
                    printer));
        }

        /** As {@link RegoPolicy#evaluate}, in this evaluation's context. */
        public Optional<Object> evaluate(String pkg, String rule) {
            Object value;
            try {
                value = interpreter.rule(pkg, rule, ctx);
            } catch (StackOverflowError tooDeep) {
                throw RegoException.limit("evaluating data." + pkg + "." + rule + " nested too deeply (a recursion"
                        + " without end?)");
            }
            return Optional.ofNullable(value).map(Values::toJava);
        }
    }

    /** Starts evaluating rules over one input (its timeout runs from here). */
    public Evaluation evaluation(Object input, Object data) {
        return new Evaluation(input, data);
    }

    /** The raw Rego value (sets stay sets), for callers that need set semantics. */
    Object evaluateRaw(String pkg, String rule, Object input) {
        return interpreter.rule(pkg, rule, new Interpreter.Context(Values.of(input), Values.of(Map.of())));
    }

    /**
     * Runs a query (e.g. {@code data.p.q = x}) and returns each solution's variable bindings as
     * plain Java values; an empty list means undefined.
     */
    public List<Map<String, Object>> query(String query, Object input, Object data) {
        return query(query, input, data, false);
    }

    /** @param strict builtin type errors raise instead of evaluating to undefined */
    public List<Map<String, Object>> query(String query, Object input, Object data, boolean strict) {
        Interpreter.Context ctx = bounded(new Interpreter.Context(input == null ? null : Values.of(input),
                Values.of(data == null ? Map.of() : data), strict, printer));
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> solution : interpreter.query(Parser.parseQuery(query), ctx)) {
            Map<String, Object> plain = new LinkedHashMap<>();
            solution.forEach((k, v) -> plain.put(k, Values.toJava(v)));
            out.add(plain);
        }
        return out;
    }

    /** Outcome of one {@code test_*} rule of a {@code *_test.rego} file, with what it printed. */
    public record TestResult(String pkg, String name, boolean passed, String error, List<String> printed) {
        public TestResult {
            printed = List.copyOf(printed);
        }
    }

    /** Runs every rule named {@code test_*}, as {@code opa test} / {@code conftest verify} do. */
    public List<TestResult> runTests() {
        return runTests(Map.of());
    }

    /** Runs the tests over a {@code data} document (conftest verify's {@code --data}). */
    public List<TestResult> runTests(Object data) {
        Object base = Values.of(data == null ? Map.of() : data);
        List<TestResult> results = new ArrayList<>();
        Map<String, Set<String>> tests = new LinkedHashMap<>();
        for (Ast.Module module : modules) {
            for (Ast.Rule rule : module.rules()) {
                if (rule.name().startsWith("test_")) {
                    tests.computeIfAbsent(module.packageName(), k -> new TreeSet<>()).add(rule.name());
                }
            }
        }
        tests.forEach((pkg, names) -> {
            for (String name : names) {
                // Several definitions of one test name are separate tests, as opa test reports them: test_x, test_x#01.
                int definitions = Math.max(1, interpreter.definitions(pkg, name));
                for (int index = 0; index < definitions; index++) {
                    String shown = index == 0 ? name : name + "#" + String.format("%02d", index);
                    List<String> printed = new ArrayList<>();
                    try {
                        Interpreter.Context ctx = bounded(new Interpreter.Context(Values.NULL, base, false, printed::add));
                        Object value = definitions == 1 ? interpreter.rule(pkg, name, ctx)
                                : interpreter.definition(pkg, name, index, ctx);
                        results.add(new TestResult(pkg, shown, passes(value), "", printed));
                    } catch (RegoException e) {
                        results.add(new TestResult(pkg, shown, false, e.getMessage(), printed));
                    }
                }
            }
        });
        return results;
    }

    /**
     * A test's verdict as OPA's runner gives it: true passes; a test rule with a ref head ({@code test_x[n] if …}, an
     * object of trues) is queried as {@code data.pkg.test_x[n]}, whose first answer must be true.
     */
    private static boolean passes(Object value) {
        if (value instanceof Map<?, ?> byKey && !byKey.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<Object> keys = Values.sorted((Collection<Object>) byKey.keySet());
            return Boolean.TRUE.equals(byKey.get(keys.getFirst()));
        }
        return Boolean.TRUE.equals(value);
    }
}
