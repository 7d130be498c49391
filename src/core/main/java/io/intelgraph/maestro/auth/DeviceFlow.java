package io.intelgraph.maestro.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.intelgraph.maestro.github.Token;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/**
 * GitHub's OAuth device flow (RFC 8628 as GitHub documents it): ask the web host for a code, show
 * the person the user code and the URL, and poll for the token at the interval given, 5 seconds
 * slower after each {@code slow_down}, until it is approved, denied, expired or cancelled.
 */
public final class DeviceFlow {

    static final String GRANT_TYPE = "urn:ietf:params:oauth:grant-type:device_code";
    private static final Duration SLOW_DOWN_STEP = Duration.ofSeconds(5);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI webHost;
    private final OAuthClientId clientId;
    private final HttpClient http;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Duration timeout;

    /**
     * @param webHost where people sign in ({@link WebHost#of}), not the API's URL
     */
    public DeviceFlow(URI webHost, OAuthClientId clientId, HttpClient http, Clock clock, Sleeper sleeper,
            Duration timeout) {
        this.webHost = webHost;
        this.clientId = clientId;
        this.http = http;
        this.clock = clock;
        this.sleeper = sleeper;
        this.timeout = timeout;
    }

    /** Step 1: a user code and where to enter it. */
    public DeviceCode start(String scope) throws DeviceFlowException {
        if (clientId.placeholder()) {
            throw new DeviceFlowException(DeviceFlowException.Reason.MISCONFIGURED, "No OAuth app is configured: "
                    + "register one on " + webHost + " (Settings → Developer settings → OAuth Apps, with \"Enable "
                    + "Device Flow\" ticked) and set its client id as auth.client-id or MAESTRO_OAUTH_CLIENT_ID.");
        }
        JsonNode answer = post("/login/device/code", Map.of("client_id", clientId.value(), "scope", scope));
        if (answer.hasNonNull("error")) {
            throw refusal(answer);
        }
        String deviceCode = text(answer, "device_code");
        String userCode = text(answer, "user_code");
        URI verification = URI.create(text(answer, "verification_uri"));
        long expiresIn = answer.path("expires_in").asLong(900);
        long interval = Math.max(1, answer.path("interval").asLong(5));
        return new DeviceCode(deviceCode, userCode, verification, clock.instant().plusSeconds(expiresIn),
                Duration.ofSeconds(interval));
    }

    /**
     * Step 2: polls until the person approves (the token), denies, the code expires, or
     * {@code cancelled} says to stop (checked before each poll; an interrupt stops the wait too).
     */
    public Token await(DeviceCode code, BooleanSupplier cancelled) throws DeviceFlowException {
        Duration interval = code.interval();
        while (true) {
            try {
                sleeper.sleep(interval);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DeviceFlowException(DeviceFlowException.Reason.CANCELLED, "Sign-in cancelled.");
            }
            if (cancelled.getAsBoolean()) {
                throw new DeviceFlowException(DeviceFlowException.Reason.CANCELLED, "Sign-in cancelled.");
            }
            Instant now = clock.instant();
            if (!now.isBefore(code.expiresAt())) {
                throw expired();
            }
            JsonNode answer = post("/login/oauth/access_token", Map.of("client_id", clientId.value(),
                    "device_code", code.deviceCode(), "grant_type", GRANT_TYPE));
            if (answer.hasNonNull("access_token")) {
                return new Token(answer.get("access_token").asText(), "signed in on " + webHost.getHost());
            }
            String error = answer.path("error").asText("");
            switch (error) {
                case "authorization_pending" -> {
                    // not entered yet: poll again at the same interval
                }
                case "slow_down" -> {
                    // GitHub may say the new interval; at least 5 s more than before, as RFC 8628 §3.5 says.
                    Duration said = Duration.ofSeconds(answer.path("interval").asLong(0));
                    Duration slower = interval.plus(SLOW_DOWN_STEP);
                    interval = said.compareTo(slower) > 0 ? said : slower;
                }
                case "expired_token" -> throw expired();
                case "access_denied" -> throw new DeviceFlowException(DeviceFlowException.Reason.DENIED,
                        "Sign-in was denied on " + webHost.getHost() + ".");
                default -> throw refusal(answer);
            }
        }
    }

    private DeviceFlowException expired() {
        return new DeviceFlowException(DeviceFlowException.Reason.EXPIRED,
                "The code expired before it was entered; start the sign-in again.");
    }

    private DeviceFlowException refusal(JsonNode answer) {
        String error = answer.path("error").asText("");
        String description = answer.path("error_description").asText("");
        boolean setup = error.equals("incorrect_client_credentials") || error.equals("device_flow_disabled")
                || error.equals("unsupported_grant_type") || error.equals("incorrect_device_code");
        return new DeviceFlowException(setup ? DeviceFlowException.Reason.MISCONFIGURED : DeviceFlowException.Reason.FAILED,
                webHost.getHost() + " refused the sign-in (" + error + (description.isEmpty() ? "" : ": " + description)
                        + ")" + (setup ? ". Check auth.client-id and that the OAuth app has the device flow enabled." : "."));
    }

    private JsonNode post(String path, Map<String, String> form) throws DeviceFlowException {
        HttpRequest request = HttpRequest.newBuilder(webHost.resolve(path))
                .timeout(timeout)
                .header("Accept", "application/json")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("User-Agent", "maestro-build-hud")
                .POST(HttpRequest.BodyPublishers.ofString(formBody(form)))
                .build();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            JsonNode json = parse(response.body());
            if (response.statusCode() == 404) {
                throw new DeviceFlowException(DeviceFlowException.Reason.MISCONFIGURED, webHost.getHost()
                        + " does not know the OAuth app " + clientId.value() + " (404): check auth.client-id.");
            }
            if (response.statusCode() >= 400 && !json.hasNonNull("error")) {
                throw new DeviceFlowException(DeviceFlowException.Reason.FAILED, webHost.getHost() + " answered "
                        + response.statusCode() + " to POST " + path + ".");
            }
            return json;
        } catch (IOException e) {
            throw new DeviceFlowException(DeviceFlowException.Reason.FAILED, "Cannot reach " + webHost + " ("
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ").", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeviceFlowException(DeviceFlowException.Reason.CANCELLED, "Sign-in cancelled.");
        }
    }

    private JsonNode parse(byte[] body) throws DeviceFlowException {
        try {
            JsonNode json = JSON.readTree(body);
            return json == null || !json.isObject() ? JSON.createObjectNode() : json;
        } catch (IOException e) {
            throw new DeviceFlowException(DeviceFlowException.Reason.FAILED, webHost.getHost()
                    + " answered something other than JSON.", e);
        }
    }

    private String text(JsonNode answer, String field) throws DeviceFlowException {
        if (!answer.hasNonNull(field) || answer.get(field).asText().isBlank()) {
            throw new DeviceFlowException(DeviceFlowException.Reason.FAILED, webHost.getHost()
                    + "'s answer has no " + field + ".");
        }
        return answer.get(field).asText();
    }

    static String formBody(Map<String, String> form) {
        return new LinkedHashMap<>(form).entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
