package io.intelgraph.maestro.rego;

import java.util.List;
import java.util.function.Function;

/**
 * One builtin function as Rego calls it: its dotted name, how many arguments it takes and what it computes
 * from them (arguments already evaluated, in {@link Values}' model; null for undefined).
 *
 * @param nondeterministic OPA's flag: its answer may differ between calls (uuid.rfc4122, rand.intn), so the
 *                         interpreter keeps one answer per arguments for the whole query, as OPA does
 */
record Builtin(String name, int arity, boolean nondeterministic, Function<List<Object>, Object> body) {

    /** What a relation builtin (walk) yields: every result, each unified in turn with the output argument. */
    record Results(List<Object> values) {
    }
}
