package io.intelgraph.maestro.hub;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Writes Prometheus's text exposition format 0.0.4: {@code # HELP}, {@code # TYPE}, then samples. */
final class PrometheusText {

    private final StringBuilder out = new StringBuilder();

    void header(String name, String help, String type) {
        out.append("# HELP ").append(name).append(' ').append(help.replace("\\", "\\\\").replace("\n", "\\n")).append('\n');
        out.append("# TYPE ").append(name).append(' ').append(type).append('\n');
    }

    void counter(String name, String help, long value) {
        header(name, help, "counter");
        sample(name, Map.of(), value);
    }

    void gauge(String name, String help, double value) {
        header(name, help, "gauge");
        sample(name, Map.of(), value);
    }

    void sample(String name, Map<String, String> labels, double value) {
        out.append(name);
        if (!labels.isEmpty()) {
            out.append(labels.entrySet().stream()
                    .map(e -> e.getKey() + "=\"" + escape(e.getValue()) + "\"")
                    .collect(Collectors.joining(",", "{", "}")));
        }
        out.append(' ').append(number(value)).append('\n');
    }

    private static String number(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "+Inf" : "-Inf";
        }
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : String.format(Locale.ROOT, "%s", value);
    }

    /** Label values escape backslash, double quote and line feed. */
    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
