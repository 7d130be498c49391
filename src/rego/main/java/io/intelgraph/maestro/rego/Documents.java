package io.intelgraph.maestro.rego;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * How rules with ref heads build one document. The levels that rule paths and packages make
 * ({@code p[q].r := …}, {@code p.a.r := …}, package {@code p}) are {@link Path} objects and merge key by key;
 * the sets multi-value rules build ({@code p[q] contains …}) are {@link Members} and unite; anything else a
 * rule produced is a value, which another rule may not write into: two different values at one path conflict,
 * as in OPA.
 */
final class Documents {

    /** An object level made by a rule path or a package, open to other rules' entries. */
    static final class Path extends LinkedHashMap<Object, Object> {
    }

    /** A set made by multi-value rules, open to other multi-value rules' members. */
    static final class Members extends LinkedHashSet<Object> {
    }

    private Documents() {
    }

    /** {@code value} under {@code keys}: {k1: {k2: value}} as path levels. */
    static Object nest(List<Object> keys, Object value) {
        Object nested = value;
        for (int i = keys.size() - 1; i >= 0; i--) {
            Path level = new Path();
            level.put(keys.get(i), nested);
            nested = level;
        }
        return nested;
    }

    /** Two definitions of one path as one document; {@code where} names it in a conflict. */
    static Object merge(Object a, Object b, String where) {
        if (a == null) {
            return b;
        }
        if (b == null || a.equals(b) && !(a instanceof Path) && !(a instanceof Members)) {
            return a;
        }
        if (a instanceof Path pa && b instanceof Path pb) {
            Path out = new Path();
            out.putAll(pa);
            pb.forEach((key, value) -> out.put(key, merge(out.get(key), value, where + "." + Values.json(key, false))));
            return out;
        }
        if (a instanceof Members ma && b instanceof Members mb) {
            Members out = new Members();
            out.addAll(ma);
            out.addAll(mb);
            return out;
        }
        if (a.equals(b)) {
            return a;
        }
        throw RegoException.conflict(where + " is defined twice with different values (object keys must be unique)");
    }

    /** A plain map as a path level (a package document built elsewhere). */
    static Path path(Map<?, ?> entries) {
        Path out = new Path();
        out.putAll(entries);
        return out;
    }
}
