package io.intelgraph.maestro.rego;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A Rego value as JSON text, the way OPA's {@code json.marshal} writes it (Go's encoding/json): sets
 * become sorted arrays, object keys are sorted, {@code <}, {@code >} and {@code &} are escaped, and the
 * indented form puts {@code prefix} at the start of every line and keeps empty collections on one line.
 */
final class JsonEncoding {

    private final String prefix;
    private final String indent;
    private final boolean pretty;
    private final StringBuilder out = new StringBuilder();

    private JsonEncoding(String prefix, String indent, boolean pretty) {
        this.prefix = prefix;
        this.indent = indent;
        this.pretty = pretty;
    }

    /** {@code json.marshal}: compact. */
    static String compact(Object value) {
        JsonEncoding encoding = new JsonEncoding("", "", false);
        encoding.write(value, 0);
        return encoding.out.toString();
    }

    /** {@code json.marshal_with_options}: indented, each line starting with {@code prefix}. */
    static String indented(Object value, String prefix, String indent) {
        JsonEncoding encoding = new JsonEncoding(prefix, indent, true);
        encoding.out.append(prefix);
        encoding.write(value, 0);
        return encoding.out.toString();
    }

    @SuppressWarnings("unchecked")
    private void write(Object value, int depth) {
        if (value instanceof String s) {
            quote(s);
        } else if (value instanceof BigDecimal || value instanceof Boolean || value instanceof Values.Null) {
            out.append(Values.json(value, true));
        } else if (value instanceof Set<?> set) {
            writeArray(Values.sorted((Collection<Object>) set), depth);
        } else if (value instanceof List<?> list) {
            writeArray(list, depth);
        } else if (value instanceof Map<?, ?> map) {
            writeObject((Map<Object, Object>) map, depth);
        } else {
            throw new RegoException("json.marshal: cannot encode " + value);
        }
    }

    private void writeArray(List<?> items, int depth) {
        out.append('[');
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            newline(depth + 1);
            write(items.get(i), depth + 1);
        }
        if (!items.isEmpty()) {
            newline(depth);
        }
        out.append(']');
    }

    private void writeObject(Map<Object, Object> map, int depth) {
        out.append('{');
        List<Object> keys = Values.sorted(map.keySet());
        for (int i = 0; i < keys.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            newline(depth + 1);
            Object key = keys.get(i);
            // JSON keys are strings; OPA writes a non-string key as its own JSON text.
            quote(key instanceof String s ? s : compact(key));
            out.append(pretty ? ": " : ":");
            write(map.get(key), depth + 1);
        }
        if (!keys.isEmpty()) {
            newline(depth);
        }
        out.append('}');
    }

    private void newline(int depth) {
        if (pretty) {
            out.append('\n').append(prefix).append(indent.repeat(depth));
        }
    }

    private void quote(String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                // Go escapes these so the JSON is safe inside HTML; OPA's output carries them.
                case '<', '>', '&', '\u2028', '\u2029' -> out.append(String.format("\\u%04x", (int) c));
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
