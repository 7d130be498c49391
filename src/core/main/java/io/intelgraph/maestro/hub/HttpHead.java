package io.intelgraph.maestro.hub;

import io.intelgraph.maestro.text.TerminalText;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The request line and header fields of one HTTP/1.x request, as read off the socket.
 *
 * @param headers field names in lower case, values in order of arrival
 * @param raw the bytes the head came in (a WebSocket handshake hands them to Java-WebSocket)
 */
public record HttpHead(String method, String target, String path, String version, Map<String, List<String>> headers,
        byte[] raw) {

    /** A request the hub refuses before reading further: the status and the sentence for the answer and the log. */
    public static final class Refused extends Exception {
        private final int status;

        public Refused(int status, String message) {
            super(message);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    public HttpHead {
        headers = Map.copyOf(headers);
    }

    /** The one value of a field; a field given twice with different values is refused (request smuggling). */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** Whether a comma-separated field (Connection, Upgrade) holds {@code token}, ignoring case. */
    public boolean headerHasToken(String name, String token) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        if (values == null) {
            return false;
        }
        for (String value : values) {
            for (String part : value.split(",")) {
                if (part.strip().equalsIgnoreCase(token)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A WebSocket opening handshake (RFC 6455 §4.1): GET with {@code Upgrade: websocket}. */
    public boolean isWebSocketUpgrade() {
        return method.equals("GET") && headerHasToken("upgrade", "websocket");
    }

    /**
     * The declared body length: empty when there is none, refused when it is not a number or when
     * the body comes in chunks (the hub takes bodies of a known length only).
     */
    public OptionalLong contentLength() throws Refused {
        if (headers.containsKey("transfer-encoding")) {
            throw new Refused(411, "send the body with a Content-Length (Transfer-Encoding is not accepted)");
        }
        List<String> values = headers.get("content-length");
        if (values == null) {
            return OptionalLong.empty();
        }
        if (values.stream().distinct().count() > 1) {
            throw new Refused(400, "two different Content-Length fields");
        }
        String value = values.get(0).strip();
        if (value.isEmpty() || value.length() > 18 || !value.chars().allMatch(Character::isDigit)) {
            throw new Refused(400, "Content-Length is not a number: " + "\"" + TerminalText.escape(value) + "\"");
        }
        return OptionalLong.of(Long.parseLong(value));
    }

    /** The path of an origin-form target, percent-decoded, without the query. */
    static String pathOf(String target) throws Refused {
        if (!target.startsWith("/") || target.startsWith("//")) {
            throw new Refused(400, "the request target must be a path starting with a single /");
        }
        try {
            return new URI(target).getPath();
        } catch (URISyntaxException e) {
            throw new Refused(400, "the request target is not a valid path");
        }
    }
}
