package io.intelgraph.maestro.rego;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static io.intelgraph.maestro.rego.Operands.integer;
import static io.intelgraph.maestro.rego.Operands.list;

/** OPA's array.go: array.concat, array.slice, array.reverse; and array.flatten, which policies in the wild call. */
final class ArrayBuiltins implements BuiltinFamily {

    @Override
    public void register(BuiltinRegistry r) {
        r.add("array.concat", 2, a -> {
            List<Object> out = new ArrayList<>(list(a.get(0)));
            out.addAll(list(a.get(1)));
            return out;
        });
        r.add("array.slice", 3, a -> {
            List<Object> l = list(a.get(0));
            int from = Math.max(0, integer(a.get(1)));
            int to = Math.min(l.size(), integer(a.get(2)));
            return from >= to ? List.of() : List.copyOf(l.subList(from, to));
        });
        r.add("array.reverse", 1, a -> {
            List<Object> out = new ArrayList<>(list(a.get(0)));
            Collections.reverse(out);
            return out;
        });
        // One level deep: an element that is an array is replaced by its elements.
        r.add("array.flatten", 1, a -> {
            List<Object> out = new ArrayList<>();
            for (Object item : list(a.get(0))) {
                if (item instanceof List<?> inner) {
                    out.addAll(inner);
                } else {
                    out.add(item);
                }
            }
            return List.copyOf(out);
        });
    }
}
