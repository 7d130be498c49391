package io.intelgraph.maestro.supplychain;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingJsonFactory;

import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;

/**
 * Walks a JSON report one top-level field and one array element at a time, so a 100 MB file never
 * becomes one tree: only the element in hand is materialised.
 */
final class JsonStream implements AutoCloseable {

    /** The visitor of one top-level (or nested) object's fields; the parser sits on the field's value. */
    interface FieldVisitor {
        void visit(String field, JsonStream stream) throws IOException;
    }

    interface ElementVisitor {
        void visit(JsonNode element) throws IOException;
    }

    private static final MappingJsonFactory JSON = new MappingJsonFactory();

    private final String file;
    private final JsonParser parser;

    JsonStream(String file, InputStream in) throws IOException {
        this.file = file;
        try {
            this.parser = JSON.createParser(in);
        } catch (CharConversionException e) {
            throw new ReportFormatException(file, "not JSON text: " + e.getMessage(), e);
        }
    }

    String file() {
        return file;
    }

    /** Visits the fields of the object that starts at the next token (the document's root first). */
    void object(FieldVisitor visitor) throws IOException {
        try {
            JsonToken start = parser.currentToken() == JsonToken.START_OBJECT ? JsonToken.START_OBJECT : parser.nextToken();
            if (start != JsonToken.START_OBJECT) {
                throw new ReportFormatException(file, "expected a JSON object " + where() + " but found "
                        + (start == null ? "nothing" : start.asString()));
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                visitor.visit(field, this);
                if (value.isStructStart() && parser.currentToken() == value) {
                    parser.skipChildren(); // the visitor left the value unread
                }
            }
        } catch (ReportFormatException e) {
            throw e;
        } catch (JsonProcessingException e) {
            throw new ReportFormatException(file, "not valid JSON " + where(e.getLocation()) + ": " + e.getOriginalMessage(), e);
        } catch (CharConversionException e) {
            // Jackson's encoding detection fails outside JsonProcessingException (e.g. an impossible UTF-32 character).
            throw new ReportFormatException(file, "not JSON text " + where() + ": " + e.getMessage(), e);
        }
    }

    /** Visits each element of the array the parser sits on; a value that is not an array is an error. */
    void array(String field, ElementVisitor visitor) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return;
        }
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw new ReportFormatException(file, "\"" + field + "\" should be an array " + where());
        }
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (parser.currentToken() == null) {
                throw new ReportFormatException(file, "the file ends inside \"" + field + "\" " + where());
            }
            visitor.visit(parser.readValueAsTree());
        }
    }

    /** Visits the fields of each object element of the array the parser sits on, streaming each one. */
    void arrayOfObjects(String field, FieldVisitor visitor, Runnable afterEach) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return;
        }
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw new ReportFormatException(file, "\"" + field + "\" should be an array " + where());
        }
        while (parser.nextToken() == JsonToken.START_OBJECT) {
            object(visitor);
            afterEach.run();
        }
        if (parser.currentToken() != JsonToken.END_ARRAY) {
            throw new ReportFormatException(file, "\"" + field + "\" should hold objects " + where());
        }
    }

    JsonNode tree() throws IOException {
        return parser.readValueAsTree();
    }

    String text() throws IOException {
        return parser.currentToken().isScalarValue() ? parser.getValueAsString("") : "";
    }

    private String where() {
        return where(parser.currentTokenLocation());
    }

    private static String where(JsonLocation at) {
        return at == null ? "" : "at line " + at.getLineNr() + ", column " + at.getColumnNr();
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    /** A node's text at a path, or "" — reports leave out what they do not know. */
    static String text(JsonNode node, String... path) {
        JsonNode at = node;
        for (String step : path) {
            at = at.path(step);
        }
        return at.isValueNode() && !at.isNull() ? at.asText() : "";
    }
}
