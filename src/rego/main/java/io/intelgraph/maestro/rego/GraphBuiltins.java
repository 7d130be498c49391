package io.intelgraph.maestro.rego;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.intelgraph.maestro.rego.Operands.map;

/** OPA's reachable.go and walk.go: graph.reachable, graph.reachable_paths ({@link GraphReach}) and walk. */
final class GraphBuiltins implements BuiltinFamily {

    @Override
    public void register(BuiltinRegistry r) {
        r.add("graph.reachable", 2, a -> GraphReach.reachable(map(a.get(0)), vertices(a.get(1))));
        r.add("graph.reachable_paths", 2, a -> GraphReach.paths(map(a.get(0)), vertices(a.get(1))));
        // A relation: every [path, value] pair is a result.
        r.add("walk", 1, a -> {
            List<Object> pairs = new ArrayList<>();
            walk(new ArrayList<>(), a.get(0), pairs);
            return new Builtin.Results(pairs);
        });
    }

    private static Collection<?> vertices(Object v) {
        if (v instanceof List<?> || v instanceof Set<?>) {
            return (Collection<?>) v;
        }
        throw new TypeMismatch();
    }

    /** Pre-order, as OPA walks: the node itself at its path, then each child (a set's members are their own keys). */
    private static void walk(List<Object> path, Object node, List<Object> out) {
        out.add(List.of(List.copyOf(path), node));
        if (node instanceof Map<?, ?> || node instanceof List<?> || node instanceof Set<?>) {
            List<Map.Entry<Object, Object>> children = new ArrayList<>();
            if (node instanceof Map<?, ?> map) {
                map.forEach((k, v) -> children.add(Map.entry(k, v)));
            } else if (node instanceof List<?> list) {
                for (int i = 0; i < list.size(); i++) {
                    children.add(Map.entry(Values.number(BigDecimal.valueOf(i)), list.get(i)));
                }
            } else {
                ((Set<?>) node).forEach(m -> children.add(Map.entry(m, m)));
            }
            for (Map.Entry<Object, Object> child : children) {
                path.add(child.getKey());
                walk(path, child.getValue(), out);
                path.remove(path.size() - 1);
            }
        }
    }
}
