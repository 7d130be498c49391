package io.intelgraph.maestro.rego;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.intelgraph.maestro.rego.Operands.members;
import static io.intelgraph.maestro.rego.Operands.numbers;

/** OPA's aggregates.go: count, sum, product, max, min, sort, all, any, and membership (the {@code in} operator). */
final class AggregateBuiltins implements BuiltinFamily {

    @Override
    public void register(BuiltinRegistry r) {
        r.add("count", 1, a -> size(a.get(0)));
        r.add("sum", 1, a -> numbers(a.get(0)).stream().reduce(BigDecimal.ZERO, BigDecimal::add));
        r.add("product", 1, a -> numbers(a.get(0)).stream().reduce(BigDecimal.ONE, BigDecimal::multiply));
        r.add("max", 1, a -> members(a.get(0)).stream().max(Values.ORDER).orElse(null));
        r.add("min", 1, a -> members(a.get(0)).stream().min(Values.ORDER).orElse(null));
        r.add("sort", 1, a -> List.copyOf(Values.sorted(members(a.get(0)))));
        // Deprecated in OPA 1.x, still called by v0 policies.
        r.add("all", 1, a -> members(a.get(0)).stream().allMatch(Boolean.TRUE::equals));
        r.add("any", 1, a -> members(a.get(0)).stream().anyMatch(Boolean.TRUE::equals));
    }

    /** {@code x in xs}: a set's member, an array's element or an object's value; nothing else holds anything. */
    static boolean member(Object value, Object collection) {
        if (collection instanceof Set<?> s) {
            return s.contains(value);
        }
        if (collection instanceof List<?> l) {
            return l.contains(value);
        }
        if (collection instanceof Map<?, ?> m) {
            return m.containsValue(value);
        }
        return false;
    }

    /** Runes of a string, entries of an object, elements of an array or a set. */
    private static Object size(Object v) {
        if (v instanceof String s) {
            return Values.number(BigDecimal.valueOf(s.codePointCount(0, s.length())));
        }
        if (v instanceof Map<?, ?> m) {
            return Values.number(BigDecimal.valueOf(m.size()));
        }
        return Values.number(BigDecimal.valueOf(members(v).size()));
    }
}
