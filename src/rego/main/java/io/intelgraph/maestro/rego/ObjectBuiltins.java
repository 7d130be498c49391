package io.intelgraph.maestro.rego;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import static io.intelgraph.maestro.rego.Operands.list;
import static io.intelgraph.maestro.rego.Operands.map;
import static io.intelgraph.maestro.rego.Operands.members;

/** OPA's object.go and subset.go: object.get, keys, remove, union, union_n, filter and subset. */
final class ObjectBuiltins implements BuiltinFamily {

    @Override
    public void register(BuiltinRegistry r) {
        r.add("object.get", 3, a -> {
            Object value = get(a.get(0), a.get(1));
            return value == null ? a.get(2) : value;
        });
        r.add("object.keys", 1, a -> new LinkedHashSet<>(map(a.get(0)).keySet()));
        r.add("object.remove", 2, a -> {
            Map<Object, Object> out = new LinkedHashMap<>(map(a.get(0)));
            // The keys to drop come as a set, an array, or the keys of an object.
            Object keys = a.get(1);
            Collection<?> dropped = keys instanceof Map<?, ?> m ? m.keySet() : members(keys);
            dropped.forEach(out::remove);
            return out;
        });
        r.add("object.union", 2, a -> union(map(a.get(0)), map(a.get(1))));
        r.add("object.union_n", 1, a -> {
            Map<Object, Object> out = new LinkedHashMap<>();
            for (Object each : list(a.get(0))) {
                out = union(out, map(each));
            }
            return out;
        });
        r.add("object.filter", 2, a -> {
            if (!(a.get(0) instanceof Map<?, ?> object)) {
                throw new TypeMismatch();
            }
            Collection<?> keys = a.get(1) instanceof Map<?, ?> m ? m.keySet() : a.get(1) instanceof Collection<?> c ? c : null;
            if (keys == null) {
                throw new TypeMismatch();
            }
            Map<Object, Object> out = new LinkedHashMap<>();
            for (Object key : keys) {
                if (object.containsKey(key)) {
                    out.put(key, object.get(key));
                }
            }
            return out;
        });
        r.add("object.subset", 2, a -> Subsets.isSubset(a.get(0), a.get(1)));
    }

    /** OPA's object.union: the right side wins, objects on both sides are merged recursively. */
    @SuppressWarnings("unchecked")
    private static Map<Object, Object> union(Map<Object, Object> left, Map<Object, Object> right) {
        Map<Object, Object> out = new LinkedHashMap<>(left);
        right.forEach((k, v) -> {
            Object existing = out.get(k);
            out.put(k, existing instanceof Map<?, ?> leftValue && v instanceof Map<?, ?> rightValue
                    ? union((Map<Object, Object>) leftValue, (Map<Object, Object>) rightValue) : v);
        });
        return out;
    }

    /** The value at a key, or along a path when the key is an array; null when there is none. */
    private static Object get(Object object, Object key) {
        if (!(object instanceof Map<?, ?> m)) {
            throw new TypeMismatch();
        }
        if (key instanceof List<?> path) {
            Object current = m;
            for (Object step : path) {
                current = Interpreter.index(current, step);
                if (current == null) {
                    return null;
                }
            }
            return current;
        }
        return m.get(key);
    }
}
