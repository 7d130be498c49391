package io.intelgraph.maestro.rego;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaException;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.resource.AllowSchemaLoader;
import com.networknt.schema.resource.SchemaLoader;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code json.verify_schema} and {@code json.match_schema}, validated by networknt's json-schema-validator
 * (draft 7 unless the schema's {@code $schema} says otherwise) and reported in the shape OPA gives them
 * from gojsonschema: a schema with an unknown type is refused in gojsonschema's words, and each mismatch
 * is {@code {error, type, field, desc}} with gojsonschema's type names and its descriptions for every keyword but
 * {@code anyOf}'s (whose branches' own errors are reported). A {@code $ref} is resolved inside the schema, never
 * over the network.
 */
final class JsonSchemas {

    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * Only the validator's own meta-schemas (on its class path) are ever loaded: a {@code $ref} to anywhere else is
     * refused, never fetched (a policy's schema must not make the engine reach the network, nor a data document choose
     * what it reaches). Found by Enterprise Contract's CycloneDX tests, which tried cyclonedx.org.
     */
    private static final SchemaLoader NO_NETWORK = new AllowSchemaLoader(iri -> iri.toString().startsWith("classpath:"));
    private static final JsonSchemaFactory FACTORY = factory(Map.of());
    private static final JsonSchema DRAFT_7 = FACTORY.getSchema(SchemaLocation.of("https://json-schema.org/draft-07/schema"));
    /** OPA's words for a schema or document that is neither JSON text nor an object (an array, a number…). */
    private static final String WRONG_TYPE = "wrong type, expected string or object";
    /** gojsonschema's descriptions of an anyOf and a oneOf no branch of which matched. */
    private static final String ANY_OF = "Must validate at least one schema (anyOf)";
    private static final String ONE_OF = "Must validate one and only one schema (oneOf)";
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
        String problem = textOrObject(schema) ? problem(node(schema, "json.verify_schema")) : WRONG_TYPE;
        List<Object> out = new ArrayList<>();
        out.add(problem == null);
        out.add(problem == null ? Values.NULL : "jsonschema: " + problem);
        return out;
    }

    /** {@code [matches, errors]}; a schema that is not usable is an error of the call. */
    static List<Object> match(Object document, Object schema) {
        if (!textOrObject(document) || !textOrObject(schema)) {
            throw new RegoException("json.match_schema: " + WRONG_TYPE);
        }
        JsonNode schemaNode = node(schema, "json.match_schema");
        String problem = problem(schemaNode);
        if (problem != null) {
            throw new RegoException("json.match_schema: " + problem);
        }
        JsonNode documentNode = node(document, "json.match_schema");
        List<Object> errors = new ArrayList<>();
        try {
            List<ValidationMessage> messages = new ArrayList<>(
                    factoryFor(schemaNode).getSchema(schemaNode).validate(documentNode));
            for (SchemaBranches.Line line : SchemaBranches.report(messages)) {
                errors.add(switch (line) {
                    case SchemaBranches.Message m -> error(m.message(), documentNode);
                    case SchemaBranches.Summary summary -> branchSummary(summary);
                });
            }
        } catch (JsonSchemaException e) {
            throw new RegoException("json.match_schema: " + e.getMessage()
                    + " (the engine loads no schema from the network: give the one referred to inside this schema,"
                    + " under its $id)");
        }
        return List.of(errors.isEmpty(), errors);
    }

    /**
     * A factory that finds the schemas this one embeds by their {@code $id} (anywhere in it, as gojsonschema indexes
     * them, not only under {@code definitions}), and loads nothing else but the meta-schemas.
     */
    private static JsonSchemaFactory factoryFor(JsonNode schema) {
        Map<String, String> embedded = new HashMap<>();
        embeddedIds(schema, embedded, true);
        return embedded.isEmpty() ? FACTORY : factory(embedded);
    }

    private static JsonSchemaFactory factory(Map<String, String> embedded) {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7, builder -> builder.schemaLoaders(loaders -> {
            if (!embedded.isEmpty()) {
                loaders.schemas(embedded);
            }
            loaders.add(NO_NETWORK);
        }));
    }

    private static void embeddedIds(JsonNode node, Map<String, String> out, boolean root) {
        if (node.isObject()) {
            JsonNode id = node.get("$id");
            if (!root && id != null && id.isTextual() && id.asText().contains(":")) {
                out.putIfAbsent(id.asText().replaceFirst("#$", ""), node.toString());
            }
            node.fields().forEachRemaining(field -> {
                if (!field.getKey().equals("enum") && !field.getKey().equals("const")) {
                    embeddedIds(field.getValue(), out, false);
                }
            });
        } else if (node.isArray()) {
            node.forEach(each -> embeddedIds(each, out, false));
        }
    }

    /** What OPA takes as a schema or document: JSON text or an object. */
    private static boolean textOrObject(Object value) {
        return value instanceof String || value instanceof Map<?, ?>;
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
        return entry(field, TYPES.getOrDefault(keyword, keyword), description(message, field));
    }

    /** One mismatch as OPA gives it; gojsonschema's error string names the root "(Root)", its field "(root)". */
    private static Map<Object, Object> entry(String field, String type, String desc) {
        Map<Object, Object> out = new LinkedHashMap<>();
        out.put("error", (field.equals("(root)") ? "(Root)" : field) + ": " + desc);
        out.put("type", type);
        out.put("field", field);
        out.put("desc", desc);
        return out;
    }

    /** gojsonschema's line for an anyOf/oneOf no branch of which matched. */
    private static Map<Object, Object> branchSummary(SchemaBranches.Summary summary) {
        String field = field(summary.instanceLocation());
        String desc = summary.keyword().equals("anyOf") ? ANY_OF : ONE_OF;
        return entry(field, TYPES.get(summary.keyword()), desc);
    }

    /** gojsonschema's description of a mismatch (its en locale), from the keyword's value in the schema. */
    private static String description(ValidationMessage message, String field) {
        JsonNode value = message.getSchemaNode();
        return switch (message.getType()) {
            case "type" -> "Invalid type. Expected: " + String.join(" or ", expected(message)) + ", given: "
                    + typeOf(message.getInstanceNode());
            case "required" -> message.getProperty() + " is required";
            case "minItems" -> "Array must have at least " + number(value) + " items";
            case "maxItems" -> "Array must have at most " + number(value) + " items";
            case "minLength" -> "String length must be greater than or equal to " + number(value);
            case "maxLength" -> "String length must be less than or equal to " + number(value);
            case "minimum" -> "Must be greater than or equal to " + number(value);
            case "maximum" -> "Must be less than or equal to " + number(value);
            case "exclusiveMinimum" -> "Must be greater than " + number(value);
            case "exclusiveMaximum" -> "Must be less than " + number(value);
            case "multipleOf" -> "Must be a multiple of " + number(value);
            case "minProperties" -> "Must have at least " + number(value) + " properties";
            case "maxProperties" -> "Must have at most " + number(value) + " properties";
            case "pattern" -> "Does not match pattern '" + value.asText() + "'";
            case "format" -> "Does not match format '" + value.asText() + "'";
            case "additionalProperties" -> "Additional property " + message.getProperty() + " is not allowed";
            case "enum" -> field + " must be one of the following: " + allowed(value);
            case "const" -> field + " does not match: " + value;
            case "uniqueItems" -> "array items" + duplicate(message.getInstanceNode()) + " must be unique";
            case "not" -> "Must not validate the schema (not)";
            case "oneOf" -> ONE_OF;
            default -> message.getMessage().replaceFirst("^\\$[^:]*: ", "");
        };
    }

    /** A limit as Go's %v prints the float64 gojsonschema holds: 1, 1.5. */
    private static String number(JsonNode value) {
        return value != null && value.isNumber() ? value.decimalValue().stripTrailingZeros().toPlainString()
                : String.valueOf(value);
    }

    /** An enum's values as gojsonschema lists them: each as JSON, joined with ", ". */
    private static String allowed(JsonNode values) {
        List<String> each = new ArrayList<>();
        values.forEach(v -> each.add(v.toString()));
        return String.join(", ", each);
    }

    /** The first pair of equal items, as gojsonschema names it: [i,j]. */
    private static String duplicate(JsonNode array) {
        for (int j = 1; array != null && j < array.size(); j++) {
            for (int i = 0; i < j; i++) {
                if (array.get(i).equals(array.get(j))) {
                    return "[" + i + "," + j + "]";
                }
            }
        }
        return "";
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
