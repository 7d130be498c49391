package io.intelgraph.maestro.rego;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The builtins the interpreter can call, by name: each {@link BuiltinFamily} registers its own, as OPA's
 * {@code topdown/} files register theirs. A call of any other name fails with {@code unsupported: builtin <name>}
 * instead of evaluating to undefined.
 */
final class BuiltinRegistry {

    private final Map<String, Builtin> builtins = new HashMap<>();

    /**
     * A registry of every family this engine has; one per interpreter, as some families keep caches.
     *
     * @param maxCollection the most elements a builtin may build (numbers.range); {@link RegoPolicy.Limits}
     */
    static BuiltinRegistry standard(long maxCollection) {
        BuiltinRegistry registry = new BuiltinRegistry();
        families(maxCollection).forEach(family -> family.register(registry));
        return registry;
    }

    /** Every family, in the order of the README's table. */
    static List<BuiltinFamily> families(long maxCollection) {
        return List.of(new AggregateBuiltins(), new ArithmeticBuiltins(), new ComparisonBuiltins(), new ArrayBuiltins(),
                new SetBuiltins(), new ObjectBuiltins(), new StringBuiltins(), new TemplateBuiltins(), new RegexBuiltins(),
                new GlobBuiltins(), new TypeBuiltins(), new CastBuiltins(), new NumberBuiltins(maxCollection),
                new BitsBuiltins(), new UnitBuiltins(), new EncodingBuiltins(), new JsonBuiltins(), new JsonSchemaBuiltins(),
                new GraphBuiltins(), new TimeBuiltins(), new CryptoBuiltins(), new TokenBuiltins(), new CidrBuiltins(),
                new SemverBuiltins(), new UuidBuiltins(), new ProviderBuiltins(), new RuntimeBuiltins());
    }

    /** Registers a builtin; a name registered twice is a programming error, caught when the registry is built. */
    void add(String name, int arity, Function<List<Object>, Object> body) {
        put(new Builtin(name, arity, false, body));
    }

    /** Registers a nondeterministic builtin: the interpreter keeps its first answer per arguments for the query. */
    void addNondeterministic(String name, int arity, Function<List<Object>, Object> body) {
        put(new Builtin(name, arity, true, body));
    }

    /** Registers an infix operator by its builtin name ({@code plus(1, 2)}), computed as the operator is. */
    void addOperator(String name, String operator) {
        add(name, 2, a -> Interpreter.operate(operator, a.get(0), a.get(1)));
    }

    private void put(Builtin builtin) {
        if (builtins.putIfAbsent(builtin.name(), builtin) != null) {
            throw new IllegalStateException("builtin " + builtin.name() + " registered twice");
        }
    }

    /** Every registered name, sorted. */
    Set<String> names() {
        return new TreeSet<>(builtins.keySet());
    }

    boolean isNondeterministic(String name) {
        Builtin builtin = builtins.get(name);
        return builtin != null && builtin.nondeterministic();
    }

    /** How many arguments the builtin takes, or -1 when there is no such builtin. */
    int arity(String name) {
        Builtin builtin = builtins.get(name);
        return builtin == null ? -1 : builtin.arity();
    }

    /**
     * Calls a builtin. Outside strict mode a wrong operand type or a builtin's error makes the call undefined
     * (null), as in OPA and conftest; what this engine cannot do (unsupported) and limits are never swallowed.
     */
    Object call(String name, List<Object> args, String where, boolean strict) {
        Builtin builtin = builtins.get(name);
        if (builtin == null) {
            throw RegoException.unsupported("builtin " + name, where);
        }
        if (builtin.arity() != args.size()) {
            throw new RegoException(where + ": " + name + " takes " + builtin.arity() + " arguments, got " + args.size());
        }
        try {
            return builtin.body().apply(args);
        } catch (TypeMismatch e) {
            // OPA: a builtin given the wrong type is an error in strict mode; undefined otherwise.
            if (strict) {
                throw RegoException.typeError(where + ": " + name + ": an operand has the wrong type ("
                        + args.stream().map(Values::typeName).toList() + ")");
            }
            return null;
        } catch (RegoException e) {
            if (e.isUnsupported() || e.isLimit() || strict && !e.code().equals("rego_error")) {
                throw e;
            }
            if (strict) {
                throw RegoException.builtinError(e.getMessage());
            }
            return null;
        }
    }
}
