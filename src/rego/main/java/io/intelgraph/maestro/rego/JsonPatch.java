package io.intelgraph.maestro.rego;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code json.patch}: RFC 6902 operations (add, remove, replace, move, copy, test) applied in order to a
 * copy of a document, with OPA's additions: a path may be an array of keys or lack its leading slash, and a
 * set is addressed by its members. A patch that cannot apply makes the whole call undefined (empty result).
 */
final class JsonPatch {

    private JsonPatch() {
    }

    static Optional<Object> apply(Object document, List<?> operations) {
        Optional<Object> doc = Optional.of(document);
        for (Object operation : operations) {
            if (!(operation instanceof Map<?, ?> op) || !(op.get("op") instanceof String name)) {
                return Optional.empty();
            }
            Object current = doc.get();
            doc = path(op.get("path")).flatMap(path -> step(current, name, op, path));
            if (doc.isEmpty()) {
                return doc;
            }
        }
        return doc;
    }

    private static Optional<Object> step(Object doc, String name, Map<?, ?> op, List<Object> path) {
        return switch (name) {
            case "add" -> op.containsKey("value") ? add(doc, path, op.get("value")) : Optional.empty();
            case "remove" -> remove(doc, path);
            case "replace" -> !op.containsKey("value") || get(doc, path).isEmpty() ? Optional.empty()
                    : path.isEmpty() ? Optional.of(op.get("value"))
                    : remove(doc, path).flatMap(d -> add(d, path, op.get("value")));
            case "move" -> path(op.get("from")).flatMap(from -> get(doc, from).flatMap(value -> from.equals(path)
                    ? Optional.of(doc) : remove(doc, from).flatMap(d -> add(d, path, value))));
            case "copy" -> path(op.get("from")).flatMap(from -> get(doc, from)).flatMap(value -> add(doc, path, value));
            case "test" -> op.containsKey("value") && get(doc, path).filter(v -> Values.compare(v, op.get("value")) == 0)
                    .isPresent() ? Optional.of(doc) : Optional.empty();
            default -> Optional.empty();
        };
    }

    /** A JSON pointer ("/a/b", "" for the root; OPA also takes "a/b") or an array of keys. */
    private static Optional<List<Object>> path(Object path) {
        if (path instanceof List<?> keys) {
            return Optional.of(new ArrayList<>(keys));
        }
        if (!(path instanceof String pointer)) {
            return Optional.empty();
        }
        List<Object> keys = new ArrayList<>();
        if (pointer.isEmpty()) {
            return Optional.of(keys);
        }
        for (String part : (pointer.startsWith("/") ? pointer.substring(1) : pointer).split("/", -1)) {
            keys.add(part.replace("~1", "/").replace("~0", "~"));
        }
        return Optional.of(keys);
    }

    private static Optional<Object> get(Object doc, List<Object> path) {
        Object at = doc;
        for (Object key : path) {
            Optional<Object> child = child(at, key);
            if (child.isEmpty()) {
                return Optional.empty();
            }
            at = child.get();
        }
        return Optional.of(at);
    }

    private static Optional<Object> child(Object container, Object key) {
        if (container instanceof Map<?, ?> map) {
            return map.containsKey(key) ? Optional.ofNullable(map.get(key)) : Optional.empty();
        }
        if (container instanceof List<?> list) {
            return index(key, list.size(), false).map(list::get);
        }
        if (container instanceof Set<?> set) {
            return set.contains(key) ? Optional.of(key) : Optional.empty();
        }
        return Optional.empty();
    }

    /** An array index: decimal digits without leading zeros (or "-", the end, when adding), within bounds. */
    private static Optional<Integer> index(Object key, int size, boolean adding) {
        int i;
        if (key instanceof BigDecimal n) {
            try {
                i = n.intValueExact();
            } catch (ArithmeticException e) {
                return Optional.empty();
            }
        } else if (key instanceof String s && adding && s.equals("-")) {
            return Optional.of(size);
        } else if (key instanceof String s && s.matches("0|[1-9][0-9]{0,8}")) {
            i = Integer.parseInt(s);
        } else {
            return Optional.empty();
        }
        return i >= 0 && (adding ? i <= size : i < size) ? Optional.of(i) : Optional.empty();
    }

    private static Optional<Object> add(Object doc, List<Object> path, Object value) {
        if (path.isEmpty()) {
            return Optional.of(value);
        }
        return update(doc, path, 0, (container, key) -> {
            if (container instanceof Map<?, ?> map) {
                Map<Object, Object> copy = new LinkedHashMap<>(map);
                copy.put(key, value);
                return Optional.of(copy);
            }
            if (container instanceof List<?> list) {
                return index(key, list.size(), true).map(i -> {
                    List<Object> copy = new ArrayList<>(list);
                    copy.add(i, value);
                    return copy;
                });
            }
            if (container instanceof Set<?> set && key.equals(value)) {
                Set<Object> copy = new LinkedHashSet<>(set);
                copy.add(value);
                return Optional.of(copy);
            }
            return Optional.empty();
        });
    }

    private static Optional<Object> remove(Object doc, List<Object> path) {
        if (path.isEmpty()) {
            return Optional.empty();
        }
        return update(doc, path, 0, (container, key) -> {
            if (container instanceof Map<?, ?> map && map.containsKey(key)) {
                Map<Object, Object> copy = new LinkedHashMap<>(map);
                copy.remove(key);
                return Optional.of(copy);
            }
            if (container instanceof List<?> list) {
                return index(key, list.size(), false).map(i -> {
                    List<Object> copy = new ArrayList<>(list);
                    copy.remove((int) i);
                    return copy;
                });
            }
            if (container instanceof Set<?> set && set.contains(key)) {
                Set<Object> copy = new LinkedHashSet<>(set);
                copy.remove(key);
                return Optional.of(copy);
            }
            return Optional.empty();
        });
    }

    private interface Change {
        Optional<Object> at(Object container, Object key);
    }

    /** Rebuilds the containers along {@code path}, changing the last one; absent on any missing step. */
    private static Optional<Object> update(Object doc, List<Object> path, int depth, Change change) {
        Object key = path.get(depth);
        if (depth == path.size() - 1) {
            return change.at(doc, key);
        }
        return child(doc, key).flatMap(child -> update(child, path, depth + 1, change)).flatMap(changed -> {
            if (doc instanceof Map<?, ?> map) {
                Map<Object, Object> copy = new LinkedHashMap<>(map);
                copy.put(key, changed);
                return Optional.of(copy);
            }
            if (doc instanceof List<?> list) {
                List<Object> copy = new ArrayList<>(list);
                copy.set(index(key, list.size(), false).orElseThrow(), changed);
                return Optional.of(copy);
            }
            if (doc instanceof Set<?> set) {
                Set<Object> copy = new LinkedHashSet<>(set);
                copy.remove(key);
                copy.add(changed);
                return Optional.of(copy);
            }
            return Optional.empty();
        });
    }
}
