package io.intelgraph.maestro.rego;

import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Tokens signed here by the JDK with fresh keys, verified through Rego as a policy would: the parts OPA's conformance
 * cases (OpaConformanceTest) cannot reach — a decode_verify without a {@code time} constraint reads the query's clock,
 * an ES256 signature in JWS's r‖s form against a JWK, a JWK set whose {@code kid} picks the key.
 */
class JwtVerificationTest {

    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    private static String token(String headerJson, String payloadJson, String algorithm, PrivateKey key)
            throws Exception {
        String input = URL.encodeToString(headerJson.getBytes(StandardCharsets.UTF_8)) + "."
                + URL.encodeToString(payloadJson.getBytes(StandardCharsets.UTF_8));
        Signature signer = Signature.getInstance(algorithm);
        signer.initSign(key);
        signer.update(input.getBytes(StandardCharsets.UTF_8));
        return input + "." + URL.encodeToString(signer.sign());
    }

    private static Optional<Object> evaluate(String rule, Map<String, Object> input) {
        RegoPolicy policy = RegoPolicy.compile(Map.of("p.rego", """
                package p
                rs := io.jwt.verify_rs256(input.token, input.key)
                es := io.jwt.verify_es256(input.token, input.key)
                checked := io.jwt.decode_verify(input.token, {"cert": input.key})
                checked_then := io.jwt.decode_verify(input.token, {"cert": input.key, "time": input.time})
                """));
        return policy.evaluate("p", rule, input, null);
    }

    private static String pem(byte[] der) {
        return "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END PUBLIC KEY-----\n";
    }

    private static String unsigned(BigInteger n, int bytes) {
        byte[] raw = n.toByteArray();
        byte[] out = new byte[bytes];
        int from = Math.max(0, raw.length - bytes);
        System.arraycopy(raw, from, out, bytes - (raw.length - from), raw.length - from);
        return URL.encodeToString(out);
    }

    @Test
    void rs256WithAPemPublicKeyAndAJwkSetWhoseKidPicksTheKey() throws Exception {
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        KeyPair signing = rsa.generateKeyPair();
        KeyPair other = rsa.generateKeyPair();
        String token = token("{\"alg\":\"RS256\",\"kid\":\"b\"}", "{\"sub\":\"alice\"}", "SHA256withRSA",
                signing.getPrivate());

        assertEquals(Optional.of(true), evaluate("rs", Map.of("token", token, "key", pem(signing.getPublic().getEncoded()))));
        assertEquals(Optional.of(false), evaluate("rs", Map.of("token", token, "key", pem(other.getPublic().getEncoded()))));
        String jwks = "{\"keys\":[" + jwk((RSAPublicKey) other.getPublic(), "a") + "," + jwk((RSAPublicKey) signing.getPublic(), "b")
                + "]}";
        assertEquals(Optional.of(true), evaluate("rs", Map.of("token", token, "key", jwks)), "kid b is the signer");
        String swapped = "{\"keys\":[" + jwk((RSAPublicKey) other.getPublic(), "b") + "," + jwk((RSAPublicKey) signing.getPublic(), "a")
                + "]}";
        assertEquals(Optional.of(false), evaluate("rs", Map.of("token", token, "key", swapped)),
                "the key named by kid is the only one tried");
        assertEquals(Optional.of(false), evaluate("es", Map.of("token", token, "key", pem(signing.getPublic().getEncoded()))),
                "an RSA key verifies no ES256 signature");
    }

    private static String jwk(RSAPublicKey key, String kid) {
        return "{\"kty\":\"RSA\",\"kid\":\"" + kid + "\",\"n\":\"" + URL.encodeToString(trim(key.getModulus().toByteArray()))
                + "\",\"e\":\"" + URL.encodeToString(trim(key.getPublicExponent().toByteArray())) + "\"}";
    }

    private static KeyPair p256() throws Exception {
        KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
        ec.initialize(new ECGenParameterSpec("secp256r1"));
        return ec.generateKeyPair();
    }

    private static byte[] trim(byte[] bytes) {
        return bytes[0] == 0 ? Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }

    @Test
    void es256SignaturesAreRAndSSideBySideAsJwsHasThem() throws Exception {
        KeyPair pair = p256();
        ECPublicKey key = (ECPublicKey) pair.getPublic();
        String jwk = "{\"kty\":\"EC\",\"crv\":\"P-256\",\"x\":\"" + unsigned(key.getW().getAffineX(), 32) + "\",\"y\":\""
                + unsigned(key.getW().getAffineY(), 32) + "\"}";
        String token = token("{\"alg\":\"ES256\"}", "{\"sub\":\"bob\"}", "SHA256withECDSAinP1363Format",
                pair.getPrivate());

        assertEquals(Optional.of(true), evaluate("es", Map.of("token", token, "key", jwk)));
        String tampered = token.substring(0, token.indexOf('.') + 1) + URL.encodeToString("{\"sub\":\"eve\"}"
                .getBytes(StandardCharsets.UTF_8)) + token.substring(token.lastIndexOf('.'));
        assertEquals(Optional.of(false), evaluate("es", Map.of("token", tampered, "key", jwk)));
    }

