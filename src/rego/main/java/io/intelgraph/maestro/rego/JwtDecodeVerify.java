package io.intelgraph.maestro.rego;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code io.jwt.decode_verify(token, constraints)}: {@code [true, header, payload]} when the signature verifies with
 * the constraints' key ({@code cert}: a PEM certificate or public key, a JWK or a JWK set; or {@code secret} for
 * HMAC) and the token meets them ({@code alg}, {@code iss}, {@code aud}, and {@code exp}/{@code nbf} at {@code time},
 * nanoseconds); else {@code [false, {}, {}]}. Nested tokens ({@code cty: JWT}) are verified layer by layer down to
 * the innermost, whose header and payload are returned. Malformed tokens and constraints are errors, as in OPA's
 * topdown/tokens.go, whose order of checks this follows.
 */
final class JwtDecodeVerify {

    private static final List<Object> UNVERIFIED = List.of(false, Map.of(), Map.of());
    private static final BigDecimal NANOS_PER_SECOND = BigDecimal.valueOf(1_000_000_000L);

    /** What the constraints object says; {@code time} in nanoseconds (the interpreter supplies the query's). */
    private record Constraints(List<JwtKeys.VerificationKey> keys, String secret, String alg, String iss, String aud,
            BigDecimal time) {

        static Constraints of(Map<?, ?> object) {
            List<JwtKeys.VerificationKey> keys = null;
            String secret = "";
            String alg = "";
            String iss = "";
            String aud = "";
            BigDecimal time = null;
            for (Map.Entry<?, ?> entry : object.entrySet()) {
                String name = String.valueOf(entry.getKey());
                Object value = entry.getValue();
                switch (name) {
                    case "cert" -> keys = JwtKeys.fromCertOrJwk(string(name, value));
                    case "secret" -> secret = string(name, value);
                    case "alg" -> alg = string(name, value);
                    case "iss" -> iss = string(name, value);
                    case "aud" -> aud = string(name, value);
                    case "time" -> time = time(value);
                    default -> throw new RegoException("unknown token validation constraint: " + name);
                }
            }
            int keyConstraints = (keys != null ? 1 : 0) + (secret.isEmpty() ? 0 : 1);
            if (keyConstraints > 1) {
                throw new RegoException("duplicate key constraints");
            }
            if (keyConstraints < 1) {
                throw new RegoException("no key constraint");
            }
            return new Constraints(keys, secret, alg, iss, aud, time == null ? BigDecimal.ZERO : time);
        }

        private static String string(String name, Object value) {
            if (value instanceof String text) {
                return text;
            }
            throw new RegoException(name + " constraint: must be a string");
        }

        private static BigDecimal time(Object value) {
            if (!(value instanceof BigDecimal number)) {
                throw new RegoException("token time constraint: must be a number");
            }
            if (number.signum() < 0) {
                throw new RegoException("token time constraint: must not be negative");
            }
            return number;
        }

        /** Whether the signature verifies: with the token's {@code kid}'s key only, else with any key for its alg. */
        boolean verifies(JwtHeader header, byte[] input, byte[] signature) {
            Optional<JwsAlgorithm> algorithm = JwsAlgorithm.named(header.alg());
            if (algorithm.isEmpty()) {
                return false;
            }
            return keys == null ? algorithm.get().verify(JwsAlgorithm.secret(secret), input, signature)
                    : JwtKeys.verify(keys, header, algorithm.get(), input, signature);
        }

        boolean audienceMatches(Object claim) {
            if (claim instanceof String text) {
                return text.equals(aud);
            }
            return claim instanceof List<?> list && list.stream().anyMatch(aud::equals);
        }
    }

    private JwtDecodeVerify() {
    }

    static List<Object> decodeVerify(String token, Map<?, ?> constraintObject) {
        Constraints constraints = Constraints.of(constraintObject);
        Map<?, ?> headerObject;
        String payloadText;
        while (true) {
            String[] parts = Jwt.sections(token);
            headerObject = Jwt.object(Jwt.base64Url(parts[0], "header", true), "header");
            JwtHeader header = JwtHeader.of(headerObject);
            if (!header.valid() || !constraints.alg().isEmpty() && !constraints.alg().equals(header.alg())) {
                return UNVERIFIED;
            }
            byte[] signature = Jwt.base64Url(parts[2], "signature", false);
            if (!constraints.verifies(header, Jwt.signingInput(parts), signature)) {
                return UNVERIFIED;
            }
            payloadText = new String(Jwt.base64Url(parts[1], "payload", false), StandardCharsets.UTF_8);
            if (!header.cty().equalsIgnoreCase("JWT")) {
                break;
            }
            token = payloadText; // a nested token: verified in turn
        }
        Map<?, ?> payload = Jwt.object(payloadText.getBytes(StandardCharsets.UTF_8), "payload");
        if (!claimsHold(constraints, payload)) {
            return UNVERIFIED;
        }
        return List.of(true, Values.of(headerObject), Values.of(payload));
    }

    /** iss and aud as constrained; exp and nbf at the constraints' time (seconds in the token, nanoseconds there). */
    private static boolean claimsHold(Constraints constraints, Map<?, ?> payload) {
        if (!constraints.iss().isEmpty() && !constraints.iss().equals(payload.get("iss"))) {
            return false;
        }
        if (payload.containsKey("aud") ? !constraints.audienceMatches(payload.get("aud")) : !constraints.aud().isEmpty()) {
            return false;
        }
        // OPA divides as float64s.
        BigDecimal now = BigDecimal.valueOf(constraints.time().doubleValue() / NANOS_PER_SECOND.doubleValue());
        if (payload.containsKey("exp") && now.compareTo(seconds(payload.get("exp"), "exp")) >= 0) {
            return false;
        }
        return !payload.containsKey("nbf") || now.compareTo(seconds(payload.get("nbf"), "nbf")) >= 0;
    }

    private static BigDecimal seconds(Object claim, String name) {
        if (claim instanceof Number number) {
            return new BigDecimal(number.toString());
        }
        throw new RegoException(name + " value must be a number");
    }
}
