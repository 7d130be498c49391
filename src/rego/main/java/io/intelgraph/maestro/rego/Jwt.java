package io.intelgraph.maestro.rego;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * {@code io.jwt.decode} and the HMAC {@code io.jwt.verify_hs*}: a JWS compact token as {@code [header, payload, signature as hex]}, without
 * verifying it, as OPA decodes it — a token whose header says {@code "cty": "JWT"} carries another
 * token as its payload and is decoded down to the innermost; encrypted tokens (JWE) are refused.
 */
final class Jwt {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Jwt() {
    }

    static List<Object> decode(String token) {
        while (true) {
            String[] parts = sections(token);
            Map<?, ?> header = object(base64Url(parts[0], "header", true), "header");
            if (header.containsKey("enc")) {
                throw new RegoException("JWT is a JWE object, which is not supported");
            }
            String payload = new String(base64Url(parts[1], "payload", false), StandardCharsets.UTF_8);
            if ("JWT".equals(header.get("cty"))) {
                // The payload is the inner token, as a JSON string.
                try {
                    token = JSON.readValue(payload, String.class);
                } catch (JsonProcessingException e) {
                    throw new RegoException("JWT payload had invalid encoding: " + e.getOriginalMessage());
                }
                continue;
            }
            byte[] signature = base64Url(parts[2], "signature", false);
            return List.of(Values.of(header), Values.of(object(payload.getBytes(StandardCharsets.UTF_8), "payload")),
                    HexFormat.of().formatHex(signature));
        }
    }

    /**
     * {@code io.jwt.verify_hs256/384/512}: whether the token's signature is the HMAC of its header and
     * payload under the secret (compared in constant time). A malformed token is an error, as in OPA.
     */
    static boolean verifyHmac(String token, String secret, String algorithm) {
        String[] parts = sections(token);
        byte[] signature = base64Url(parts[2], "signature", false);
        byte[] expected = Hmac.of(algorithm, secret.getBytes(StandardCharsets.UTF_8),
                (parts[0] + "." + parts[1]).getBytes(StandardCharsets.UTF_8));
        return MessageDigest.isEqual(expected, signature);
    }

    /**
     * {@code io.jwt.verify_rs*, ps*, es*} and {@code eddsa}: whether a key of {@code keys} ({@link JwtKeys}) verifies
     * the token's signature with {@code algorithm}. A malformed token or key is an error, as in OPA, in its order:
     * the token's sections, the keys, the signature, the header.
     */
    static boolean verifyWithKeys(String token, String keys, JwsAlgorithm algorithm) {
        String[] parts = sections(token);
        List<JwtKeys.VerificationKey> candidates = JwtKeys.fromCertOrJwk(keys);
        byte[] signature = base64Url(parts[2], "signature", false);
        JwtHeader header = JwtHeader.of(object(base64Url(parts[0], "header", true), "header"));
        return JwtKeys.verify(candidates, header, algorithm, signingInput(parts), signature);
    }

    static byte[] signingInput(String[] parts) {
        return (parts[0] + "." + parts[1]).getBytes(StandardCharsets.UTF_8);
    }

    /** A compact token's header, payload and signature, with OPA's errors for anything else. */
    static String[] sections(String token) {
        if (!token.contains(".")) {
            throw new RegoException("encoded JWT had no period separators");
        }
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            throw new RegoException("encoded JWT must have 3 sections, found " + parts.length);
        }
        return parts;
    }

    /**
     * base64url as Go decodes it: the header strictly unpadded (RawURLEncoding), the other parts padded
     * as needed first (OPA decodes them with base64url.decode); the error names the first bad byte.
     */
    static byte[] base64Url(String text, String part, boolean raw) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean alphabet = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_';
            if (!alphabet && !(c == '=' && !raw && i >= text.length() - 2)) {
                throw new RegoException("JWT " + part + " had invalid encoding: illegal base64 data at input byte " + i);
            }
        }
        String unpadded = text.replace("=", "");
        if (unpadded.length() % 4 == 1) {
            throw new RegoException("JWT " + part + " had invalid encoding: illegal base64 data at input byte "
                    + (unpadded.length() - 1));
        }
        return Base64.getUrlDecoder().decode(unpadded);
    }

    static Map<?, ?> object(byte[] json, String part) {
        try {
            if (JSON.readValue(json, Object.class) instanceof Map<?, ?> map) {
                return map;
            }
        } catch (IOException e) {
            throw new RegoException("JWT " + part + " had invalid encoding: " + e.getMessage());
        }
        throw new RegoException("JWT " + part + " is not a JSON object");
    }
}
