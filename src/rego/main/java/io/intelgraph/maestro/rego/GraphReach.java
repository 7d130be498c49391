package io.intelgraph.maestro.rego;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code graph.reachable} and {@code graph.reachable_paths} over a graph given as an object from node to
 * its neighbours (an array or a set; a node that is not a key of the object ends a path).
 */
final class GraphReach {

    private GraphReach() {
    }

    /** Every node reachable from {@code initial} that is a node of the graph (breadth first). */
    static Set<Object> reachable(Map<?, ?> graph, Collection<?> initial) {
        Set<Object> reached = new LinkedHashSet<>();
        Deque<Object> queue = new ArrayDeque<>(initial);
        while (!queue.isEmpty()) {
            Object node = queue.removeFirst();
            if (graph.containsKey(node) && reached.add(node)) {
                neighbours(graph.get(node)).stream().filter(n -> !reached.contains(n)).forEach(queue::addLast);
            }
        }
        return reached;
    }

    /**
     * The paths from each initial node, one per way out of it: a path ends at a node without neighbours, before
     * a neighbour that is not in the graph, or before one already reached from the same first step (a cycle).
     */
    static Set<Object> paths(Map<?, ?> graph, Collection<?> initial) {
        Set<Object> out = new LinkedHashSet<>();
        for (Object node : initial) {
            if (!graph.containsKey(node)) {
                continue;
            }
            List<Object> next = neighbours(graph.get(node));
            if (next.isEmpty()) {
                out.add(List.of(node));
            }
            for (Object neighbour : next) {
                Set<Object> reached = new HashSet<>();
                reached.add(node);
                walk(graph, neighbour, new ArrayList<>(List.of(node)), reached, out);
            }
        }
        return out;
    }

    private static void walk(Map<?, ?> graph, Object node, List<Object> path, Set<Object> reached, Set<Object> out) {
        if (!graph.containsKey(node)) {
            out.add(List.copyOf(path));
            return;
        }
        List<Object> here = new ArrayList<>(path);
        here.add(node);
        List<Object> next = neighbours(graph.get(node));
        if (next.isEmpty()) {
            out.add(List.copyOf(here));
            return;
        }
        for (Object neighbour : next) {
            if (reached.contains(neighbour)) {
                out.add(List.copyOf(here));
            } else {
                reached.add(node);
                walk(graph, neighbour, here, reached, out);
            }
        }
    }

    private static List<Object> neighbours(Object edges) {
        return edges instanceof Collection<?> c ? new ArrayList<>(c) : List.of();
    }
}
