package io.intelgraph.maestro.rego;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keys a token may be verified with, as OPA reads its {@code certificate} argument (and decode_verify's
 * {@code cert} constraint): one PEM block — a certificate or a public key, nothing after it — or else a JWK or a JWK
 * set. A JWK's {@code alg} and {@code kid} are kept (a token naming a {@code kid} is verified with that key only);
 * keys whose {@code alg} OPA does not know are skipped, as OPA skips them.
 */
final class JwtKeys {

    /** A key, and from a JWK set its algorithm and id ("" when absent). */
    record VerificationKey(Key key, String alg, String kid) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    /** DER prefix of an Ed25519 SubjectPublicKeyInfo (RFC 8410), before the key's 32 bytes. */
    private static final byte[] ED25519_SPKI = HexFormat.of().parseHex("302a300506032b6570032100");

    private JwtKeys() {
    }

    /**
     * Whether {@code keys} verify a signature with {@code algorithm}, as OPA tries them: the key with the token's
     * {@code kid} alone when there is one, else every key, passing over JWKs made for another algorithm than the
     * token's header names.
     */
    static boolean verify(List<VerificationKey> keys, JwtHeader header, JwsAlgorithm algorithm, byte[] input,
            byte[] signature) {
        if (!header.kid().isEmpty()) {
            Optional<VerificationKey> named = keys.stream().filter(k -> k.kid().equals(header.kid())).findFirst();
            if (named.isPresent()) {
                return algorithm.verify(named.get().key(), input, signature);
            }
        }
        return keys.stream().filter(k -> k.alg().isEmpty() || k.alg().equals(header.alg()))
                .anyMatch(k -> algorithm.verify(k.key(), input, signature));
    }

    static List<VerificationKey> fromCertOrJwk(String text) {
        Optional<PemBlock> block = PemBlock.find(text, 0);
        if (block.isPresent()) {
            if (block.get().end() < text.length()) {
                throw new RegoException("extra data after a PEM certificate block");
            }
            byte[] der = base64(block.get().body().replaceAll("\\s", ""));
            return List.of(new VerificationKey(pemKey(block.get().type(), der), "", ""));
        }
        return jwks(text);
    }

    private static Key pemKey(String type, byte[] der) {
        if (type.equals("CERTIFICATE")) {
            try {
                return CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der))
                        .getPublicKey();
            } catch (CertificateException e) {
                throw new RegoException("failed to parse a PEM certificate: x509: malformed certificate");
            }
        }
        if (type.equals("PUBLIC KEY")) {
            return pkixPublicKey(der).orElseThrow(() -> new RegoException(
                    "failed to parse a PEM public key: x509: unknown public key algorithm"));
        }
        throw new RegoException("failed to extract a Key from the PEM certificate");
    }

    /** A SubjectPublicKeyInfo of any algorithm Go's x509 reads: RSA, EC, Ed25519. */
    private static Optional<Key> pkixPublicKey(byte[] der) {
        for (String algorithm : List.of("RSA", "EC", "Ed25519")) {
            try {
                return Optional.of(KeyFactory.getInstance(algorithm).generatePublic(new X509EncodedKeySpec(der)));
            } catch (GeneralSecurityException | RuntimeException e) {
                // not this algorithm's
            }
        }
        return Optional.empty();
    }

    private static List<VerificationKey> jwks(String text) {
        Object parsed;
        try {
            parsed = JSON.readValue(text, Object.class);
        } catch (JsonProcessingException e) {
            throw new RegoException("failed to parse a JWK key (set): " + e.getOriginalMessage());
        }
        if (!(parsed instanceof Map<?, ?> object)) {
            throw new RegoException("failed to parse a JWK key (set): not a JSON object");
        }
        List<?> keys = object.containsKey("keys") && object.get("keys") instanceof List<?> list ? list : List.of(object);
        List<VerificationKey> out = new ArrayList<>();
        for (Object entry : keys) {
            if (!(entry instanceof Map<?, ?> jwk)) {
                throw new RegoException("failed to parse a JWK key (set): a key is not a JSON object");
            }
            String alg = field(jwk, "alg", false);
            if (!alg.isEmpty() && JwsAlgorithm.named(alg).isEmpty()) {
                continue;
            }
            out.add(new VerificationKey(key(jwk), alg, field(jwk, "kid", false)));
        }
        return out;
    }

    /** RFC 7518's key types: RSA, EC (P-256/384/521), oct; RFC 8037's OKP (Ed25519). */
    private static Key key(Map<?, ?> jwk) {
        String kty = field(jwk, "kty", true);
        try {
            return switch (kty) {
                case "RSA" -> KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(
                        unsigned(field(jwk, "n", true)), unsigned(field(jwk, "e", true))));
                case "EC" -> {
                    ECParameterSpec curve = NistCurves.parameters(field(jwk, "crv", true)).orElseThrow(() -> new RegoException(
                            "failed to parse a JWK key (set): unsupported curve " + jwk.get("crv")));
                    ECPoint point = new ECPoint(unsigned(field(jwk, "x", true)), unsigned(field(jwk, "y", true)));
                    yield KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(point, curve));
                }
                case "OKP" -> {
                    if (!"Ed25519".equals(jwk.get("crv"))) {
                        throw new RegoException("failed to parse a JWK key (set): unsupported curve " + jwk.get("crv"));
                    }
                    byte[] x = base64Url(field(jwk, "x", true));
                    byte[] spki = new byte[ED25519_SPKI.length + x.length];
                    System.arraycopy(ED25519_SPKI, 0, spki, 0, ED25519_SPKI.length);
                    System.arraycopy(x, 0, spki, ED25519_SPKI.length, x.length);
                    yield KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(spki));
                }
                case "oct" -> new SecretKeySpec(base64Url(field(jwk, "k", true)), "HMAC");
                default -> throw new RegoException("failed to parse a JWK key (set): unsupported key type " + kty);
            };
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new RegoException("failed to parse a JWK key (set): invalid " + kty + " key");
        }
    }

    private static String field(Map<?, ?> jwk, String name, boolean required) {
        Object value = jwk.get(name);
        if (value instanceof String s) {
            return s;
        }
        if (value == null && !required) {
            return "";
        }
        throw new RegoException("failed to parse a JWK key (set): " + (value == null ? "missing" : "invalid") + " \""
                + name + "\"");
    }

    private static BigInteger unsigned(String base64Url) {
        return new BigInteger(1, base64Url(base64Url));
    }

    private static byte[] base64Url(String text) {
        return Base64.getUrlDecoder().decode(text.replace("=", ""));
    }

    private static byte[] base64(String text) {
        try {
            return Base64.getDecoder().decode(text.getBytes(StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException e) {
            throw new RegoException("failed to extract a Key from the PEM certificate");
        }
    }
}
