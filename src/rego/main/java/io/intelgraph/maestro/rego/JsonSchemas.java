package io.intelgraph.maestro.rego;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code json.verify_schema} and {@code json.match_schema}, validated by networknt's json-schema-validator
 * (draft 7 unless the schema's {@code $schema} says otherwise) and reported in the shape OPA gives them
 * from gojsonschema: a schema with an unknown type is refused in gojsonschema's words, and each mismatch
 * is {@code {error, type, field, desc}} with gojsonschema's type names and, for the common kinds
 * (type, required), its descriptions.
 */
final class JsonSchemas {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
    private static final JsonSchema DRAFT_7 = FACTORY.getSchema(SchemaLocation.of("https://json-schema.org/draft-07/schema"));
    private static final Set<String> PRIMITIVE_TYPES = Set.of("array", "boolean", "integer", "number", "null", "object",
            "string");

    /** gojsonschema's error type for each validation keyword. */
    private static final Map<String, String> TYPES = Map.ofEntries(Map.entry("type", "invalid_type"),
            Map.entry("required", "required"), Map.entry("enum", "enum"), Map.entry("const", "const"),
            Map.entry("minimum", "number_gte"), Map.entry("maximum", "number_lte"),
            Map.entry("exclusiveMinimum", "number_gt"), Map.entry("exclusiveMaximum", "number_lt"),
            Map.entry("multipleOf", "multiple_of"), Map.entry("minLength", "string_gte"),
            Map.entry("maxLength", "string_lte"), Map.entry("pattern", "pattern"), Map.entry("format", "format"),
            Map.entry("minItems", "array_min_items"), Map.entry("maxItems", "array_max_items"),
            Map.entry("uniqueItems", "unique"), Map.entry("additionalProperties", "additional_property_not_allowed"),
            Map.entry("minProperties", "array_min_properties"), Map.entry("maxProperties", "array_max_properties"),
            Map.entry("dependencies", "missing_dependency"), Map.entry("oneOf", "number_one_of"),
            Map.entry("anyOf", "number_any_of"), Map.entry("allOf", "number_all_of"), Map.entry("not", "number_not"));

    private JsonSchemas() {
    }

    /** {@code [true, null]} for a usable schema, {@code [false, "jsonschema: …"]} otherwise. */
    static List<Object> verify(Object schema) {
        String problem = problem(node(schema, "json.verify_schema"));
        List<Object> out = new ArrayList<>();
        out.add(problem == null);
        out.add(problem == null ? Values.NULL : "jsonschema: " + problem);
        return out;
    }

    /** {@code [matches, errors]}; a schema that is not usable is an error of the call. */
    static List<Object> match(Object document, Object schema) {
        JsonNode schemaNode = node(schema, "json.match_schema");
        String problem = problem(schemaNode);
        if (problem != null) {
            throw new RegoException("json.match_schema: " + problem);
        }
        JsonNode documentNode = node(document, "json.match_schema");
        List<Object> errors = new ArrayList<>();
        for (ValidationMessage message : FACTORY.getSchema(schemaNode).validate(documentNode)) {
            errors.add(error(message, documentNode));
        }
        return List.of(errors.isEmpty(), errors);
    }

    /** A schema or document given as JSON text or as a value. */
    private static JsonNode node(Object value, String builtin) {
        try {
            return value instanceof String text ? JSON.readTree(text) : JSON.valueToTree(Values.toJava(value));
        } catch (JsonProcessingException e) {
            throw new RegoException(builtin + ": " + e.getOriginalMessage());
        }
    }

    /** Why a schema cannot be used, in gojsonschema's words for an unknown type; null when it can. */
    private static String problem(JsonNode schema) {
        String badType = unknownType(schema);
        if (badType != null) {
            return "has a primitive type that is NOT VALID -- given: /" + badType
                    + "/ Expected valid values are:[array boolean integer number null object string]";
        }
        Set<ValidationMessage> messages = DRAFT_7.validate(schema);
        return messages.isEmpty() ? null : messages.iterator().next().getMessage();
    }

    private static String unknownType(JsonNode node) {
        if (node.isObject()) {
            JsonNode type = node.get("type");
            if (type != null && type.isTextual() && !PRIMITIVE_TYPES.contains(type.asText())) {
                return type.asText();
            }
            if (type != null && type.isArray()) {
                for (JsonNode each : type) {
                    if (each.isTextual() && !PRIMITIVE_TYPES.contains(each.asText())) {
                        return each.asText();
                    }
                }
            }
            for (var field : (Iterable<Map.Entry<String, JsonNode>>) node::fields) {
                if (!field.getKey().equals("enum") && !field.getKey().equals("const")) {
                    String found = unknownType(field.getValue());
                    if (found != null) {
                        return found;
                    }
                }
            }
        } else if (node.isArray()) {
            for (JsonNode each : node) {
                String found = unknownType(each);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static Map<Object, Object> error(ValidationMessage message, JsonNode document) {
        String keyword = message.getType();
        String field = field(message.getInstanceLocation().toString());
        String desc = switch (keyword) {
            case "type" -> "Invalid type. Expected: " + String.join(" or ", expected(message)) + ", given: "
                    + typeOf(message.getInstanceNode());
            case "required" -> message.getProperty() + " is required";
            default -> message.getMessage().replaceFirst("^\\$[^:]*: ", "");
        };
        Map<Object, Object> out = new LinkedHashMap<>();
        out.put("error", field + ": " + desc);
        out.put("type", TYPES.getOrDefault(keyword, keyword));
        out.put("field", field);
        out.put("desc", desc);
        return out;
    }

    private static List<String> expected(ValidationMessage message) {
        Object[] arguments = message.getArguments();
        return arguments != null && arguments.length > 1 ? List.of(String.valueOf(arguments[1])) : List.of("?");
    }

    /** gojsonschema's field: {@code (root)}, or the path below it joined with dots. */
    private static String field(String jsonPath) {
        String path = jsonPath.replaceFirst("^\\$\\.?", "").replaceAll("\\[(\\d+)]", ".$1").replaceFirst("^\\.", "");
        return path.isEmpty() ? "(root)" : path;
    }

    private static String typeOf(JsonNode node) {
        if (node == null || node.isNull()) {
            return "null";
        }
        if (node.isIntegralNumber() || node.isNumber() && node.decimalValue().stripTrailingZeros().scale() <= 0) {
            return "integer";
        }
        return switch (node.getNodeType()) {
            case NUMBER -> "number";
            case STRING -> "string";
            case BOOLEAN -> "boolean";
            case ARRAY -> "array";
            case OBJECT -> "object";
            default -> node.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }
}
