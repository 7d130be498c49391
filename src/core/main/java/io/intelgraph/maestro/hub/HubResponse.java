package io.intelgraph.maestro.hub;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One HTTP answer. {@code reason} is what the log line says about it (a refusal's sentence, the
 * outcome of a delivery), never a secret; for errors it is also the body's {@code error}.
 */
public record HubResponse(int status, String contentType, byte[] body, Map<String, String> headers, String reason) {

    static final String JSON = "application/json";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    public HubResponse {
        headers = Map.copyOf(headers);
    }

    public static HubResponse json(int status, byte[] body) {
        return new HubResponse(status, JSON, body, Map.of(), "");
    }

    public static HubResponse json(int status, ObjectNode body, String reason) {
        return new HubResponse(status, JSON, FrameEncoder.bytes(body), Map.of(), reason);
    }

    /** A refusal: {@code {"error": "<sentence>"}}, and the same sentence in the log. */
    public static HubResponse error(int status, String message) {
        return new HubResponse(status, JSON, FrameEncoder.bytes(MAPPER.createObjectNode().put("error", message)), Map.of(),
                message);
    }

    public static HubResponse text(int status, String contentType, String body) {
        return new HubResponse(status, contentType, body.getBytes(StandardCharsets.UTF_8), Map.of(), "");
    }

    public static HubResponse noContent(String reason) {
        return new HubResponse(204, JSON, new byte[0], Map.of(), reason);
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    public HubResponse withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new HubResponse(status, contentType, body, more, reason);
    }

    public boolean refused() {
        return status >= 400;
    }
}
