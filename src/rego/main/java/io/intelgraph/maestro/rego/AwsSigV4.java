package io.intelgraph.maestro.rego;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code providers.aws.sign_req}: an http.send request signed with AWS Signature Version 4 as OPA signs it
 * (topdown/providers.go over internal/providers/aws): the body is {@code raw_body}, else {@code body} as
 * {@code json.marshal} writes it; every request header but those a proxy may change is signed, a request header
 * winning over the signer's own of the same name in the canonical request; the result is the request with its headers,
 * the signer's headers and {@code Authorization}. Pure: the signing instant is the call's third argument.
 */
final class AwsSigV4 {

    private static final Set<String> IGNORED = Set.of("authorization", "user-agent", "x-amzn-trace-id");
    private static final List<String> REQUIRED = List.of("aws_access_key", "aws_region", "aws_secret_access_key",
            "aws_service");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private AwsSigV4() {
    }

    static Map<Object, Object> sign(Map<?, ?> request, Map<?, ?> config, Object timeNs) {
        List<String> missing = REQUIRED.stream().filter(k -> !config.containsKey(k)).toList();
        if (!missing.isEmpty()) {
            throw new RegoException("operand 2 missing required AWS config parameters(s): " + goSet(missing));
        }
        List<String> invalid = REQUIRED.stream().filter(k -> !(config.get(k) instanceof String)).toList();
        if (!invalid.isEmpty()) {
            throw new RegoException("operand 2 invalid values for required AWS config parameters(s): " + goSet(invalid));
        }
        if (!(timeNs instanceof BigDecimal nanos)) {
            throw new TypeMismatch();
        }
        long ns;
        try {
            ns = nanos.longValueExact();
        } catch (ArithmeticException e) {
            throw new RegoException("operand 3 could not convert time_ns value into a unix timestamp");
        }
        if (!(request.get("url") instanceof String url) || !(request.get("method") instanceof String method)) {
            throw new RegoException("operand 1 invalid values for required request parameters(s): "
                    + goSet(List.of("url", "method").stream().filter(k -> !(request.get(k) instanceof String)).toList()));
        }
        Object headersValue = request.get("headers");
        if (headersValue != null && !(headersValue instanceof Map<?, ?>)) {
            throw new TypeMismatch();
        }
        boolean unsignedPayload = false;
        if (config.containsKey("disable_payload_signing")) {
            if (!(config.get("disable_payload_signing") instanceof Boolean disabled)) {
                throw new RegoException("operand 2 invalid value for 'disable_payload_signing' in AWS config");
            }
            unsignedPayload = disabled;
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new RegoException("parse " + Values.quote(url) + ": " + e.getReason());
        }
        // Header values that are not strings are signed (and kept) empty, as OPA's objectToMap keeps them.
        Map<String, String> headers = new LinkedHashMap<>();
        if (headersValue instanceof Map<?, ?> given) {
            given.forEach((k, v) -> headers.put(k instanceof String s ? s : "", v instanceof String s ? s : ""));
        }
        byte[] body = request.containsKey("raw_body") ? (request.get("raw_body") instanceof String raw ? raw : "")
                .getBytes(StandardCharsets.UTF_8)
                : request.containsKey("body") ? JsonEncoding.compact(request.get("body")).getBytes(StandardCharsets.UTF_8)
                : new byte[0];
        String service = (String) config.get("aws_service");
        String region = (String) config.get("aws_region");
        String payload = unsignedPayload ? "UNSIGNED-PAYLOAD" : hex(sha256(body));
        Instant at = Instant.EPOCH.plusNanos(ns);
        String day = DAY.format(at);
        String stamp = STAMP.format(at);

        Map<String, String> signer = new LinkedHashMap<>();
        // Go's URL.Host: the authority without its user information.
        String authority = uri.getRawAuthority() == null ? "" : uri.getRawAuthority();
        signer.put("host", authority.substring(authority.lastIndexOf('@') + 1));
        signer.put("x-amz-date", stamp);
        if (service.equals("s3") || service.equals("glacier")) {
            signer.put("x-amz-content-sha256", payload);
        }
        if (config.get("aws_session_token") instanceof String token && !token.isEmpty()) {
            signer.put("x-amz-security-token", token);
        }
        Map<String, String> signed = new TreeMap<>(signer);
        headers.forEach((k, v) -> {
            String name = k.toLowerCase(Locale.ROOT);
            if (!IGNORED.contains(name)) {
                signed.put(name, v);
            }
        });
        StringBuilder canonical = new StringBuilder()
                .append(method).append('\n')
                .append(uri.getRawPath() == null ? "" : uri.getRawPath()).append('\n')
                .append(uri.getRawQuery() == null ? "" : uri.getRawQuery()).append('\n');
        signed.forEach((k, v) -> canonical.append(k).append(':').append(v).append('\n'));
        String signedList = String.join(";", signed.keySet());
        canonical.append('\n').append(signedList).append('\n').append(payload);
        String scope = day + "/" + region + "/" + service + "/aws4_request";
        String toSign = "AWS4-HMAC-SHA256\n" + stamp + "\n" + scope + "\n"
                + hex(sha256(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        byte[] key = hmac(("AWS4" + config.get("aws_secret_access_key")).getBytes(StandardCharsets.UTF_8), day);
        key = hmac(key, region);
        key = hmac(key, service);
        key = hmac(key, "aws4_request");
        String authorization = "AWS4-HMAC-SHA256 Credential=" + config.get("aws_access_key") + "/" + scope
                + ",SignedHeaders=" + signedList + ",Signature=" + hex(hmac(key, toSign));

        Map<Object, Object> outHeaders = new LinkedHashMap<>(headers);
        outHeaders.put("Authorization", authorization);
        outHeaders.putAll(signer);
        Map<Object, Object> out = new LinkedHashMap<>(request);
        out.put("headers", outHeaders);
        return out;
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] hmac(byte[] key, String message) {
        return Hmac.of("HmacSHA256", key, message.getBytes(StandardCharsets.UTF_8));
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    /** A Rego set of strings as OPA's %v prints it: {"a", "b"}. */
    private static String goSet(List<String> names) {
        return "{" + String.join(", ", names.stream().sorted().map(Values::quote).toList()) + "}";
    }
}
