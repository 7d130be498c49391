package io.intelgraph.maestro.rego;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPrivateKeySpec;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.PSSParameterSpec;
import java.security.spec.RSAPrivateCrtKeySpec;
import java.security.spec.RSAPrivateKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code io.jwt.encode_sign} and {@code io.jwt.encode_sign_raw}: a compact JWS of the given header and payload,
 * signed with the first key of a JWK (set) — oct for HS*, RSA for RS* and PS*, EC for ES*, OKP Ed25519 for EdDSA —
 * with the {@code alg} the header names, as OPA's tokens.go signs. The objects of encode_sign are written as
 * json.marshal writes them (Go's encoding/json: sorted keys), so a token is the same as OPA's byte for byte where
 * the algorithm is deterministic (all but ES*, whose signatures are randomised by definition).
 */
final class JwtSigning {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();
    /** DER prefix of an Ed25519 PKCS#8 private key (RFC 8410), before the seed's 32 bytes. */
    private static final byte[] ED25519_PKCS8 = HexFormat.of().parseHex("302e020100300506032b657004220420");

    private JwtSigning() {
    }

    static String encodeSign(Object header, Object payload, Object key) {
        return encodeSignRaw(JsonEncoding.compact(header), JsonEncoding.compact(payload), JsonEncoding.compact(key));
    }

    static String encodeSignRaw(String header, String payload, String jwkText) {
        Map<?, ?> jwk = firstKey(jwkText);
        Object alg = object(header, "missing or invalid 'alg' header").get("alg");
        if (!(alg instanceof String name)) {
            throw new RegoException("missing or invalid 'alg' header: not a string");
        }
        JwsAlgorithm algorithm = JwsAlgorithm.named(name)
                .orElseThrow(() -> new RegoException("unknown JWS algorithm: " + name));
        Object typ = object(header, "missing or invalid 'alg' header").get("typ");
        if ((!(typ instanceof String) || "JWT".equals(typ)) && !isJson(payload)) {
            throw new RegoException("type is JWT but payload is not JSON");
        }
        String input = URL.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + URL.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        return input + "." + URL.encodeToString(sign(algorithm, jwk, input.getBytes(StandardCharsets.UTF_8)));
    }

    private static Map<?, ?> firstKey(String text) {
        Map<?, ?> parsed = object(text, "failed to parse a JWK key (set)");
        if (parsed.get("keys") instanceof List<?> keys) {
            if (keys.isEmpty() || !(keys.getFirst() instanceof Map<?, ?> first)) {
                throw new RegoException("no keys found in JWK set");
            }
            return first;
        }
        return parsed;
    }

    private static byte[] sign(JwsAlgorithm algorithm, Map<?, ?> jwk, byte[] input) {
        String hash = switch (algorithm.name().substring(2)) {
            case "256" -> "SHA-256";
            case "384" -> "SHA-384";
            case "512" -> "SHA-512";
            default -> "";
        };
        String jdkHash = hash.replace("-", "");
        try {
            return switch (algorithm.name().substring(0, 2)) {
                case "HS" -> Hmac.of("Hmac" + jdkHash, bytes(jwk, "k", "oct"), input);
                case "RS" -> signature(jdkHash + "withRSA", rsa(jwk), input);
                case "PS" -> {
                    Signature signer = Signature.getInstance("RSASSA-PSS");
                    int saltLength = Integer.parseInt(algorithm.name().substring(2)) / 8;
                    signer.setParameter(new PSSParameterSpec(hash, "MGF1", new MGF1ParameterSpec(hash), saltLength, 1));
                    signer.initSign(rsa(jwk));
                    signer.update(input);
                    yield signer.sign();
                }
                case "ES" -> signature(jdkHash + "withECDSAinP1363Format", ec(jwk), input);
                default -> signature("Ed25519", ed25519(jwk), input);
            };
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new RegoException("failed to sign with the JWK: " + e.getMessage());
        }
    }

    private static byte[] signature(String algorithm, PrivateKey key, byte[] input) throws GeneralSecurityException {
        Signature signer = Signature.getInstance(algorithm);
        signer.initSign(key);
        signer.update(input);
        return signer.sign();
    }

    private static PrivateKey rsa(Map<?, ?> jwk) throws GeneralSecurityException {
        KeyFactory factory = KeyFactory.getInstance("RSA");
        BigInteger n = number(jwk, "n", "RSA");
        BigInteger d = number(jwk, "d", "RSA");
        if (jwk.get("p") == null) {
            return factory.generatePrivate(new RSAPrivateKeySpec(n, d));
        }
        return factory.generatePrivate(new RSAPrivateCrtKeySpec(n, number(jwk, "e", "RSA"), d, number(jwk, "p", "RSA"),
                number(jwk, "q", "RSA"), number(jwk, "dp", "RSA"), number(jwk, "dq", "RSA"), number(jwk, "qi", "RSA")));
    }

    private static PrivateKey ec(Map<?, ?> jwk) throws GeneralSecurityException {
        Optional<ECParameterSpec> curve = NistCurves.parameters(String.valueOf(jwk.get("crv")));
        if (!"EC".equals(jwk.get("kty")) || curve.isEmpty()) {
            throw new RegoException("failed to sign: the JWK is not an EC key on P-256, P-384 or P-521");
        }
        return KeyFactory.getInstance("EC").generatePrivate(new ECPrivateKeySpec(number(jwk, "d", "EC"), curve.get()));
    }

    private static PrivateKey ed25519(Map<?, ?> jwk) throws GeneralSecurityException {
        if (!"Ed25519".equals(jwk.get("crv"))) {
            throw new RegoException("failed to sign: the JWK is not an Ed25519 key");
        }
        byte[] seed = bytes(jwk, "d", "OKP");
        byte[] pkcs8 = new byte[ED25519_PKCS8.length + seed.length];
        System.arraycopy(ED25519_PKCS8, 0, pkcs8, 0, ED25519_PKCS8.length);
        System.arraycopy(seed, 0, pkcs8, ED25519_PKCS8.length, seed.length);
        return KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
    }

    private static BigInteger number(Map<?, ?> jwk, String field, String kty) {
        return new BigInteger(1, bytes(jwk, field, kty));
    }

    /** A base64url field of a key of type {@code kty}; a key of another type, or without it, cannot sign. */
    private static byte[] bytes(Map<?, ?> jwk, String field, String kty) {
        if (!kty.equals(jwk.get("kty")) || !(jwk.get(field) instanceof String value)) {
            throw new RegoException("failed to sign: the JWK is not a private " + kty + " key (no \"" + field + "\")");
        }
        return Base64.getUrlDecoder().decode(value.replace("=", ""));
    }

    private static Map<?, ?> object(String json, String error) {
        try {
            if (JSON.readValue(json, Object.class) instanceof Map<?, ?> map) {
                return map;
            }
        } catch (JsonProcessingException e) {
            throw new RegoException(error + ": " + e.getOriginalMessage());
        }
        throw new RegoException(error + ": not a JSON object");
    }

    /** Go's json.Valid: one JSON value and nothing after it. */
    private static boolean isJson(String text) {
        try {
            JSON.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(text);
            return true;
        } catch (JsonProcessingException e) {
            return false;
        }
    }
}
