package io.intelgraph.maestro.rego;

import io.intelgraph.maestro.rego.Ast.ArrayTerm;
import io.intelgraph.maestro.rego.Ast.Binary;
import io.intelgraph.maestro.rego.Ast.Call;
import io.intelgraph.maestro.rego.Ast.Comprehension;
import io.intelgraph.maestro.rego.Ast.Expr;
import io.intelgraph.maestro.rego.Ast.Module;
import io.intelgraph.maestro.rego.Ast.ObjectTerm;
import io.intelgraph.maestro.rego.Ast.Ref;
import io.intelgraph.maestro.rego.Ast.Rule;
import io.intelgraph.maestro.rego.Ast.RuleKind;
import io.intelgraph.maestro.rego.Ast.Scalar;
import io.intelgraph.maestro.rego.Ast.SetTerm;
import io.intelgraph.maestro.rego.Ast.Term;
import io.intelgraph.maestro.rego.Ast.Var;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Top-down evaluation with backtracking: every expression and term yields its solutions to a
 * continuation, so a reference with unbound variables ({@code input[i].Cmd}) enumerates.
 */
final class Interpreter {

    /** Stops an enumeration once one solution is enough (not, every, existence). */
    private static final class Found extends RuntimeException {
        Found() {
            super(null, null, false, false);
        }
    }

    private static final Found FOUND = new Found();

    /** Variable bindings: small, copied on extension. */
    record Env(Map<String, Object> vars) {
        static final Env EMPTY = new Env(Map.of());

        Object get(String name) {
            return vars.get(name);
        }

        Env with(String name, Object value) {
            Map<String, Object> next = new HashMap<>(vars);
            next.put(name, value);
            return new Env(next);
        }

        /** Declares the pattern's variables as fresh locals (unbound), hiding outer ones of the same name. */
        Env shadow(Term pattern) {
            return shadowAll(pattern);
        }

        Env shadowAll(Term pattern) {
            Env env = this;
            if (pattern instanceof Var v && !v.wildcard()) {
                env = env.with(v.name(), null);
            } else if (pattern instanceof ArrayTerm a) {
                for (Term item : a.items()) {
                    env = env.shadowAll(item);
                }
            } else if (pattern instanceof ObjectTerm o) {
                for (Term value : o.values()) {
                    env = env.shadowAll(value);
                }
            }
            return env;
        }
    }

    /** What one query sees: input, base data and the rule cache (fresh for each {@code with}). */
    static final class Context {
        final Object input;
        final Object data;
        final Map<String, Object> cache = new HashMap<>();
        final Set<String> evaluating = new LinkedHashSet<>();
        final boolean strict;
        /**
         * The {@code with data.<path> as <value>} in force, outermost first: they replace rules'
         * values (virtual documents) as well as base data, so they are applied to every data value read.
         */
        final List<Map.Entry<List<Object>, Object>> dataOverrides;
        /** {@code with f as …} in force: by function key, what replaces the function. */
        final Map<String, Mock> mocks;
        /** time.now_ns: one instant for the whole query, as OPA does. */
        final long nowNs;
        /**
         * The answers of non-deterministic builtins (uuid.rfc4122, rand.intn) by call: one per query,
         * shared with the contexts {@code with} derives, as OPA caches them.
         */
        final Map<String, Object> randomByCall;
        /** Where {@code print(...)} lines go; null when nobody listens (OPA then erases print calls). */
        final Consumer<String> printer;
        /** The evaluation's timeout and size limit, shared with the contexts {@code with} derives. */
        Budget budget = Budget.UNLIMITED;

        Context(Object input, Object data) {
            this(input, data, false);
        }

        /** @param strict builtin type errors are errors (OPA's strict-builtin-errors), not undefined */
        Context(Object input, Object data, boolean strict) {
            this(input, data, strict, null);
        }

        Context(Object input, Object data, boolean strict, Consumer<String> printer) {
            this(input, data, strict, List.of(), Map.of(), nanosNow(), new HashMap<>(), printer);
        }

        Context(Object input, Object data, boolean strict, List<Map.Entry<List<Object>, Object>> dataOverrides,
                Map<String, Mock> mocks, long nowNs, Map<String, Object> randomByCall, Consumer<String> printer) {
            this.input = input;
            this.data = data;
            this.strict = strict;
            this.dataOverrides = List.copyOf(dataOverrides);
            this.mocks = Map.copyOf(mocks);
            this.nowNs = nowNs;
            this.randomByCall = randomByCall;
            this.printer = printer;
        }

        private static long nanosNow() {
            Instant now = Instant.now();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        }
    }

    /** What {@code with f as …} puts in a function's place: another function (by its name), or a value. */
    record Mock(String pkg, List<String> function, Object value) {
    }

    private final Map<String, Map<String, List<Rule>>> packages = new LinkedHashMap<>();
    private final BuiltinRegistry builtins;
    /** Each body in the order OPA's safety check would run it, by identity of the parsed body. */
    private final Map<List<Expr>, List<Expr>> safetyOrdered = Collections.synchronizedMap(new IdentityHashMap<>());
    /**
     * Every package name and each of its dotted prefixes ({@code a}, {@code a.b} of {@code a.b.c}): a path names a
     * package or a parent of one. Looked up for every reference into data, so a set rather than a scan of the packages.
     */
    private final Set<String> packagePrefixes = new HashSet<>();
    /** {@link #userFunction}'s answers by package and dotted name. */
    private final Map<CallSite, Optional<String[]>> userFunctions = new ConcurrentHashMap<>();

    private record CallSite(String pkg, List<String> name) {
    }

    Interpreter(List<Module> modules) {
        this(modules, Long.MAX_VALUE);
    }

    /** @param maxCollection the most elements a builtin may build (numbers.range) */
    Interpreter(List<Module> modules, long maxCollection) {
        this.builtins = BuiltinRegistry.standard(maxCollection);
        for (Module module : modules) {
            for (Rule rule : module.rules()) {
                String pkg = module.packageName();
                Rule placed = rule;
                int dot = rule.name().lastIndexOf('.');
                if (dot > 0) {
                    // p.q.r in package a is rule r of package a.p.q (Rego's rule heads with refs).
                    pkg = pkg + "." + rule.name().substring(0, dot);
                    placed = new Rule(rule.name().substring(dot + 1), rule.kind(), rule.args(), rule.key(), rule.subKeys(),
                            rule.value(), rule.body(), rule.isDefault(), rule.orElse(), rule.where(), module.packageName());
                }
                packages.computeIfAbsent(pkg, k -> new LinkedHashMap<>())
                        .computeIfAbsent(placed.name(), k -> new ArrayList<>()).add(placed);
            }
            packages.computeIfAbsent(module.packageName(), k -> new LinkedHashMap<>());
        }
        for (String pkg : packages.keySet()) {
            packagePrefixes.add(pkg);
            for (int dot = pkg.indexOf('.'); dot >= 0; dot = pkg.indexOf('.', dot + 1)) {
                packagePrefixes.add(pkg.substring(0, dot));
            }
        }
    }

    Set<String> packageNames() {
        return packages.keySet();
    }

    Set<String> ruleNames(String pkg) {
        return packages.getOrDefault(pkg, Map.of()).keySet();
    }

    /** How many times a rule is defined in a package (its bodies; a default is not one). */
    int definitions(String pkg, String name) {
        return (int) packages.getOrDefault(pkg, Map.of()).getOrDefault(name, List.of()).stream()
                .filter(rule -> !rule.isDefault()).count();
    }

