package io.intelgraph.maestro.sim;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.JWTVerificationException;
import com.auth0.jwt.interfaces.DecodedJWT;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The simulator's sign-in endpoints, as GitHub serves them: the OAuth device flow on the web host
 * ({@code /login/device/code}, {@code /login/oauth/access_token}, and a page at {@code /login/device}
 * where a person approves a code) and a GitHub App's JWT-authenticated endpoints
 * ({@code GET /app/installations}, {@code POST /app/installations/{id}/access_tokens}). Tokens it
 * issues are accepted by the API until they expire. Tests approve or deny codes and move the clock.
 */
public final class SimAuth {

    /** The simulator's OAuth app. */
    public static final String CLIENT_ID = "Iv1.maestro-sim";
    private static final Pattern ACCESS_TOKENS = Pattern.compile("/app/installations/(\\d+)/access_tokens");
    private static final Duration JWT_MAX_LIFETIME = Duration.ofMinutes(10);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();

    private enum Approval { PENDING, APPROVED, DENIED }

    private static final class Device {
        final String deviceCode;
        final String userCode;
        final Instant expiresAt;
        Duration interval;
        Instant lastPoll;
        Approval approval = Approval.PENDING;

        Device(String deviceCode, String userCode, Instant expiresAt, Duration interval) {
            this.deviceCode = deviceCode;
            this.userCode = userCode;
            this.expiresAt = expiresAt;
            this.interval = interval;
        }
    }

    private record App(String id, RSAPublicKey key) {
    }

    private record Installation(long id, String appId, String owner) {
    }

    private final Supplier<URI> baseUrl;
    private volatile Clock clock;
    private volatile Duration deviceInterval = Duration.ofSeconds(5);
    private volatile Duration deviceLifetime = Duration.ofMinutes(15);
    private volatile Duration installationTokenLifetime = Duration.ofHours(1);
    private final Map<String, Device> byDeviceCode = new HashMap<>();
    private final Map<String, App> apps = new ConcurrentHashMap<>();
    private final Map<Long, Installation> installations = new ConcurrentHashMap<>();
    private final Map<String, Instant> issued = new ConcurrentHashMap<>();
    private final AtomicLong nextInstallation = new AtomicLong(41_000_001);
    private final AtomicLong slowDowns = new AtomicLong();
    private final AtomicLong installationTokensIssued = new AtomicLong();

