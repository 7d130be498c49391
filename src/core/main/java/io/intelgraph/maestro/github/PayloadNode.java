package io.intelgraph.maestro.github;

import com.fasterxml.jackson.databind.JsonNode;
import io.intelgraph.maestro.text.IsoInstant;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A JSON node that knows its path in the payload, so a missing or mistyped field is reported as
 * e.g. {@code workflow_runs[3].status: missing} instead of a NullPointerException downstream.
 */
final class PayloadNode {

    private final JsonNode node;
    private final String path;

    PayloadNode(JsonNode node, String path) {
        this.node = node;
        this.path = path;
    }

    static PayloadNode root(JsonNode node, String what) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            throw new MalformedPayloadException(what + ": empty payload");
        }
        return new PayloadNode(node, what);
    }

    String path() {
        return path;
    }

    JsonNode raw() {
        return node;
    }

    PayloadNode object(String field) {
        JsonNode child = node.get(field);
        if (child == null || !child.isObject()) {
            throw malformed(field, child == null || child.isNull() ? "missing" : "not an object");
        }
        return new PayloadNode(child, path + "." + field);
    }

    boolean has(String field) {
        JsonNode child = node.get(field);
        return child != null && !child.isNull();
    }

    PayloadNode optionalObject(String field) {
        return has(field) ? object(field) : null;
    }

    List<PayloadNode> array(String field) {
        JsonNode child = node.get(field);
        if (child == null || !child.isArray()) {
            throw malformed(field, child == null || child.isNull() ? "missing" : "not an array");
        }
        return elements(child, path + "." + field);
    }

    List<PayloadNode> optionalArray(String field) {
        return has(field) ? array(field) : List.of();
    }

    /** This node's elements, when this node is itself an array (a list endpoint's body). */
    List<PayloadNode> elements() {
        if (!node.isArray()) {
            throw new MalformedPayloadException(path + ": expected an array");
        }
        return elements(node, path);
    }

    private static List<PayloadNode> elements(JsonNode array, String path) {
        List<PayloadNode> out = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            out.add(new PayloadNode(array.get(i), path + "[" + i + "]"));
        }
        return out;
    }

    String text(String field) {
        JsonNode child = node.get(field);
        if (child == null || child.isNull() || !child.isValueNode()) {
            throw malformed(field, child == null || child.isNull() ? "missing" : "not a value");
        }
        return child.asText();
    }

    /** The text, or {@code fallback} when absent or null. */
    String text(String field, String fallback) {
        JsonNode child = node.get(field);
        return child == null || child.isNull() || !child.isValueNode() ? fallback : child.asText();
    }

    long number(String field) {
        JsonNode child = node.get(field);
        if (child == null || !child.canConvertToLong()) {
            throw malformed(field, child == null || child.isNull() ? "missing" : "not a number");
        }
        return child.asLong();
    }

    long number(String field, long fallback) {
        JsonNode child = node.get(field);
        return child == null || !child.canConvertToLong() ? fallback : child.asLong();
    }

    boolean bool(String field, boolean fallback) {
        JsonNode child = node.get(field);
        return child == null || !child.isBoolean() ? fallback : child.asBoolean();
    }

    /** An ISO-8601 timestamp, or null when the field is absent or null (e.g. completed_at while running). */
    Instant instant(String field) {
        String value = text(field, null);
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return IsoInstant.parse(value);
        } catch (DateTimeParseException e) {
            throw malformed(field, "not an ISO-8601 timestamp: '" + value + "'");
        }
    }

    Instant requiredInstant(String field) {
        Instant value = instant(field);
        if (value == null) {
            throw malformed(field, "missing");
        }
        return value;
    }

    /** Maps a closed-set value; an undocumented value is an error that names the value and the field. */
    <T> T closedValue(String field, Function<String, Optional<T>> parser, boolean nullable) {
        JsonNode child = node.get(field);
        String value = child == null || child.isNull() ? null : child.asText();
        if (value == null && !nullable) {
            throw malformed(field, "missing");
        }
        return parser.apply(value).orElseThrow(() -> malformed(field, "unknown value '" + value + "'"));
    }

    MalformedPayloadException malformed(String field, String problem) {
        return new MalformedPayloadException(path + "." + field + ": " + problem);
    }
}