    /** The value of {@code data.<pkg>.<rule>}, or null when undefined. */
    Object rule(String pkg, String name, Context ctx) {
        List<Rule> rules = packages.getOrDefault(pkg, Map.of()).get(name);
        if (rules == null) {
            return null;
        }
        String cacheKey = pkg + "." + name;
        if (ctx.cache.containsKey(cacheKey)) {
            return ctx.cache.get(cacheKey);
        }
        if (!ctx.evaluating.add(cacheKey)) {
            throw new RegoException("rule " + cacheKey + " depends on itself (recursion)");
        }
        try {
            Object value = evaluateRules(pkg, rules, ctx);
            ctx.cache.put(cacheKey, value);
            return value;
        } finally {
            ctx.evaluating.remove(cacheKey);
        }
    }

    /** The value of the {@code index}-th definition of a rule alone (opa test runs each test body as its own test). */
    Object definition(String pkg, String name, int index, Context ctx) {
        List<Rule> definitions = packages.getOrDefault(pkg, Map.of()).getOrDefault(name, List.of()).stream()
                .filter(rule -> !rule.isDefault()).toList();
        return evaluateRules(pkg, List.of(definitions.get(index)), ctx);
    }

    private Object evaluateRules(String pkg, List<Rule> rules, Context ctx) {
        RuleKind kind = rules.get(0).kind();
        switch (kind) {
            case FUNCTION -> throw new RegoException("function " + pkg + "." + rules.get(0).name() + " must be called");
            case PARTIAL_SET -> {
                if (!rules.get(0).subKeys().isEmpty()) {
                    // p[q].r contains s: an object whose leaves are sets.
                    Object[] out = {new Documents.Path()};
                    for (Rule rule : rules) {
                        String scope = scope(rule, pkg);
                        body(scope, rule.body(), 0, Env.EMPTY, ctx, env -> terms(scope, rule.subKeys(), 0, new ArrayList<>(),
                                env, ctx, (path, e) -> term(scope, rule.key(), e, ctx, (member, e2) -> {
                                    Documents.Members leaf = new Documents.Members();
                                    leaf.add(member);
                                    out[0] = Documents.merge(out[0], Documents.nest(path, leaf), pkg + "." + rule.name());
                                })));
                    }
                    return out[0];
                }
                Set<Object> out = new Documents.Members();
                for (Rule rule : rules) {
                    String scope = scope(rule, pkg);
                    body(scope, rule.body(), 0, Env.EMPTY, ctx, env -> term(scope, rule.key(), env, ctx, (v, e) -> {
                        out.add(v);
                        ctx.budget.checkSize(out.size(), "rule " + pkg + "." + rule.name());
                    }));
                }
                return out;
            }
            case PARTIAL_OBJECT -> {
                Map<Object, Object> out = new Documents.Path();
                for (Rule rule : rules) {
                    String scope = scope(rule, pkg);
                    Term value = rule.value() == null ? new Scalar(Boolean.TRUE) : rule.value();
                    body(scope, rule.body(), 0, Env.EMPTY, ctx, env -> term(scope, rule.key(), env, ctx, (k, e) ->
                            terms(scope, rule.subKeys(), 0, new ArrayList<>(), e, ctx, (deeper, e2) ->
                                    term(scope, value, e2, ctx, (v, e3) -> out.put(k, Documents.merge(out.get(k),
                                            Documents.nest(deeper, v), rule.where() + ": object rule " + pkg + "."
                                                    + rule.name() + "[" + Values.json(k, true) + "]"))))));
                }
                return out;
            }
            default -> {
                Object defaultValue = null;
                Set<Object> values = new LinkedHashSet<>();
                for (Rule rule : rules) {
                    if (rule.isDefault()) {
                        defaultValue = evalConstant(scope(rule, pkg), rule.value(), ctx);
                        continue;
                    }
                    values.addAll(completeValues(scope(rule, pkg), rule, ctx, Env.EMPTY));
                }
                if (values.size() > 1) {
                    throw RegoException.conflict(rules.get(0).where() + ": complete rule " + rules.get(0).name()
                            + " produced conflicting values " + Values.json(new ArrayList<>(values), true));
                }
                return values.isEmpty() ? defaultValue : values.iterator().next();
            }
        }
    }

    /** The package a rule's body resolves names in: where it was written, even if its head placed it deeper. */
    private static String scope(Rule rule, String pkg) {
        return rule.home() != null ? rule.home() : pkg;
    }

    /** The values one definition (with its else chain) gives, from the bindings {@code start}. */
    private Set<Object> completeValues(String pkg, Rule rule, Context ctx, Env start) {
        Set<Object> values = new LinkedHashSet<>();
        for (Rule branch = rule; branch != null && values.isEmpty(); branch = branch.orElse()) {
            Rule current = branch;
            body(pkg, current.body(), 0, start, ctx, env -> {
                if (current.value() == null) {
                    values.add(Boolean.TRUE);
                } else {
                    term(pkg, current.value(), env, ctx, (v, e) -> values.add(v));
                }
            });
        }
        return values;
    }

    private Object evalConstant(String pkg, Term term, Context ctx) {
        Object[] out = new Object[1];
        term(pkg, term, Env.EMPTY, ctx, (v, e) -> out[0] = v);
        return out[0];
    }

    Object callFunction(String pkg, String name, List<Object> args, Context ctx, String where) {
        try {
            return callFunctionOnce(pkg, name, args, ctx, where);
        } catch (StackOverflowError tooDeep) {
            // A function that calls itself without end: name it instead of a thousand-line Java trace.
            throw RegoException.recursedTooDeeply(pkg, name, where);
        } catch (BootstrapMethodError linking) {
            // The stack ran out while the JVM linked a lambda or concatenation met first at this depth.
            if (!(linking.getCause() instanceof StackOverflowError)) {
                throw linking;
            }
            throw RegoException.recursedTooDeeply(pkg, name, where);
        }
    }

    private Object callFunctionOnce(String pkg, String name, List<Object> args, Context ctx, String where) {
        List<Rule> rules = packages.getOrDefault(pkg, Map.of()).get(name);
        if (args.isEmpty() && rules.get(0).kind() != RuleKind.FUNCTION) {
            return rule(pkg, name, ctx); // c() of "c() := v": a plain rule
        }
        Set<Object> values = new LinkedHashSet<>();
        Object defaultValue = null;
        for (Rule rule : rules) {
            String scope = scope(rule, pkg);
            if (rule.isDefault()) {
                defaultValue = evalConstant(scope, rule.value(), ctx);
                continue;
            }
            if (rule.args().size() != args.size()) {
                throw new RegoException(where + ": " + name + " takes " + rule.args().size() + " arguments, got " + args.size());
            }
            List<Env> starts = new ArrayList<>();
            // A function's parameters are its own variables, even when a rule of the package has the same name.
            Env parameters = Env.EMPTY;
            for (Term parameter : rule.args()) {
                parameters = parameters.shadow(parameter);
            }
            unifyAll(scope, rule.args(), args, 0, parameters, ctx, starts::add);
            for (Env start : starts) {
                values.addAll(completeValues(scope, rule, ctx, start));
            }
        }
        if (values.size() > 1) {
            throw RegoException.conflict(where + ": function " + name + " produced conflicting outputs "
                    + Values.json(new ArrayList<>(values), true));
        }
        return values.isEmpty() ? defaultValue : values.iterator().next();
    }

    private void unifyAll(String pkg, List<Term> patterns, List<Object> values, int i, Env env, Context ctx, Consumer<Env> k) {
        if (i == patterns.size()) {
            k.accept(env);
            return;
        }
        unify(pkg, patterns.get(i), values.get(i), env, ctx, e -> unifyAll(pkg, patterns, values, i + 1, e, ctx, k));
    }

    // ---- bodies and expressions ----