    @Test
    void es256TokensSignedHereVerifyWithThePublicHalf() throws Exception {
        KeyPair pair = p256();
        ECPublicKey key = (ECPublicKey) pair.getPublic();
        String x = unsigned(key.getW().getAffineX(), 32);
        String y = unsigned(key.getW().getAffineY(), 32);
        String d = unsigned(((ECPrivateKey) pair.getPrivate()).getS(), 32);
        RegoPolicy policy = RegoPolicy.compile(Map.of("p.rego", """
                package p
                token := io.jwt.encode_sign({"alg": "ES256"}, {"sub": "carol"}, input.private)
                ok := io.jwt.verify_es256(token, json.marshal(input.public))
                claims := io.jwt.decode(token)[1]
                """));
        Map<String, Object> input = Map.of(
                "private", Map.of("kty", "EC", "crv", "P-256", "x", x, "y", y, "d", d),
                "public", Map.of("kty", "EC", "crv", "P-256", "x", x, "y", y));
        assertEquals(Optional.of(true), policy.evaluate("p", "ok", input, null), "signed r‖s, 64 bytes, as JWS wants");
        assertEquals(Optional.of(Map.of("sub", "carol")), policy.evaluate("p", "claims", input, null));
    }

    @Test
    void decodeVerifyReadsExpAndNbfAtTheQuerysInstantUnlessGivenATime() throws Exception {
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        KeyPair pair = rsa.generateKeyPair();
        long now = Instant.now().getEpochSecond();
        String expired = token("{\"alg\":\"RS256\"}", "{\"sub\":\"alice\",\"exp\":" + (now - 3600) + "}",
                "SHA256withRSA", pair.getPrivate());
        String key = pem(pair.getPublic().getEncoded());

        assertEquals(Optional.of(List.of(false, Map.of(), Map.of())), evaluate("checked", Map.of("token", expired, "key", key)));
        long twoHoursAgoNs = (now - 5400) * 1_000_000_000L;
        Object then = evaluate("checked_then", Map.of("token", expired, "key", key, "time", twoHoursAgoNs)).orElseThrow();
        assertEquals(true, ((List<?>) then).get(0), "valid an hour and a half ago");
        assertEquals("alice", ((Map<?, ?>) ((List<?>) then).get(2)).get("sub"));
        assertEquals("RS256", ((Map<?, ?>) ((List<?>) then).get(1)).get("alg"));

        String current = token("{\"alg\":\"RS256\"}", "{\"exp\":" + (now + 3600) + "}", "SHA256withRSA", pair.getPrivate());
        assertEquals(true, ((List<?>) evaluate("checked", Map.of("token", current, "key", key)).orElseThrow()).get(0));
        String notYet = token("{\"alg\":\"RS256\"}", "{\"nbf\":" + (now + 3600) + "}", "SHA256withRSA", pair.getPrivate());
        assertEquals(false, ((List<?>) evaluate("checked", Map.of("token", notYet, "key", key)).orElseThrow()).get(0));
    }

    @Test
    void aKeyOfManyUnclosedPemBlocksIsAClearError() {
        // 20,000 BEGIN lines and no END (a hostile input): the blocks are found by two scans, not a backtracking
        // pattern that would read the rest of the text again from each BEGIN.
        String hostile = "-----BEGIN PUBLIC KEY-----\nAAAA\n".repeat(20_000);
        RegoPolicy policy = RegoPolicy.compile(Map.of("p.rego", """
                package p
                rs := io.jwt.verify_rs256("eyJhbGciOiJSUzI1NiJ9.e30.c2ln", input.key)
                """));
        RegoException e = assertThrows(RegoException.class, () -> policy.query("data.p.rs = x", Map.of("key", hostile),
                null, true));
        assertTrue(e.getMessage().contains("failed to parse a JWK key (set)"), e.getMessage());
    }

    @Test
    void aKeyThatIsNeitherPemNorJwkIsAnError() {
        RegoPolicy policy = RegoPolicy.compile(Map.of("p.rego", """
                package p
                rs := io.jwt.verify_rs256("eyJhbGciOiJSUzI1NiJ9.e30.c2ln", "not a key")
                """));
        RegoException e = assertThrows(RegoException.class, () -> policy.query("data.p.rs = x", Map.of(), null, true));
        assertTrue(e.getMessage().contains("failed to parse a JWK key (set)"), e.getMessage());
    }

    /**
     * An HMAC key may be empty, as Go's crypto/hmac takes it (the JDK's SecretKeySpec refuses one). The token was
     * signed outside the JDK, by Python's hmac with the key {@code b""}; so was the crypto.hmac digest.
     */
    @Test
    void anEmptyHmacSecretIsAKeyAsInGo() {
        RegoPolicy policy = RegoPolicy.compile(Map.of("p.rego", """
                package p
                empty := io.jwt.verify_hs256(input.token, "")
                other := io.jwt.verify_hs256(input.token, "x")
                digest := crypto.hmac.sha512("message", "")
                """));
        Map<String, Object> input = Map.of("token", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJlbXB0eS1rZXkifQ"
                + ".f-aMF9Vw-PWKm1pWRI9MSMU1vox_cDaiOr-C3qIhKH4");
        assertEquals(Optional.of(true), policy.evaluate("p", "empty", input, null));
        assertEquals(Optional.of(false), policy.evaluate("p", "other", input, null));
        assertEquals(Optional.of("08fce52f6395d59c2a3fb8abb281d74ad6f112b9a9c787bcea290d94dadbc82b2ca3e5e12bf2277c7fedbb0154d5"
                + "493e41bb7459f63c8e39554ea3651b812492"), policy.evaluate("p", "digest", input, null));
    }
}