    SimAuth(Clock clock, Supplier<URI> baseUrl) {
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    // ---- what tests control

    /** The clock codes and tokens expire by (the server's wall clock unless a test sets another). */
    public void clock(Clock clock) {
        this.clock = clock;
    }

    /** The interval new device codes ask clients to poll at (GitHub's is 5 s). */
    public void deviceInterval(Duration interval) {
        this.deviceInterval = interval;
    }

    public void deviceLifetime(Duration lifetime) {
        this.deviceLifetime = lifetime;
    }

    public void installationTokenLifetime(Duration lifetime) {
        this.installationTokenLifetime = lifetime;
    }

    /** The person entered {@code userCode} and pressed Authorize; false when there is no such code. */
    public synchronized boolean approve(String userCode) {
        return decide(userCode, Approval.APPROVED);
    }

    public synchronized boolean deny(String userCode) {
        return decide(userCode, Approval.DENIED);
    }

    /** The user codes handed out and not yet used. */
    public synchronized List<String> pendingUserCodes() {
        return byDeviceCode.values().stream().filter(d -> d.approval == Approval.PENDING).map(d -> d.userCode).toList();
    }

    /** How many polls were answered {@code slow_down}. */
    public long slowDowns() {
        return slowDowns.get();
    }

    public long installationTokensIssued() {
        return installationTokensIssued.get();
    }

    /** A GitHub App with this id and public key, installed on {@code owner}; returns the installation's id. */
    public long installApp(String appId, RSAPublicKey publicKey, String owner) {
        apps.put(appId, new App(appId, publicKey));
        long id = nextInstallation.getAndIncrement();
        installations.put(id, new Installation(id, appId, owner));
        return id;
    }

    // ---- what the server asks

    /** Whether {@code path} is one of these endpoints (served without the API's token check). */
    boolean serves(String path) {
        return path.startsWith("/login/") || path.startsWith("/app/") || path.equals("/app");
    }

    /** Whether {@code authorization} carries a token issued here and still valid. */
    boolean accepts(String authorization) {
        if (!authorization.startsWith("Bearer ")) {
            return false;
        }
        Instant expires = issued.get(authorization.substring(7));
        return expires != null && clock.instant().isBefore(expires);
    }

    void serve(HttpExchange exchange, String path) throws IOException {
        String method = exchange.getRequestMethod();
        Matcher accessTokens = ACCESS_TOKENS.matcher(path);
        if (method.equals("POST") && path.equals("/login/device/code")) {
            deviceCode(exchange, form(exchange));
        } else if (method.equals("POST") && path.equals("/login/oauth/access_token")) {
            accessToken(exchange, form(exchange));
        } else if (method.equals("GET") && path.equals("/login/device")) {
            page(exchange, 200, "<form method=post action=/login/device><p>Enter the code shown by Maestro:</p>"
                    + "<input name=user_code autofocus> <button name=action value=approve>Authorize</button> "
                    + "<button name=action value=deny>Cancel</button></form>");
        } else if (method.equals("POST") && path.equals("/login/device")) {
            Map<String, String> form = form(exchange);
            String code = form.getOrDefault("user_code", "").strip().toUpperCase(Locale.ROOT);
            boolean found = "deny".equals(form.get("action")) ? deny(code) : approve(code);
            page(exchange, found ? 200 : 404, found ? "<p>Done: go back to Maestro.</p>" : "<p>No such code.</p>");
        } else if (method.equals("GET") && path.equals("/app/installations")) {
            Optional<App> app = verifiedApp(exchange);
            if (app.isPresent()) {
                ArrayNode list = JSON.createArrayNode();
                installations.values().stream().filter(i -> i.appId().equals(app.get().id())).forEach(i -> {
                    ObjectNode node = list.addObject().put("id", i.id()).put("app_id", app.get().id());
                    node.putObject("account").put("login", i.owner()).put("type", "Organization");
                });
                json(exchange, 200, list);
            }
        } else if (method.equals("POST") && accessTokens.matches()) {
            Optional<App> app = verifiedApp(exchange);
            if (app.isPresent()) {
                Installation installation = installations.get(Long.parseLong(accessTokens.group(1)));
                if (installation == null || !installation.appId().equals(app.get().id())) {
                    json(exchange, 404, message("Not Found"));
                    return;
                }
                Instant expiresAt = clock.instant().plus(installationTokenLifetime);
                String token = "ghs_sim" + random(18);
                issued.put(token, expiresAt);
                installationTokensIssued.incrementAndGet();
                ObjectNode body = JSON.createObjectNode().put("token", token).put("expires_at", expiresAt.toString());
                body.putObject("permissions").put("actions", "read").put("contents", "read").put("metadata", "read");
                json(exchange, 201, body);
            }
        } else {
            json(exchange, 404, message("Not Found"));
        }
    }

    private synchronized void deviceCode(HttpExchange exchange, Map<String, String> form) throws IOException {
        if (!CLIENT_ID.equals(form.get("client_id"))) {
            json(exchange, 404, JSON.createObjectNode().put("error", "Not Found"));
            return;
        }
        Device device = new Device(random(20), userCode(), clock.instant().plus(deviceLifetime), deviceInterval);
        byDeviceCode.put(device.deviceCode, device);
        json(exchange, 200, JSON.createObjectNode()
                .put("device_code", device.deviceCode)
                .put("user_code", device.userCode)
                .put("verification_uri", baseUrl.get() + "/login/device")
                .put("expires_in", deviceLifetime.toSeconds())
                .put("interval", device.interval.toSeconds()));
    }

    private synchronized void accessToken(HttpExchange exchange, Map<String, String> form) throws IOException {
        if (!CLIENT_ID.equals(form.get("client_id"))) {
            json(exchange, 200, error("incorrect_client_credentials", "The client_id passed is incorrect."));
            return;
        }
        if (!"urn:ietf:params:oauth:grant-type:device_code".equals(form.get("grant_type"))) {
            json(exchange, 200, error("unsupported_grant_type", "The grant type is not supported."));
            return;
        }
        Device device = byDeviceCode.get(form.getOrDefault("device_code", ""));
        if (device == null) {
            json(exchange, 200, error("incorrect_device_code", "The device_code provided is not valid."));
            return;
        }
        Instant now = clock.instant();
        if (!now.isBefore(device.expiresAt)) {
            byDeviceCode.remove(device.deviceCode);
            json(exchange, 200, error("expired_token", "The device code has expired."));
            return;
        }
        Instant last = device.lastPoll;
        device.lastPoll = now;
        if (last != null && Duration.between(last, now).compareTo(device.interval) < 0) {
            device.interval = device.interval.plusSeconds(5);
            slowDowns.incrementAndGet();
            json(exchange, 200, error("slow_down", "Too many requests have been made in the same timeframe.")
                    .put("interval", device.interval.toSeconds()));
            return;
        }
        switch (device.approval) {
            case PENDING -> json(exchange, 200, error("authorization_pending", "The authorization request is still pending."));
            case DENIED -> {
                byDeviceCode.remove(device.deviceCode);
                json(exchange, 200, error("access_denied", "The authorization request was denied."));
            }
            case APPROVED -> {
                byDeviceCode.remove(device.deviceCode);
                String token = "gho_sim" + random(18);
                issued.put(token, Instant.MAX);
                json(exchange, 200, JSON.createObjectNode().put("access_token", token).put("token_type", "bearer")
                        .put("scope", "repo,read:org"));
            }
        }
    }

    private boolean decide(String userCode, Approval approval) {
        for (Device device : byDeviceCode.values()) {
            if (device.userCode.equals(userCode) && device.approval == Approval.PENDING) {
                device.approval = approval;
                return true;
            }
        }
        return false;
    }

    /** The app whose JWT signed this request: signature, issuer, expiry and a lifetime of 10 minutes at most. */
    private Optional<App> verifiedApp(HttpExchange exchange) throws IOException {
        String authorization = Optional.ofNullable(exchange.getRequestHeaders().getFirst("Authorization")).orElse("");
        if (!authorization.startsWith("Bearer ")) {
            json(exchange, 401, message("A JSON web token could not be decoded"));
            return Optional.empty();
        }
        String jwt = authorization.substring(7);
        try {
            DecodedJWT unverified = JWT.decode(jwt);
            App app = apps.get(String.valueOf(unverified.getIssuer()));
            if (app == null) {
                json(exchange, 401, message("Integration not found"));
                return Optional.empty();
            }
            JWTVerifier verifier = ((JWTVerifier.BaseVerification) JWT.require(Algorithm.RSA256(app.key(), null))
                    .withIssuer(app.id()).acceptIssuedAt(60)).build(clock);
            DecodedJWT verified = verifier.verify(jwt);
            if (verified.getExpiresAtAsInstant() == null || verified.getIssuedAtAsInstant() == null
                    || Duration.between(clock.instant(), verified.getExpiresAtAsInstant()).compareTo(JWT_MAX_LIFETIME) > 0) {
                json(exchange, 401, message("'Expiration time' claim ('exp') is too far in the future"));
                return Optional.empty();
            }
            return Optional.of(app);
        } catch (JWTVerificationException e) {
            json(exchange, 401, message("A JSON web token could not be decoded (" + e.getClass().getSimpleName() + ")"));
            return Optional.empty();
        }
    }

    private static ObjectNode error(String error, String description) {
        return JSON.createObjectNode().put("error", error).put("error_description", description)
                .put("error_uri", "https://docs.github.com/developers/apps/authorizing-oauth-apps#error-codes-for-the-device-flow");
    }

    private static ObjectNode message(String text) {
        return JSON.createObjectNode().put("message", text).put("documentation_url", "https://docs.github.com/rest");
    }

    private static Map<String, String> form(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readNBytes(16 * 1024), StandardCharsets.UTF_8);
        Map<String, String> form = new HashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return form;
    }

    private static void json(HttpExchange exchange, int status, Object body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        write(exchange, status, JSON.writeValueAsBytes(body));
    }

    private static void page(HttpExchange exchange, int status, String html) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        write(exchange, status, ("<!doctype html><title>Simulated GitHub sign-in</title>" + html)
                .getBytes(StandardCharsets.UTF_8));
    }

    private static void write(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** GitHub's shape: 8 letters and digits without look-alikes, as XXXX-XXXX. */
    private static String userCode() {
        String alphabet = "BCDFGHJKLMNPQRSTVWXZ23456789";
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                code.append('-');
            }
            code.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return code.toString();
    }

    private static String random(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
