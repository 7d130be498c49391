package io.intelgraph.maestro.rego;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static io.intelgraph.maestro.rego.Operands.list;
import static io.intelgraph.maestro.rego.Operands.map;
import static io.intelgraph.maestro.rego.Operands.set;
import static io.intelgraph.maestro.rego.Operands.str;

/**
 * OPA's casts.go: to_number, and Rego v0's deprecated casts, which give the value when it already has the type
 * (a set becomes a sorted array) and a type error otherwise.
 */
final class CastBuiltins implements BuiltinFamily {

    @Override
    public void register(BuiltinRegistry r) {
        r.add("to_number", 1, a -> toNumber(a.get(0)));
        r.add("cast_array", 1, a -> a.get(0) instanceof Set<?> ? Values.sorted(set(a.get(0))) : list(a.get(0)));
        r.add("cast_set", 1, a -> a.get(0) instanceof List<?> l ? new LinkedHashSet<Object>(l) : set(a.get(0)));
        r.add("cast_string", 1, a -> str(a.get(0)));
        r.add("cast_boolean", 1, a -> {
            if (!(a.get(0) instanceof Boolean)) {
                throw new TypeMismatch();
            }
            return a.get(0);
        });
        r.add("cast_null", 1, a -> {
            if (a.get(0) != Values.NULL) {
                throw new TypeMismatch();
            }
            return a.get(0);
        });
        r.add("cast_object", 1, a -> map(a.get(0)));
    }

    /** A number as is; a string parsed (surrounding space allowed); true 1, false and null 0. */
    private static Object toNumber(Object v) {
        if (v instanceof BigDecimal) {
            return v;
        }
        if (v instanceof String s) {
            try {
                return Values.number(new BigDecimal(s.strip()));
            } catch (NumberFormatException e) {
                throw new RegoException("to_number: invalid number '" + s + "'");
            }
        }
        if (v instanceof Boolean b) {
            return b ? BigDecimal.ONE : BigDecimal.ZERO;
        }
        if (v == Values.NULL) {
            return BigDecimal.ZERO;
        }
        throw new TypeMismatch();
    }
}
