package io.intelgraph.maestro.distill;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Jackson's failure to read a teachers document or profile, as a sentence that names the field by
 * its path ({@code teachers[0].weights.FAILURE_RATE}), what it must be and what it is — instead of
 * Jackson's own message, which names Java types and no field.
 */
final class JsonFieldProblem {

    private JsonFieldProblem() {
    }

    static String describe(JsonProcessingException e) {
        if (!(e instanceof JsonMappingException mapping)) {
            return "not valid JSON at line " + (e.getLocation() == null ? "?" : e.getLocation().getLineNr()) + ": "
                    + e.getOriginalMessage();
        }
        String path = path(mapping);
        return switch (mapping) {
            case UnrecognizedPropertyException unknown -> path + " is not a field of "
                    + (unknown.getReferringClass() == TeacherProfile.class ? "a teacher" : "a teachers document")
                    + "; the fields are " + new TreeSet<>(unknown.getKnownPropertyIds().stream().map(String::valueOf).toList())
                    .stream().collect(Collectors.joining(", "));
            case InvalidFormatException format when format.getTargetType() != null && format.getTargetType().isEnum() ->
                    withKey(path, String.valueOf(format.getValue())) + " is not " + words(format.getTargetType()) + "; the "
                            + plural(format.getTargetType()) + " are " + Arrays.stream(format.getTargetType().getEnumConstants())
                            .map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", "));
            // Jackson says null both for a null and for a field left out: the token where it stopped tells which.
            case InvalidNullException missing when !"null".equals(found(missing)) ->
                    path + " is missing: it must be " + expected(mapping);
            case InvalidNullException ignored -> path + " must be " + expected(mapping) + ", not null";
            case MismatchedInputException mismatch -> path + " must be " + expected(mapping) + ", not " + found(mismatch);
            case ValueInstantiationException instantiation -> path + ": " + instantiation.getCause().getMessage();
            default -> (path.isEmpty() ? "" : path + ": ") + mapping.getOriginalMessage();
        };
    }

    /** {@code teachers[0].weights.FAILURE_RATE}: the fields and list places Jackson was in. */
    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference at : e.getPath()) {
            if (at.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(at.getFieldName());
            } else if (at.getIndex() >= 0) {
                path.append('[').append(at.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** A map key Jackson could not read is not on its path yet. */
    private static String withKey(String path, String key) {
        return path.endsWith("." + key) || path.equals(key) ? path : (path.isEmpty() ? key : path + "." + key);
    }

    private static String expected(JsonMappingException e) {
        Class<?> type = e instanceof MismatchedInputException m ? m.getTargetType() : null;
        if (type == null && !e.getPath().isEmpty()) {
            // A null list entry or map value, which Jackson gives no type: in these documents the only
            // list holds teachers and every map (weights, thresholds, badMix) holds numbers.
            return e.getPath().getLast().getIndex() >= 0 ? words(TeacherProfile.class) : "a number";
        }
        if (type == null) {
            return "a value";
        }
        return words(type);
    }

    /** What a value of this type is called in a message. */
    private static String words(Class<?> type) {
        if (type == TeacherProfile.class) {
            return "a teacher (an object)";
        }
        if (type.isPrimitive() && type != boolean.class || Number.class.isAssignableFrom(type)) {
            return "a number";
        }
        if (type == String.class) {
            return "a text";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        if (type.isEnum()) {
            return "a " + type.getSimpleName().toLowerCase(Locale.ROOT);
        }
        return Map.class.isAssignableFrom(type) || type.isRecord() ? "an object" : "a " + type.getSimpleName();
    }

    private static String plural(Class<?> type) {
        return type.getSimpleName().toLowerCase(Locale.ROOT) + "s";
    }

    /** The JSON value where Jackson stopped, by its kind; true and false as they are. */
    private static String found(MismatchedInputException e) {
        JsonToken token = e.getProcessor() instanceof JsonParser parser ? parser.currentToken() : null;
        if (token == null) {
            return "what it is";
        }
        return switch (token) {
            case START_OBJECT, END_OBJECT, FIELD_NAME -> "an object";
            case START_ARRAY, END_ARRAY -> "a list";
            case VALUE_STRING -> "a text";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE -> "true";
            case VALUE_FALSE -> "false";
            case VALUE_NULL -> "null";
            default -> "what it is";
        };
    }
}
