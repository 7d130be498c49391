package io.intelgraph.maestro.rego;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code json.filter} and {@code json.remove}: keep or drop the parts of a document the given paths name.
 * A path is a string ({@code "a/0/b"}, JSON-pointer escapes {@code ~0} and {@code ~1}) or an array of
 * segments; array elements are addressed by index, and a path that names a whole subtree wins over
 * longer paths inside it.
 */
final class JsonPaths {

    /** The paths as a tree: a node that ends a path covers everything under it. */
    private static final class Node {
        final Map<String, Node> children = new LinkedHashMap<>();
        boolean ends;
    }

    private JsonPaths() {
    }

    /** The paths, or empty when {@code paths} is not a set or array of paths (a type error for the caller). */
    static Optional<List<List<String>>> parse(Object paths) {
        if (!(paths instanceof Collection<?> all) || paths instanceof Map) {
            return Optional.empty();
        }
        List<List<String>> out = new ArrayList<>();
        for (Object path : all) {
            if (path instanceof String s) {
                List<String> segments = new ArrayList<>();
                for (String part : (s.startsWith("/") ? s.substring(1) : s).split("/", -1)) {
                    segments.add(part.replace("~1", "/").replace("~0", "~"));
                }
                out.add(segments);
            } else if (path instanceof List<?> segments) {
                List<String> parts = new ArrayList<>();
                for (Object segment : segments) {
                    parts.add(segment instanceof String str ? str : Values.json(segment, false));
                }
                out.add(parts);
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(out);
    }

    static Object filter(Map<?, ?> document, List<List<String>> paths) {
        Object kept = filter(document, tree(paths));
        return kept == null ? new LinkedHashMap<>() : kept;
    }

    static Object remove(Map<?, ?> document, List<List<String>> paths) {
        Object left = remove(document, tree(paths));
        return left == null ? new LinkedHashMap<>() : left;
    }

    private static Node tree(List<List<String>> paths) {
        Node root = new Node();
        for (List<String> path : paths) {
            Node node = root;
            for (String segment : path) {
                node = node.children.computeIfAbsent(segment, k -> new Node());
            }
            node.ends = true;
        }
        return root;
    }

    /** What the paths keep of {@code value}; null when they keep nothing of it. */
    private static Object filter(Object value, Node node) {
        if (node.ends) {
            return value;
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            node.children.forEach((segment, child) -> {
                Object key = keyIn(map, segment);
                if (key != null) {
                    Object kept = filter(map.get(key), child);
                    if (kept != null) {
                        out.put(key, kept);
                    }
                }
            });
            return out;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                Node child = node.children.get(String.valueOf(i));
                Object kept = child == null ? null : filter(list.get(i), child);
                if (kept != null) {
                    out.add(kept);
                }
            }
            return out;
        }
        return null;
    }

    /** {@code value} without what the paths name; null when they name all of it. */
    private static Object remove(Object value, Node node) {
        if (node.ends) {
            return null;
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            map.forEach((key, v) -> {
                Node child = key instanceof String s ? node.children.get(s) : null;
                Object left = child == null ? v : remove(v, child);
                if (left != null) {
                    out.put(key, left);
                }
            });
            return out;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                Node child = node.children.get(String.valueOf(i));
                Object left = child == null ? list.get(i) : remove(list.get(i), child);
                if (left != null) {
                    out.add(left);
                }
            }
            return out;
        }
        return value;
    }

    private static Object keyIn(Map<?, ?> map, String segment) {
        if (map.containsKey(segment)) {
            return segment;
        }
        try {
            // An object with number keys ({1: …}) is addressed by the number's text.
            BigDecimal number = Values.number(new BigDecimal(segment));
            return map.containsKey(number) ? number : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