    void body(String pkg, List<Expr> given, int i, Env env, Context ctx, Consumer<Env> k) {
        ctx.budget.checkTime(pkg);
        List<Expr> exprs = i == 0 ? safetyOrdered.computeIfAbsent(given,
                b -> SafetyOrder.order(b, c -> isRelationCall(pkg, c))) : given;
        if (i == exprs.size()) {
            k.accept(env);
            return;
        }
        expr(pkg, exprs.get(i), env, ctx, e -> body(pkg, exprs, i + 1, e, ctx, k));
    }

    /**
     * An expression under its {@code with} modifiers. As OPA rewrites a modifier's value into an expression before
     * this one, the values are evaluated first, in the outer context: each solution ({@code as assets[_]}) gives
     * one context, and an undefined value makes the expression undefined.
     */
    private void expr(String pkg, Expr expr, Env env, Context ctx, Consumer<Env> k) {
        List<Ast.With> withs = withsOf(expr);
        if (withs.isEmpty()) {
            exprIn(pkg, expr, env, ctx, k);
            return;
        }
        List<Ast.With> resolved = withs.stream().map(w -> withOnRule(pkg, w)).toList();
        withValues(pkg, resolved, 0, new ArrayList<>(), env, ctx,
                (values, e) -> exprIn(pkg, expr, e, withContext(pkg, resolved, values, e, ctx), k));
    }

    private static List<Ast.With> withsOf(Expr expr) {
        return switch (expr) {
            case Ast.TermExpr t -> t.withs();
            case Ast.Assign a -> a.withs();
            case Ast.Unify u -> u.withs();
            case Ast.SomeIn s -> s.withs();
            case Ast.Every ev -> ev.withs();
            // "not x with …" parses the modifiers onto x; they apply outside the negation all the same.
            case Ast.Not n -> n.withs().isEmpty() ? withsOf(n.expr())
                    : Stream.concat(withsOf(n.expr()).stream(), n.withs().stream()).toList();
            case Ast.SomeDecl d -> List.of();
        };
    }

    /** Each combination of the modifiers' values (a function's replacement is resolved later, by name). */
    private void withValues(String pkg, List<Ast.With> withs, int i, List<Object> values, Env env, Context ctx,
                            BiConsumer<List<Object>, Env> k) {
        if (i == withs.size()) {
            k.accept(values, env);
            return;
        }
        Ast.With with = withs.get(i);
        if (functionName(pkg, with.target(), env, ctx).isPresent()) {
            values.add(null);
            withValues(pkg, withs, i + 1, values, env, ctx, k);
            values.remove(values.size() - 1);
            return;
        }
        term(pkg, with.value(), env, ctx, (v, e) -> {
            values.add(v);
            withValues(pkg, withs, i + 1, values, e, ctx, k);
            values.remove(values.size() - 1);
        });
    }

    private void exprIn(String pkg, Expr expr, Env env, Context ctx, Consumer<Env> k) {
        switch (expr) {
            case Ast.SomeDecl d -> {
                Env next = env;
                for (String name : d.names()) {
                    next = next.with(name, null); // declared, unbound: shadows rules of that name
                }
                k.accept(next);
            }
            case Ast.SomeIn s -> term(pkg, s.collection(), env, ctx, (coll, e) -> forEachMember(coll, s.where(),
                    (key, value) -> {
                        if (s.key() == null) {
                            unify(pkg, s.value(), value, e.shadow(s.value()), ctx, k);
                        } else {
                            unify(pkg, s.key(), key, e.shadow(s.key()).shadow(s.value()), ctx,
                                    e2 -> unify(pkg, s.value(), value, e2, ctx, k));
                        }
                    }));
            case Ast.Every ev -> everyIn(pkg, ev, env, ctx, k);
            case Ast.Not n when hoistable(pkg, n, env) -> {
                // OPA evaluates a negated call's reference and call arguments before the "not": an undefined
                // argument makes the whole expression undefined, not true.
                Context scoped = ctx;
                Ast.TermExpr t = (Ast.TermExpr) n.expr();
                Call c = (Call) t.term();
                terms(pkg, c.args(), 0, new ArrayList<>(), env, scoped, (args, e) -> {
                    List<Term> literals = args.stream().<Term>map(Scalar::new).toList();
                    Ast.Not ground = new Ast.Not(new Ast.TermExpr(new Call(c.name(), literals, c.where()), List.of(),
                            t.where()), List.of());
                    exprIn(pkg, ground, e, scoped, k);
                });
            }
            case Ast.Not n -> {
                Context scoped = ctx;
                if (!exists(() -> exprIn(pkg, n.expr(), env, scoped, x -> {
                    throw FOUND;
                }))) {
                    k.accept(env);
                }
            }
            case Ast.Assign a -> term(pkg, a.right(), env, ctx, (v, e) -> {
                if (a.left() instanceof Var var) {
                    k.accept(e.with(var.name(), v));
                } else {
                    unify(pkg, a.left(), v, e.shadowAll(a.left()), ctx, k);
                }
            });
            case Ast.Unify u -> unifyTerms(pkg, u.left(), u.right(), env, ctx, k);
            case Ast.TermExpr t -> {
                Context scoped = ctx;
                term(pkg, t.term(), env, scoped, (v, e) -> {
                    if (Values.truthy(v)) {
                        k.accept(e);
                    }
                });
            }
        }
    }

    /**
     * A negated call whose arguments OPA rewrites into expressions before the {@code not}: the arguments of a
     * user function that are references or calls, and nested calls in a builtin's arguments; only when they have
     * no unbound variable (those stay local to the {@code not}).
     */
    private boolean hoistable(String pkg, Ast.Not n, Env env) {
        if (!(n.expr() instanceof Ast.TermExpr t) || !(t.term() instanceof Call c) || c.joined().equals("print")
                || isRelationCall(pkg, c)) {
            return false;
        }
        boolean user = userFunction(pkg, c).isPresent();
        boolean any = false;
        for (Term arg : c.args()) {
            if (arg instanceof Call || user && arg instanceof Ref) {
                any = true;
            }
        }
        return any && c.args().stream().allMatch(arg -> closed(pkg, arg, env));
    }

    /** No unbound variable anywhere in the term (comprehensions are left alone). */
    private boolean closed(String pkg, Term term, Env env) {
        return switch (term) {
            case Var v -> !isUnboundVar(pkg, v, env);
            case Ref r -> closed(pkg, r.head(), env) && r.path().stream().allMatch(t -> closed(pkg, t, env));
            case Call c -> c.args().stream().allMatch(t -> closed(pkg, t, env));
            case ArrayTerm a -> a.items().stream().allMatch(t -> closed(pkg, t, env));
            case SetTerm s -> s.items().stream().allMatch(t -> closed(pkg, t, env));
            case ObjectTerm o -> o.keys().stream().allMatch(t -> closed(pkg, t, env))
                    && o.values().stream().allMatch(t -> closed(pkg, t, env));
            case Binary b -> closed(pkg, b.left(), env) && closed(pkg, b.right(), env)
                    && (b.keyOrNull() == null || closed(pkg, b.keyOrNull(), env));
            case Ast.Negative neg -> closed(pkg, neg.term(), env);
            case Comprehension c -> false;
            case Scalar s -> true;
        };
    }

    /** {@code every k, v in coll { body }}: true when the body holds for every member (and for none). */
    private void everyIn(String pkg, Ast.Every ev, Env env, Context ctx, Consumer<Env> k) {
        term(pkg, ev.collection(), env, ctx, (coll, e) -> {
                // Over something that is not a collection "every" is false, not vacuously true.
                if (!(coll instanceof Collection<?>) && !(coll instanceof Map<?, ?>)) {
                    return;
                }
                boolean[] all = {true};
                forEachMember(coll, ev.where(), (key, value) -> {
                    if (!all[0]) {
                        return;
                    }
                    Env scoped = e;
                    List<Env> starts = new ArrayList<>();
                    if (ev.key() != null) {
                        unify(pkg, ev.key(), key, scoped.shadow(ev.key()), ctx, s1 -> unify(pkg, ev.value(), value,
                                s1.shadow(ev.value()), ctx, starts::add));
                    } else {
                        unify(pkg, ev.value(), value, scoped.shadow(ev.value()), ctx, starts::add);
                    }
                    boolean ok = false;
                    for (Env start : starts) {
                        if (exists(() -> body(pkg, ev.body(), 0, start, ctx, x -> {
                            throw FOUND;
                        }))) {
                            ok = true;
                        }
                    }
                    all[0] = ok;
                });
                if (all[0]) {
                    k.accept(e);
                }
            });
    }

