package io.intelgraph.maestro.rego;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * crypto.parse_private_keys, crypto.x509.parse_rsa_private_key and crypto.x509.parse_keypair on the keys of OPA's own
 * Go tests (test resources {@code opa-crypto/}, with their source), asserting what those tests assert; public halves
 * derived here are checked against OpenSSL's ({@code openssl pkey -text} on the same keys).
 */
class PrivateKeysTest {

    private static Map<String, String> pem;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void readKeys() throws IOException {
        pem = new ObjectMapper().readValue(Path.of("src/rego/test/resources/opa-crypto/keys.json").toFile(), Map.class);
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Test_getPrivateKeyFromPEMData: how many keys, of which kind, for each input. */
    @Test
    void keysAreFoundAsOpasGoTestsExpect() {
        assertEquals(List.of(), kinds(PrivateKeys.fromPem("nothingtoseehere")), "invalid data");
        for (String input : List.of(pem.get("rsaPrivateKey"), base64(pem.get("rsaPrivateKey")), pem.get("rsaPrivateKeyPKCS8"),
                base64(pem.get("rsaPrivateKeyPKCS8")))) {
            assertEquals(List.of("Rsa"), kinds(PrivateKeys.fromPem(input)));
        }
        assertEquals(List.of("Ec"), kinds(PrivateKeys.fromPem(pem.get("keyPemEC"))));
        assertEquals(List.of("Ec"), kinds(PrivateKeys.fromPem(base64(pem.get("keyPemEC")))));
        assertEquals(List.of("Ed25519"), kinds(PrivateKeys.fromPem(pem.get("keyEd25519"))));
        assertEquals(List.of("Ed25519"), kinds(PrivateKeys.fromPem(base64(pem.get("keyEd25519")))));
        String chain = pem.get("rootCA") + "\n" + pem.get("intermediateCA") + "\n" + pem.get("leaf");
        assertEquals(List.of(), kinds(PrivateKeys.fromPem(chain + "\n")), "other PEM data, no keys");
        assertEquals(List.of("Ed25519", "Ed25519"), kinds(PrivateKeys.fromPem(pem.get("partiallyValidPEMString"))));
        assertEquals(List.of("Ec"), kinds(PrivateKeys.fromPem(chain + "\n" + pem.get("keyPemEC"))), "mixed PEM data");
        assertEquals(List.of("Ec", "Rsa"), kinds(PrivateKeys.fromPem(chain + "\n" + pem.get("keyPemEC") + "\n"
                + pem.get("rsaPrivateKey"))), "mixed PEM data, two keys");
        RegoException corrupted = assertThrows(RegoException.class, () -> PrivateKeys.fromPem(
                "-----BEGIN PRIVATE KEY-----\n" + "x".repeat(64) + "\n-----END PRIVATE KEY-----\n"));
        assertTrue(corrupted.getMessage().contains("asn1: structure error"), corrupted.getMessage());
    }

    private static List<String> kinds(List<PrivateKeys.PrivateKey> keys) {
        return keys.stream().map(k -> k.getClass().getSimpleName()).toList();
    }

    @Test
    void publicHalvesDerivedFromPrivateOnesAreOpenSslsToo() {
        PrivateKeys.Ec ec = (PrivateKeys.Ec) PrivateKeys.fromPem(pem.get("keyPemEC")).getFirst();
        assertEquals(new BigInteger("3d1ded53616d6bd92d63ee8ff46d1c58efb49044c0e9216cdfc19e713cae7651", 16), ec.x());
        assertEquals(new BigInteger("f3eb1bc2773f2a10a4dc5867a47667433ec1e5a1136db2209aebdec1d8ef4814", 16), ec.y());
        assertEquals("P-256", ec.curve());
        PrivateKeys.Ed25519 ed = (PrivateKeys.Ed25519) PrivateKeys.fromPem(pem.get("keyEd25519")).getFirst();
        assertEquals("7d456b6427b8636c61e2de88e2fffb4bf3ef461ca31319823ac9f4d1a124a83e",
                HexFormat.of().formatHex(ed.publicKey()));
    }

    @Test
    @SuppressWarnings("unchecked")
    void goStructsAsJsonAndAJwk() {
        RegoPolicy policy = RegoPolicy.compile(Map.of("p.rego", """
                package p
                keys := crypto.parse_private_keys(input.pem)
                jwk := crypto.x509.parse_rsa_private_key(input.pem)
                """));
        Map<String, Object> rsa = (Map<String, Object>) ((List<Object>) policy.query("data.p.keys = x",
                Map.of("pem", pem.get("rsaPrivateKey")), null, true).getFirst().get("x")).getFirst();
        assertEquals(List.of("N", "E", "D", "Primes", "Precomputed"), List.copyOf(rsa.keySet()));
        assertEquals(65537, ((Number) rsa.get("E")).intValue());
        assertEquals(2, ((List<?>) rsa.get("Primes")).size());
        Map<String, Object> jwk = (Map<String, Object>) policy.query("data.p.jwk = x",
                Map.of("pem", pem.get("rsaPrivateKey")), null, true).getFirst().get("x");
        assertEquals("AQAB", jwk.get("e"));
        // The modulus as `openssl rsa -modulus` prints it, unpadded base64url.
        assertTrue(String.valueOf(jwk.get("n")).startsWith("3Y8cXdK06ufUSP035jiwJk8IsuwGjJD_LSRvE2AhJL_"), jwk.toString());
        Map<String, Object> ec = (Map<String, Object>) ((List<Object>) policy.query("data.p.keys = x",
                Map.of("pem", pem.get("keyPemEC")), null, true).getFirst().get("x")).getFirst();
        assertEquals(List.of("Curve", "X", "Y", "D"), List.copyOf(ec.keySet()));
        assertEquals(List.of(Collections.singletonMap("x", null)), policy.query("data.p.keys = x", Map.of("pem", ""), null, true),
                "an empty string is null");
        assertEquals(List.of(Map.of("x", List.of())), policy.query("data.p.keys = x", Map.of("pem", "nothingtoseehere"),
                null, true));
        assertEquals(List.of(Collections.singletonMap("x", null)), policy.query("data.p.jwk = x",
                Map.of("pem", pem.get("leaf")), null, true), "no key in the text: null");
    }

    /** Test_parsex509KeyPair: an EC pair; a certificate with another kind of key is an error. */
    @Test
    @SuppressWarnings("unchecked")
    void keyPairsMustBelongTogether() {
        Map<Object, Object> pair = X509KeyPair.parse(pem.get("certPemEC"), pem.get("keyPemEC"));
        assertEquals(List.of("Certificate", "PrivateKey", "SupportedSignatureAlgorithms", "OCSPStaple",
                "SignedCertificateTimestamps", "Leaf"), List.copyOf(pair.keySet()));
        assertEquals(1, ((List<?>) pair.get("Certificate")).size());
        Map<Object, Object> leaf = (Map<Object, Object>) pair.get("Leaf");
        assertEquals("Acme Co", ((List<?>) ((Map<?, ?>) leaf.get("Subject")).get("Organization")).getFirst());
        assertInstanceOf(Map.class, pair.get("PrivateKey"));
        assertEquals(X509KeyPair.parse(pem.get("certPemEC"), pem.get("keyPemEC")).get("Certificate"),
                X509KeyPair.parse(base64(pem.get("certPemEC")), base64(pem.get("keyPemEC"))).get("Certificate"),
                "base64 of PEM reads the same");
        RegoException mismatched = assertThrows(RegoException.class,
                () -> X509KeyPair.parse(pem.get("certPemEC"), pem.get("rsaPrivateKeyPKCS8")));
        assertEquals("tls: private key type does not match public key type", mismatched.getMessage());
        RegoException otherEc = assertThrows(RegoException.class,
                () -> X509KeyPair.parse(pem.get("leaf"), pem.get("keyPemEC")));
        assertEquals("tls: private key does not match public key", otherEc.getMessage());
        RegoException switched = assertThrows(RegoException.class,
                () -> X509KeyPair.parse(pem.get("keyPemEC"), pem.get("certPemEC")));
        assertTrue(switched.getMessage().contains("PEM inputs may have been switched"), switched.getMessage());
    }
}
