package io.intelgraph.maestro.rego;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * crypto.x509.parse_and_verify_certificates_with_options as OPA's own Go tests exercise it
 * (TestParseAndVerifyX509CertsWithOptions and TestExtractX509VerifyOptions, v1/topdown/crypto_test.go), on the same
 * chain (test resources {@code opa-crypto/}): whether each set of options verifies, and each malformed option's
 * error.
 */
class VerifyOptionsTest {

    private static String chain;
    private static RegoPolicy policy;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void readChain() throws IOException {
        Map<String, String> pem = new ObjectMapper().readValue(
                Path.of("src/rego/test/resources/opa-crypto/keys.json").toFile(), Map.class);
        chain = String.join("\n", pem.get("rootCA"), pem.get("intermediateCA"), pem.get("leaf"));
        policy = RegoPolicy.compile(Map.of("p.rego", """
                package p
                verified := crypto.x509.parse_and_verify_certificates_with_options(input.chain, input.options)
                """));
    }

    private static boolean verifies(String optionsJson) throws IOException {
        Object options = new ObjectMapper().readValue(optionsJson, Object.class);
        List<?> result = (List<?>) policy.query("data.p.verified = x", Map.of("chain", chain, "options", options), null,
                true).getFirst().get("x");
        if ((Boolean) result.get(0)) {
            assertEquals(3, ((List<?>) result.get(1)).size(), "the chain, leaf first");
        }
        return (Boolean) result.get(0);
    }

    @Test
    void optionsVerifyAsInOpasGoTest() throws IOException {
        // The leaf is valid from 2021-07-05T17:49:50Z (1625507390 s) and names notarealsite.opa.localhost.
        long notBefore = 1_625_507_390_000_000_000L;
        assertEquals(false, verifies("{\"DNSName\": \"bad.dns.com\"}"));
        assertEquals(false, verifies("{\"CurrentTime\": " + (notBefore - 60_000_000_000L) + "}"));
        assertEquals(false, verifies("{\"CurrentTime\": 2098547447000000000}"), "after the leaf's notAfter");
        assertEquals(true, verifies("{\"CurrentTime\": " + notBefore + "}"));
        assertEquals(true, verifies("{\"DNSName\": \"notarealsite.opa.localhost\"}"));
        assertEquals(true, verifies("{\"KeyUsages\": [\"KeyUsageServerAuth\", \"KeyUsageClientAuth\", \"KeyUsageCodeSigning\"]}"));
        assertEquals(false, verifies("{\"KeyUsages\": [\"KeyUsageCodeSigning\"]}"));
        assertEquals(true, verifies("{\"DNSName\": \"notarealsite.opa.localhost\", \"CurrentTime\": " + notBefore
                + ", \"KeyUsages\": [\"KeyUsageServerAuth\", \"KeyUsageCodeSigning\"]}"));
        assertEquals(true, verifies("{}"));
    }

    @Test
    void malformedOptionsAreErrorsAsInOpasGoTest() {
        Map<String, String> cases = Map.of(
                "{\"DNSName\": 1}", "'DNSName' should be a string",
                "{\"CurrentTime\": \"string\"}", "'CurrentTime' should be a number",
                "{\"MaxConstraintComparisons\": \"string\"}", "'MaxConstraintComparisons' should be a number",
                "{\"KeyUsages\": \"true\"}", "'KeyUsages' should be an Array or Set",
                // Keys are read in Rego's order, so the first malformed one in sorted order names the error (OPA's test
                // has an unquoted CurrentTime, a variable, which sorts after the strings).
                "{\"DNSName\": 1, \"CurrentTime\": \"string\", \"KeyUsages\": [1, 2]}", "'CurrentTime' should be a number",
                "{\"InvalidKey\": \"test.com\"}", "invalid key option",
                "{\"KeyUsages\": [\"1\", \"KeyUsageAny\", \"InvalidKeyUsage\", \"KeyUsageServerAuth\", \"2\"]}",
                "invalid entries for 'KeyUsages' found: [1 InvalidKeyUsage 2]");
        cases.forEach((options, message) -> {
            RegoException e = assertThrows(RegoException.class, () -> verifies(options), options);
            assertTrue(e.getMessage().contains(message), options + ": " + e.getMessage());
        });
    }
}