    private static boolean exists(Runnable search) {
        try {
            search.run();
            return false;
        } catch (Found found) {
            return true;
        }
    }

    /** {@code with input as x} / {@code with data.a.b as x}: a fresh context (and cache) for that expression. */
    @SuppressWarnings("unchecked")
    private Context withContext(String pkg, List<Ast.With> withs, List<Object> values, Env env, Context ctx) {
        Object input = ctx.input;
        Object data = ctx.data;
        List<Map.Entry<List<Object>, Object>> overrides = new ArrayList<>(ctx.dataOverrides);
        Map<String, Mock> mocks = new HashMap<>(ctx.mocks);
        for (int i = 0; i < withs.size(); i++) {
            Ast.With with = withs.get(i);
            Optional<List<String>> function = functionName(pkg, with.target(), env, ctx);
            if (function.isPresent()) {
                mocks.put(functionKey(pkg, function.get()).orElseThrow(), mock(pkg, with.value(), env, ctx));
                continue;
            }
            Object value = values.get(i);
            if (with.target() instanceof Var v && v.name().equals("input")) {
                input = value;
            } else if (with.target() instanceof Ref r && r.head() instanceof Var v && v.name().equals("input")) {
                input = replaceAt(input, path(pkg, r, env, ctx), value);
            } else if (with.target() instanceof Ref r && r.head() instanceof Var v && v.name().equals("data")) {
                List<Object> path = path(pkg, r, env, ctx);
                data = replaceAt(data, path, value);
                overrides.add(Map.entry(List.copyOf(path), value));
            } else {
                throw RegoException.unsupported("with on " + with.target(), pkg);
            }
        }
        Context scoped = new Context(input, data, ctx.strict, overrides, mocks, ctx.nowNs, ctx.randomByCall, ctx.printer);
        scoped.budget = ctx.budget;
        return scoped;
    }

    /** {@code with r as …} for a (non-function) rule r of this package is {@code with data.<pkg>.r as …}. */
    private Ast.With withOnRule(String pkg, Ast.With with) {
        Term target = with.target();
        Var head = target instanceof Var v ? v : target instanceof Ref r && r.head() instanceof Var v ? v : null;
        if (head == null || head.name().equals("input") || head.name().equals("data")) {
            return with;
        }
        List<Rule> rules = packages.getOrDefault(pkg, Map.of()).get(head.name());
        if (rules == null || rules.get(0).kind() == RuleKind.FUNCTION) {
            return with;
        }
        List<Term> path = new ArrayList<>();
        for (String part : pkg.split("\\.")) {
            path.add(new Scalar(part));
        }
        path.add(new Scalar(head.name()));
        if (target instanceof Ref r) {
            path.addAll(r.path());
        }
        return new Ast.With(new Ref(new Var("data"), List.copyOf(path)), with.value());
    }

    /** The dotted name a {@code with} target gives, when it names a function or builtin (not input or data). */
    private Optional<List<String>> functionName(String pkg, Term target, Env env, Context ctx) {
        List<String> name = new ArrayList<>();
        if (target instanceof Var v) {
            name.add(v.name());
        } else if (target instanceof Ref r && r.head() instanceof Var v) {
            name.add(v.name());
            for (Term t : r.path()) {
                if (!(t instanceof Ast.Scalar sc && sc.value() instanceof String part)) {
                    return Optional.empty();
                }
                name.add(part);
            }
        } else {
            return Optional.empty();
        }
        if (name.get(0).equals("input") || name.get(0).equals("data") && !isFunction(pkg, name)) {
            return Optional.empty();
        }
        if (functionKey(pkg, name).isEmpty()) {
            throw RegoException.unsupported("with on " + String.join(".", name) + " (not a function or builtin)", pkg);
        }
        return Optional.of(name);
    }

    private boolean isFunction(String pkg, List<String> name) {
        return userFunction(pkg, new Call(name, List.of(), pkg)).map(f -> packages.get(f[0]).get(f[1]).get(0).kind()
                == RuleKind.FUNCTION).orElse(false);
    }

    /** A user function's "pkg.name", or a builtin's "builtin:name"; empty when the name is neither. */
    private Optional<String> functionKey(String pkg, List<String> name) {
        if (isFunction(pkg, name)) {
            String[] f = userFunction(pkg, new Call(name, List.of(), pkg)).orElseThrow();
            return Optional.of(f[0] + "." + f[1]);
        }
        String joined = String.join(".", name);
        return builtins.arity(joined) >= 0 ? Optional.of("builtin:" + joined) : Optional.empty();
    }

    /** The replacement: a function or builtin by name, or else the value of the term (a rule's, a constant). */
    private Mock mock(String pkg, Term replacement, Env env, Context ctx) {
        List<String> name = replacement instanceof Var v ? List.of(v.name())
                : replacement instanceof Ref r && r.head() instanceof Var v
                && r.path().stream().allMatch(t -> t instanceof Ast.Scalar sc && sc.value() instanceof String)
                ? Stream.concat(Stream.of(v.name()),
                        r.path().stream().map(t -> (String) ((Ast.Scalar) t).value())).toList() : null;
        boolean bound = replacement instanceof Var v && env.vars().containsKey(v.name());
        if (name != null && !bound && (isFunction(pkg, name) || !packages.getOrDefault(pkg, Map.of()).containsKey(name.get(0))
                && builtins.arity(String.join(".", name)) >= 0)) {
            return new Mock(pkg, name, null);
        }
        return new Mock(null, null, single(pkg, replacement, env, ctx));
    }

    /** A virtual document's value at {@code path} with the {@code with data...} overrides applied. */
    private static Object overridden(List<Object> path, Object value, Context ctx) {
        for (Map.Entry<List<Object>, Object> o : ctx.dataOverrides) {
            List<Object> at = o.getKey();
            if (at.size() > path.size() && at.subList(0, path.size()).equals(path)) {
                value = replaceAt(value, at.subList(path.size(), at.size()), o.getValue());
            } else if (at.size() <= path.size() && path.subList(0, at.size()).equals(at)) {
                Object replaced = o.getValue();
                for (Object key : path.subList(at.size(), path.size())) {
                    replaced = index(replaced, key);
                }
                value = replaced;
            }
        }
        return value;
    }

    private static List<Object> pathOf(String dotted, String... more) {
        List<Object> out = new ArrayList<>(List.of((Object[]) dotted.split("\\.")));
        out.addAll(List.of((Object[]) more));
        return out;
    }

    private List<Object> path(String pkg, Ref ref, Env env, Context ctx) {
        List<Object> path = new ArrayList<>();
        for (Term t : ref.path()) {
            path.add(single(pkg, t, env, ctx));
        }
        return path;
    }

    @SuppressWarnings("unchecked")
    private static Object replaceAt(Object root, List<Object> path, Object value) {
        if (path.isEmpty()) {
            return value;
        }
        Map<Object, Object> copy = root instanceof Map<?, ?> m ? new LinkedHashMap<>((Map<Object, Object>) m) : new LinkedHashMap<>();
        copy.put(path.get(0), replaceAt(copy.get(path.get(0)), path.subList(1, path.size()), value));
        return copy;
    }

    private Object single(String pkg, Term term, Env env, Context ctx) {
        Object[] out = new Object[1];
        term(pkg, term, env, ctx, (v, e) -> out[0] = v);
        if (out[0] == null) {
            throw new RegoException(pkg + ": " + term + " is undefined where a value is needed");
        }
        return out[0];
    }

    // ---- unification ----

    /**
     * {@code left = right}: two array (or object) patterns unify element by element, so variables on both
     * sides bind ({@code [2, x, 3] = [x, 2, 3]}); otherwise the side without unbound variables is evaluated
     * and the other side is matched against its value.
     */
    private void unifyTerms(String pkg, Term left, Term right, Env env, Context ctx, Consumer<Env> k) {
        boolean leftOpen = isOpen(pkg, left, env);
        boolean rightOpen = isOpen(pkg, right, env);
        if ((leftOpen || rightOpen) && left instanceof ArrayTerm la && right instanceof ArrayTerm ra) {
            if (la.items().size() == ra.items().size()) {
                unifyPairs(pkg, la.items(), ra.items(), 0, env, ctx, k);
            }
            return;
        }
        if ((leftOpen || rightOpen) && left instanceof ObjectTerm lo && right instanceof ObjectTerm ro) {
            if (lo.keys().size() != ro.keys().size()) {
                return;
            }
            List<Term> leftValues = new ArrayList<>();
            List<Term> rightValues = new ArrayList<>();
            for (int i = 0; i < lo.keys().size(); i++) {
                Object key = single(pkg, lo.keys().get(i), env, ctx);
                int at = -1;
                for (int j = 0; j < ro.keys().size() && at < 0; j++) {
                    at = key.equals(single(pkg, ro.keys().get(j), env, ctx)) ? j : -1;
                }
                if (at < 0) {
                    return;
                }
                leftValues.add(lo.values().get(i));
                rightValues.add(ro.values().get(at));
            }
            unifyPairs(pkg, leftValues, rightValues, 0, env, ctx, k);
            return;
        }
        if (leftOpen && !rightOpen) {
            term(pkg, right, env, ctx, (v, e) -> unify(pkg, left, v, e, ctx, k));
        } else {
            term(pkg, left, env, ctx, (v, e) -> unify(pkg, right, v, e, ctx, k));
        }
    }

    private void unifyPairs(String pkg, List<Term> left, List<Term> right, int i, Env env, Context ctx, Consumer<Env> k) {
        if (i == left.size()) {
            k.accept(env);
            return;
        }
        unifyTerms(pkg, left.get(i), right.get(i), env, ctx, e -> unifyPairs(pkg, left, right, i + 1, e, ctx, k));
    }

    /** A term that cannot be evaluated yet: an unbound variable, or a collection literal holding one. */
    private boolean isOpen(String pkg, Term t, Env env) {
        return switch (t) {
            case Var v -> isUnboundVar(pkg, v, env);
            case ArrayTerm a -> a.items().stream().anyMatch(item -> isOpen(pkg, item, env));
            case ObjectTerm o -> o.values().stream().anyMatch(value -> isOpen(pkg, value, env));
            default -> false;
        };
    }

    /** A variable with no value yet: not bound, and not a name the package gives it (a rule, a sub-package). */
    private boolean isUnboundVar(String pkg, Term t, Env env) {
        return t instanceof Var v && !v.name().equals("input") && !v.name().equals("data")
                && (v.wildcard() || env.vars().containsKey(v.name()) && env.get(v.name()) == null
                        || !env.vars().containsKey(v.name()) && !isPackageName(pkg, v.name()));
    }

    /** A rule of the package or a sub-package of it: what a bare name means there (imports are resolved when parsed). */
    private boolean isPackageName(String pkg, String name) {
        return packages.getOrDefault(pkg, Map.of()).containsKey(name) || isPackagePrefix(pkg + "." + name);
    }

    /** Unifies a pattern term with a value: binds unbound variables, destructures arrays and objects. */
    @SuppressWarnings("unchecked")
    private void unify(String pkg, Term pattern, Object value, Env env, Context ctx, Consumer<Env> k) {
        if (pattern instanceof Var v && isUnboundVar(pkg, v, env)) {
            k.accept(v.wildcard() ? env : env.with(v.name(), value));
            return;
        }
        if (pattern instanceof ArrayTerm && !(value instanceof List) || pattern instanceof ObjectTerm && !(value instanceof Map)) {
            return; // an array pattern never matches a non-array (nor an object pattern a non-object)
        }
        if (pattern instanceof ArrayTerm a && value instanceof List<?> list) {
            if (a.items().size() != list.size()) {
                return;
            }
            unifyList(pkg, a.items(), (List<Object>) list, 0, env, ctx, k);
            return;
        }
        if (pattern instanceof ObjectTerm o && value instanceof Map<?, ?> map) {
            if (o.keys().size() != map.size()) {
                return;
            }
            List<Object> values = new ArrayList<>();
            for (Term key : o.keys()) {
                Object kv = single(pkg, key, env, ctx);
                if (!map.containsKey(kv)) {
                    return;
                }
                values.add(map.get(kv));
            }
            unifyList(pkg, o.values(), values, 0, env, ctx, k);
            return;
        }
        term(pkg, pattern, env, ctx, (v, e) -> {
            if (v.equals(value)) {
                k.accept(e);
            }
        });
    }

    private void unifyList(String pkg, List<Term> patterns, List<Object> values, int i, Env env, Context ctx, Consumer<Env> k) {
        if (i == patterns.size()) {
            k.accept(env);
            return;
        }
        unify(pkg, patterns.get(i), values.get(i), env, ctx, e -> unifyList(pkg, patterns, values, i + 1, e, ctx, k));
    }

    // ---- terms ----

    @SuppressWarnings("unchecked")
    void term(String pkg, Term term, Env env, Context ctx, BiConsumer<Object, Env> k) {
        switch (term) {
            case Scalar s -> k.accept(s.value(), env);
            case Var v -> {
                Object value = variable(pkg, v, env, ctx);
                if (value != null) {
                    k.accept(value, env);
                }
            }
            case Ref r -> {
                if (r.head() instanceof Var v && v.name().equals("data")) {
                    dataRef(pkg, r.path(), 0, null, env, ctx, k);
                } else {
                    term(pkg, r.head(), env, ctx, (base, e) -> walk(pkg, base, r.path(), 0, e, ctx, k));
                }
            }
            case ArrayTerm a -> terms(pkg, a.items(), 0, new ArrayList<>(), env, ctx,
                    (values, e) -> k.accept(List.copyOf(values), e));
            case SetTerm s -> terms(pkg, s.items(), 0, new ArrayList<>(), env, ctx,
                    (values, e) -> k.accept(new LinkedHashSet<>(values), e));
            case ObjectTerm o -> terms(pkg, o.keys(), 0, new ArrayList<>(), env, ctx, (keys, e) ->
                    terms(pkg, o.values(), 0, new ArrayList<>(), e, ctx, (values, e2) -> {
                        Map<Object, Object> map = new LinkedHashMap<>();
                        for (int i = 0; i < keys.size(); i++) {
                            map.put(keys.get(i), values.get(i));
                        }
                        k.accept(map, e2);
                    }));
            case Comprehension c -> k.accept(comprehension(pkg, c, env, ctx), env);
            case Call c -> {
                if (c.joined().equals("print") && userFunction(pkg, c).isEmpty()) {
                    print(pkg, c, env, ctx);
                    k.accept(Boolean.TRUE, env);
                    return;
                }
                if (userFunction(pkg, c).isEmpty() && builtins.arity(c.joined()) < 0) {
                    // Before its arguments: an output argument would otherwise read as an unsafe variable.
                    throw RegoException.unsupported("builtin " + c.joined(), c.where());
                }
                if (isRelationCall(pkg, c)) {
                    // Old form: the last argument receives the result, e.g. count(xs, n).
                    List<Term> inputs = c.args().subList(0, c.args().size() - 1);
                    Call call = new Call(c.name(), inputs, c.where());
                    terms(pkg, inputs, 0, new ArrayList<>(), env, ctx, (args, e) -> {
                        Object result = call(pkg, call, args, ctx);
                        Term output = c.args().get(c.args().size() - 1);
                        if (result instanceof Builtin.Results results) {
                            results.values().forEach(r -> unify(pkg, output, r, e, ctx, e2 -> k.accept(Boolean.TRUE, e2)));
                        } else if (result != null) {
                            unify(pkg, output, result, e, ctx, e2 -> k.accept(Boolean.TRUE, e2));
                        }
                    });
                    return;
                }
                terms(pkg, c.args(), 0, new ArrayList<>(), env, ctx, (args, e) -> {
                    Object result = call(pkg, c, args, ctx);
                    if (result instanceof Builtin.Results results) {
                        // A relation in function form (walk(x)): each of its results is a solution.
                        results.values().forEach(r -> k.accept(r, e));
                        return;
                    }
                    if (result != null) {
                        k.accept(result, e);
                    }
                });
            }
            case Ast.Negative n -> term(pkg, n.term(), env, ctx, (v, e) -> {
                if (v instanceof BigDecimal d) {
                    k.accept(Values.number(d.negate()), e);
                }
            });
            case Binary b -> binary(pkg, b, env, ctx, k);
        }
    }

    private void terms(String pkg, List<Term> items, int i, List<Object> acc, Env env, Context ctx,
            BiConsumer<List<Object>, Env> k) {
        // Literal items need no continuation: a long literal array (a table of test cases, say) would
        // otherwise nest a chain of stack frames per element and overflow the stack.
        List<Object> done = acc;
        Object literal;
        while (i < items.size() && (literal = literal(items.get(i))) != null) {
            if (done == acc) {
                done = new ArrayList<>(acc); // the caller's list may be shared by other branches
            }
            done.add(literal);
            i++;
        }
        if (i == items.size()) {
            k.accept(done, env);
            return;
        }
        List<Object> before = done;
        int at = i;
        term(pkg, items.get(at), env, ctx, (v, e) -> {
            List<Object> next = new ArrayList<>(before);
            next.add(v);
            terms(pkg, items, at + 1, next, e, ctx, k);
        });
    }

    /**
     * {@code print(a, b, …)}: always true, binds nothing. As OPA rewrites it, each argument is gathered
     * like {@code {x | x = a}}: an argument without a value shows as {@code <undefined>}, one with several
     * values prints a line for every combination; strings print bare, other values as Rego writes them.
     */
    private void print(String pkg, Call c, Env env, Context ctx) {
        if (ctx.printer == null) {
            return;
        }
        List<String> lines = List.of("");
        boolean first = true;
        for (Term arg : c.args()) {
            Set<Object> values = new LinkedHashSet<>();
            term(pkg, arg, env, ctx, (v, e) -> values.add(v));
            List<String> shown = values.isEmpty() ? List.of("<undefined>")
                    : Values.sorted(values).stream().map(Values::format).toList();
            List<String> longer = new ArrayList<>();
            for (String line : lines) {
                for (String value : shown) {
                    longer.add(first ? value : line + " " + value);
                }
            }
            lines = longer;
            first = false;
        }
        lines.forEach(ctx.printer);
    }

    /** The value of a term made only of literals, or null when it holds a variable, ref or call. */
    private static Object literal(Term term) {
        return switch (term) {
            case Scalar s -> s.value();
            case ArrayTerm a -> {
                List<Object> values = literals(a.items());
                yield values == null ? null : List.copyOf(values);
            }
            case SetTerm set -> {
                List<Object> values = literals(set.items());
                yield values == null ? null : new LinkedHashSet<>(values);
            }
            case ObjectTerm o -> {
                List<Object> keys = literals(o.keys());
                List<Object> values = keys == null ? null : literals(o.values());
                if (values == null) {
                    yield null;
                }
                Map<Object, Object> map = new LinkedHashMap<>();
                for (int i = 0; i < keys.size(); i++) {
                    map.put(keys.get(i), values.get(i));
                }
                yield map;
            }
            default -> null;
        };
    }

    private static List<Object> literals(List<Term> terms) {
        List<Object> values = new ArrayList<>(terms.size());
        for (Term term : terms) {
            Object value = literal(term);
            if (value == null) {
                return null;
            }
            values.add(value);
        }
        return values;
    }

    private Object variable(String pkg, Var v, Env env, Context ctx) {
        String name = v.name();
        if (env.vars().containsKey(name)) {
            Object value = env.get(name);
            if (value == null) {
                throw new RegoException(pkg + ": variable " + name + " is used before it is bound");
            }
            return value;
        }
        if (name.equals("input")) {
            return ctx.input;
        }
        if (name.equals("data")) {
            return dataRoot(ctx);
        }
        if (packages.getOrDefault(pkg, Map.of()).containsKey(name)) {
            Object value = rule(pkg, name, ctx);
            if (isPackagePrefix(pkg + "." + name)) {
                value = Documents.merge(value, packageDocument(pkg + "." + name, ctx), "data." + pkg + "." + name);
            }
            return ctx.dataOverrides.isEmpty() ? value : overridden(pathOf(pkg, name), value, ctx);
        }
        String subPackage = pkg + "." + name;
        if (isPackagePrefix(subPackage)) {
            return packageDocument(subPackage, ctx);
        }
        if (v.wildcard()) {
            throw new RegoException(pkg + ": '_' cannot be used as a value here");
        }
        throw new RegoException(pkg + ": unsafe or unknown variable " + name);
    }

    /** Walks a reference path; an unbound variable in the path enumerates the keys at that step. */
    @SuppressWarnings("unchecked")
    private void walk(String pkg, Object base, List<Term> path, int i, Env env, Context ctx, BiConsumer<Object, Env> k) {
        if (base == null) {
            return;
        }
        if (i == path.size()) {
            k.accept(base, env);
            return;
        }
        Term step = path.get(i);
        if (step instanceof Var v && isUnboundVar(pkg, v, env)) {
            forEachMember(base, pkg, (key, value) -> walk(pkg, value, path, i + 1,
                    v.wildcard() ? env : env.with(v.name(), key), ctx, k));
            return;
        }
        if (isOpen(pkg, step, env)) {
            // A key pattern that binds variables (s[{"a": v}]): match it against every key.
            forEachMember(base, pkg, (key, value) -> unify(pkg, step, key, env, ctx,
                    e -> walk(pkg, value, path, i + 1, e, ctx, k)));
            return;
        }
        term(pkg, step, env, ctx, (key, e) -> walk(pkg, index(base, key), path, i + 1, e, ctx, k));
    }

    @SuppressWarnings("unchecked")
    static Object index(Object base, Object key) {
        if (base instanceof Map<?, ?> map) {
            return map.get(key);
        }
        if (base instanceof List<?> list && key instanceof BigDecimal n) {
            try {
                int i = n.intValueExact();
                return i >= 0 && i < list.size() ? list.get(i) : null;
            } catch (ArithmeticException e) {
                return null;
            }
        }
        if (base instanceof Set<?> set) {
            return set.contains(key) ? key : null;
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static void forEachMember(Object collection, String where, BiConsumer<Object, Object> k) {
        if (collection instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                k.accept(Values.number(BigDecimal.valueOf(i)), list.get(i));
            }
        } else if (collection instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : List.copyOf(map.entrySet())) {
                k.accept(entry.getKey(), entry.getValue());
            }
        } else if (collection instanceof Set<?> set) {
            // In Rego's order, as OPA iterates its sets (sorted), not in the order the set was built.
            for (Object member : Values.sorted((Collection<Object>) set)) {
                k.accept(member, member);
            }
        }
    }

    /** {@code data.<package>.<rule>...} and the base data document. */
    private void dataRef(String pkg, List<Term> path, int i, String prefix, Env env, Context ctx, BiConsumer<Object, Env> k) {
        if (prefix != null && packages.containsKey(prefix) && i < path.size()
                && !(path.get(i) instanceof Var step && isUnboundVar(pkg, step, env))) {
            Term step = path.get(i);
            String current = prefix;
            term(pkg, step, env, ctx, (key, e) -> {
                if (key instanceof String name && packages.get(current).containsKey(name)) {
                    List<Rule> rules = packages.get(current).get(name);
                    if (rules.get(0).kind() == RuleKind.FUNCTION) {
                        throw new RegoException("function data." + current + "." + name + " must be called");
                    }
                    Object value = rule(current, name, ctx);
                    if (isPackagePrefix(current + "." + name)) {
                        value = Documents.merge(value, packageDocument(current + "." + name, ctx), "data." + current + "." + name);
                    }
                    walk(pkg, ctx.dataOverrides.isEmpty() ? value : overridden(pathOf(current, name), value, ctx),
                            path, i + 1, e, ctx, k);
                } else if (key instanceof String name && isPackagePrefix(current + "." + name)) {
                    // A sub-package (data.test.l1 beside package test's own rules).
                    dataRef(pkg, path, i + 1, current + "." + name, e, ctx, k);
                } else {
                    // Base data can live beside a package's rules (data.bar.q next to package bar's p).
                    Object base = ctx.data;
                    for (String part : current.split("\\.")) {
                        base = index(base, part);
                    }
                    walk(pkg, index(base, key), path, i + 1, e, ctx, k);
                }
            });
            return;
        }
        if (i == path.size()) {
            k.accept(prefix == null ? dataRoot(ctx) : packageDocument(prefix, ctx), env);
            return;
        }
        Term step = path.get(i);
        if (step instanceof Var v && isUnboundVar(pkg, v, env)) {
            // Enumerating data itself: fall back to the materialized document.
            walk(pkg, prefix == null ? dataRoot(ctx) : packageDocument(prefix, ctx), path.subList(i, path.size()), 0, env, ctx, k);
            return;
        }
        term(pkg, step, env, ctx, (key, e) -> {
            if (!(key instanceof String name)) {
                return;
            }
            String next = prefix == null ? name : prefix + "." + name;
            if (isPackagePrefix(next)) {
                dataRef(pkg, path, i + 1, next, e, ctx, k);
            } else {
                Object base = ctx.data;
                for (String part : next.split("\\.")) {
                    base = index(base, part);
                }
                walk(pkg, base, path, i + 1, e, ctx, k);
            }
        });
    }

    private boolean isPackagePrefix(String name) {
        return packagePrefixes.contains(name);
    }

    private Object dataRoot(Context ctx) {
        Map<Object, Object> root = ctx.data instanceof Map<?, ?> m ? new LinkedHashMap<>(m) : new LinkedHashMap<>();
        for (String pkg : packages.keySet()) {
            String top = pkg.split("\\.")[0];
            root.put(top, packageDocument(top, ctx));
        }
        return ctx.dataOverrides.isEmpty() ? root : overridden(List.of(), root, ctx);
    }

    private Object packageDocument(String prefix, Context ctx) {
        Map<Object, Object> doc = new Documents.Path();
        if (packages.containsKey(prefix)) {
            for (Map.Entry<String, List<Rule>> rule : packages.get(prefix).entrySet()) {
                if (rule.getValue().get(0).kind() != RuleKind.FUNCTION) {
                    Object value = rule(prefix, rule.getKey(), ctx);
                    if (value != null) {
                        doc.put(rule.getKey(), value);
                    }
                }
            }
        }
        // Each child package once: several packages below one child (a.b.c, a.b.d) give the same document.
        String dotted = prefix + ".";
        Set<String> children = new LinkedHashSet<>();
        for (String pkg : packages.keySet()) {
            if (pkg.startsWith(dotted)) {
                children.add(pkg.substring(dotted.length()).split("\\.")[0]);
            }
        }
        for (String child : children) {
            doc.put(child, Documents.merge(doc.get(child), packageDocument(dotted + child, ctx), "data." + dotted + child));
        }
        // Base data at the same path is part of the document (data.a.b.c's base keys beside package a.b.c's rules).
        Object base = ctx.data;
        for (String part : prefix.split("\\.")) {
            base = index(base, part);
        }
        if (base instanceof Map<?, ?> baseDoc) {
            doc = withBase(doc, baseDoc);
        }
        return ctx.dataOverrides.isEmpty() ? doc : overridden(pathOf(prefix), doc, ctx);
    }

    /** A virtual document merged with the base document at its path; where both hold a leaf, base data wins. */
    @SuppressWarnings("unchecked")
    private static Map<Object, Object> withBase(Map<Object, Object> virtual, Map<?, ?> base) {
        Map<Object, Object> out = Documents.path(virtual);
        base.forEach((key, value) -> out.merge(key, value, (v, b) -> v instanceof Map<?, ?> vm && b instanceof Map<?, ?> bm
                ? withBase((Map<Object, Object>) vm, bm) : b));
        return out;
    }

    private Object comprehension(String pkg, Comprehension c, Env env, Context ctx) {
        switch (c.kind()) {
            case ARRAY -> {
                List<Object> out = new ArrayList<>();
                body(pkg, c.body(), 0, env, ctx, e -> term(pkg, c.value(), e, ctx, (v, e2) -> {
                    out.add(v);
                    ctx.budget.checkSize(out.size(), "an array comprehension in " + pkg);
                }));
                return List.copyOf(out);
            }
            case SET -> {
                Set<Object> out = new LinkedHashSet<>();
                body(pkg, c.body(), 0, env, ctx, e -> term(pkg, c.value(), e, ctx, (v, e2) -> {
                    out.add(v);
                    ctx.budget.checkSize(out.size(), "a set comprehension in " + pkg);
                }));
                return out;
            }
            default -> {
                Map<Object, Object> out = new LinkedHashMap<>();
                body(pkg, c.body(), 0, env, ctx, e -> term(pkg, c.key(), e, ctx, (key, e2) ->
                        term(pkg, c.value(), e2, ctx, (v, e3) -> {
                            Object previous = out.putIfAbsent(key, v);
                            if (previous != null && !previous.equals(v)) {
                                throw RegoException.conflict(pkg + ": object comprehension produces two values for key "
                                        + Values.json(key, true));
                            }
                        })));
                return out;
            }
        }
    }

    /** The old call form: one argument more than the function takes, the last receiving the result. */
    private boolean isRelationCall(String pkg, Call c) {
        Optional<String[]> user = userFunction(pkg, c);
        if (user.isPresent()) {
            List<Rule> rules = packages.get(user.get()[0]).get(user.get()[1]);
            int arity = rules.stream().filter(r -> !r.isDefault()).findFirst().map(r -> r.args().size()).orElse(-1);
            return arity >= 0 && c.args().size() == arity + 1;
        }
        String name = c.joined();
        boolean looksUser = c.name().size() == 1 && packages.getOrDefault(pkg, Map.of()).containsKey(name)
                || c.name().get(0).equals("data");
        return !looksUser && builtins.arity(name) >= 0 && c.args().size() == builtins.arity(name) + 1;
    }

    /** The package and name of the user function a call names (directly, through an import, or by data path). */
    private Optional<String[]> userFunction(String pkg, Call c) {
        // Resolved once per package and name: the packages are fixed once built, and calls resolve on every evaluation.
        return userFunctions.computeIfAbsent(new CallSite(pkg, c.name()), site -> resolveUserFunction(pkg, c));
    }

    private Optional<String[]> resolveUserFunction(String pkg, Call c) {
        String name = c.joined();
        if (c.name().size() == 1 && packages.getOrDefault(pkg, Map.of()).containsKey(name)) {
            return Optional.of(new String[] {pkg, name});
        }
        if (c.name().size() > 1 && !c.name().get(0).equals("data")) {
            // foo.bar(x) calls function bar of the sub-package foo (a ref head: foo.bar(x) := …, foo["bar"](x) := …).
            String target = pkg + "." + String.join(".", c.name().subList(0, c.name().size() - 1));
            String function = c.name().get(c.name().size() - 1);
            if (packages.containsKey(target) && packages.get(target).containsKey(function)) {
                return Optional.of(new String[] {target, function});
            }
        }
        if (c.name().get(0).equals("data") && c.name().size() > 2) {
            String target = String.join(".", c.name().subList(1, c.name().size() - 1));
            String function = c.name().get(c.name().size() - 1);
            if (packages.containsKey(target) && packages.get(target).containsKey(function)) {
                return Optional.of(new String[] {target, function});
            }
        }
        return Optional.empty();
    }

    /** Solutions of a query body: the bindings of its named variables. */
    List<Map<String, Object>> query(List<Expr> body, Context ctx) {
        List<Map<String, Object>> out = new ArrayList<>();
        body("query", body, 0, Env.EMPTY, ctx, env -> {
            Map<String, Object> bindings = new TreeMap<>();
            env.vars().forEach((name, value) -> {
                if (!name.startsWith("$_") && value != null) {
                    bindings.put(name, value);
                }
            });
            out.add(bindings);
        });
        return out;
    }

    private Object call(String pkg, Call c, List<Object> args, Context ctx) {
        if (!ctx.mocks.isEmpty()) {
            Optional<String> key = functionKey(pkg, c.name());
            Mock mock = key.map(ctx.mocks::get).orElse(null);
            if (mock != null) {
                if (mock.value() != null) {
                    return mock.value();
                }
                // Inside a replacement no mock applies (OPA: a mock never calls another mock, and f mocked by g,
                // g calling f, reaches the real f); a "with" inside it may mock again.
                Context inner = new Context(ctx.input, ctx.data, ctx.strict, ctx.dataOverrides, Map.of(), ctx.nowNs, ctx.randomByCall, ctx.printer);
                inner.budget = ctx.budget;
                return call(mock.pkg(), new Call(mock.function(), c.args(), c.where()), args, inner);
            }
        }
        if (c.joined().equals("time.now_ns") && args.isEmpty()) {
            return Values.number(BigDecimal.valueOf(ctx.nowNs));
        }
        if (c.joined().equals("io.jwt.decode_verify") && args.size() == 2 && args.get(1) instanceof Map<?, ?> constraints
                && !constraints.containsKey("time")) {
            // Without a "time" constraint a token's exp and nbf are read at the query's instant, time.now_ns's.
            Map<Object, Object> timed = new LinkedHashMap<>(constraints);
            timed.put("time", Values.number(BigDecimal.valueOf(ctx.nowNs)));
            return builtins.call(c.joined(), List.of(args.get(0), timed), c.where(), ctx.strict);
        }
        if (builtins.isNondeterministic(c.joined()) && userFunction(pkg, c).isEmpty()) {
            String key = c.joined() + "\u0000" + Values.json(args, true);
            Object answer = ctx.randomByCall.get(key);
            if (answer == null) {
                answer = builtins.call(c.joined(), args, c.where(), ctx.strict);
                if (answer != null) {
                    ctx.randomByCall.put(key, answer);
                }
            }
            return answer;
        }
        Optional<String[]> user = userFunction(pkg, c);
        if (user.isPresent()) {
            return callFunction(user.get()[0], user.get()[1], args, ctx, c.where());
        }
        return builtins.call(c.joined(), args, c.where(), ctx.strict);
    }

    private void binary(String pkg, Binary b, Env env, Context ctx, BiConsumer<Object, Env> k) {
        if (b.op().equals("in")) {
            term(pkg, b.right(), env, ctx, (coll, e) -> term(pkg, b.left(), e, ctx, (value, e2) -> {
                if (b.keyOrNull() == null) {
                    k.accept(AggregateBuiltins.member(value, coll), e2);
                } else {
                    term(pkg, b.keyOrNull(), e2, ctx, (key, e3) -> {
                        Object at = index(coll, key);
                        k.accept(at != null && !(coll instanceof Set) && at.equals(value), e3);
                    });
                }
            }));
            return;
        }
        term(pkg, b.left(), env, ctx, (l, e) -> term(pkg, b.right(), e, ctx, (r, e2) -> {
            Object result;
            try {
                result = operate(b.op(), l, r);
            } catch (RegoException error) {
                // Operators are builtins in OPA: outside strict mode their errors make the expression undefined.
                if (ctx.strict) {
                    throw error;
                }
                result = null;
            }
            if (result != null) {
                k.accept(result, e2);
            }
        }));
    }

    @SuppressWarnings("unchecked")
    static Object operate(String op, Object l, Object r) {
        switch (op) {
            case "==" -> {
                return l.equals(r);
            }
            case "!=" -> {
                return !l.equals(r);
            }
            case "<" -> {
                return Values.compare(l, r) < 0;
            }
            case "<=" -> {
                return Values.compare(l, r) <= 0;
            }
            case ">" -> {
                return Values.compare(l, r) > 0;
            }
            case ">=" -> {
                return Values.compare(l, r) >= 0;
            }
            case "|", "&" -> {
                if (!(l instanceof Set<?> a) || !(r instanceof Set<?> bset)) {
                    throw RegoException.typeError("operator " + op + " needs two sets, got " + Values.typeName(l) + " and "
                            + Values.typeName(r));
                }
                Set<Object> out = new LinkedHashSet<>((Set<Object>) a);
                if (op.equals("|")) {
                    out.addAll((Set<Object>) bset);
                } else {
                    out.retainAll(bset);
                }
                return out;
            }
            case "-" -> {
                if (l instanceof Set<?> a && r instanceof Set<?> bset) {
                    Set<Object> out = new LinkedHashSet<>((Set<Object>) a);
                    out.removeAll(bset);
                    return out;
                }
                return arithmetic(op, l, r);
            }
            default -> {
                return arithmetic(op, l, r);
            }
        }
    }

    private static Object arithmetic(String op, Object l, Object r) {
        if (!(l instanceof BigDecimal a) || !(r instanceof BigDecimal b)) {
            throw RegoException.typeError("operator " + op + " needs numbers, got " + Values.typeName(l) + " and " + Values.typeName(r));
        }
        return switch (op) {
            case "+" -> Values.number(a.add(b));
            case "-" -> Values.number(a.subtract(b));
            case "*" -> Values.number(a.multiply(b));
            case "/" -> {
                if (b.signum() == 0) {
                    throw RegoException.builtinError("divide by zero");
                }
                yield Values.number(a.divide(b, MathContext.DECIMAL128));
            }
            case "%" -> {
                if (b.signum() == 0) {
                    throw RegoException.builtinError("modulo by zero");
                }
                if (!isInteger(a) || !isInteger(b)) {
                    throw RegoException.builtinError("modulo on floating-point number");
                }
                yield Values.number(a.remainder(b));
            }
            default -> throw new RegoException("unknown operator " + op);
        };
    }

    private static boolean isInteger(BigDecimal n) {
        return n.signum() == 0 || n.scale() <= 0 || n.stripTrailingZeros().scale() <= 0;
    }
}
