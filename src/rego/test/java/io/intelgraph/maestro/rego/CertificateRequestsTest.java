package io.intelgraph.maestro.rego;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * crypto.x509.parse_certificate_request on requests OpenSSL made, checked against OpenSSL's own reading of each
 * (test resources {@code openssl-csr/}: the request and {@code openssl req -text} of it).
 */
class CertificateRequestsTest {

    private static final Path DIR = Path.of("src/rego/test/resources/openssl-csr");

    @SuppressWarnings("unchecked")
    private static Map<String, Object> parsed(String name) throws IOException {
        RegoPolicy policy = RegoPolicy.compile(Map.of("p.rego", """
                package p
                csr := crypto.x509.parse_certificate_request(input.csr)
                """));
        return (Map<String, Object>) policy.query("data.p.csr = x", Map.of("csr", Files.readString(DIR.resolve(name))),
                null, true).getFirst().get("x");
    }

    private static String openSsl(String name) throws IOException {
        return Files.readString(DIR.resolve(name.replace(".csr", ".txt")));
    }

    /** OpenSSL's colon-separated hex after {@code label}, as one number. */
    private static BigInteger hexAfter(String text, String label) {
        Matcher m = Pattern.compile(Pattern.quote(label) + "\\s*\\n((?:\\s+[0-9a-f:]+\\n)+)").matcher(text);
        assertTrue(m.find(), label);
        return new BigInteger(m.group(1).replaceAll("[\\s:]", ""), 16);
    }

    @Test
    @SuppressWarnings("unchecked")
    void anRsaRequestWithNamesReadsAsOpenSslReadsIt() throws IOException {
        Map<String, Object> csr = parsed("rsa-san.csr");
        String text = openSsl("rsa-san.csr");
        Map<String, Object> subject = (Map<String, Object>) csr.get("Subject");
        assertEquals("preview.example.com", subject.get("CommonName"));
        assertEquals(List.of("Maestro Build HUD"), subject.get("Organization"));
        assertEquals(List.of("Release"), subject.get("OrganizationalUnit"));
        assertEquals(List.of("GB"), subject.get("Country"));
        assertEquals(List.of("preview.example.com", "*.preview.example.com"), csr.get("DNSNames"));
        assertEquals(List.of("10.0.0.7"), csr.get("IPAddresses"));
        assertEquals(List.of("release@example.com"), csr.get("EmailAddresses"));
        assertEquals("example.com", ((Map<String, Object>) ((List<?>) csr.get("URIs")).getFirst()).get("Host"));
        assertEquals(0, ((Number) csr.get("Version")).intValue(), "OpenSSL: Version: 1 (0x0)");
        assertEquals(4, ((Number) csr.get("SignatureAlgorithm")).intValue(), "Go's SHA256WithRSA");
        assertEquals(1, ((Number) csr.get("PublicKeyAlgorithm")).intValue());
        Map<String, Object> key = (Map<String, Object>) csr.get("PublicKey");
        assertEquals(hexAfter(text, "Modulus:"), new BigInteger(key.get("N").toString()));
        assertEquals(65537, ((Number) key.get("E")).intValue());
        assertEquals(hexAfter(text, "Signature Value:"),
                new BigInteger(1, Base64.getDecoder().decode((String) csr.get("Signature"))));
        List<Map<String, Object>> extensions = (List<Map<String, Object>>) csr.get("Extensions");
        assertEquals(List.of(List.of(2, 5, 29, 17), List.of(2, 5, 29, 15), List.of(2, 5, 29, 37)),
                extensions.stream().map(e -> ((List<?>) e.get("Id")).stream().map(n -> ((Number) n).intValue()).toList())
                        .toList());
        assertEquals(List.of(false, true, false), extensions.stream().map(e -> e.get("Critical")).toList(),
                "OpenSSL: X509v3 Key Usage: critical");
        // Go reads the extension request as an AttributeTypeAndValueSET: each extension's second element is its
        // "value", so the critical key usage's is its BOOLEAN.
        List<Map<String, Object>> attributes = (List<Map<String, Object>>) csr.get("Attributes");
        assertEquals(1, attributes.size());
        List<Map<String, Object>> pairs = (List<Map<String, Object>>) ((List<?>) attributes.getFirst().get("Value"))
                .getFirst();
        assertEquals(true, pairs.get(1).get("Value"));
        String der = Files.readString(DIR.resolve("rsa-san.csr")).replaceAll("-----[A-Z ]+-----|\\s", "");
        assertEquals(der, csr.get("Raw"), "Raw is the whole DER");
        assertEquals(csr.get("ExtraExtensions"), null);
    }

    @Test
    @SuppressWarnings("unchecked")
    void ecAndEd25519RequestsAndAChallengePassword() throws IOException {
        Map<String, Object> ec = parsed("ec.csr");
        assertEquals(11, ((Number) ec.get("SignatureAlgorithm")).intValue(), "Go's ECDSAWithSHA384");
        assertEquals(3, ((Number) ec.get("PublicKeyAlgorithm")).intValue());
        assertEquals(new BigInteger("4989aad3277ccb4fbb8efb02a34cced12e6d81bfa0a830f6f1de45dd59d2f05f", 16),
                new BigInteger(((Map<String, Object>) ec.get("PublicKey")).get("X").toString()), "OpenSSL's pub: 04 X Y");
        assertEquals(List.of("hub.example.com"), ec.get("DNSNames"));

        Map<String, Object> ed = parsed("ed25519.csr");
        assertEquals(16, ((Number) ed.get("SignatureAlgorithm")).intValue(), "Go's PureEd25519");
        assertEquals(4, ((Number) ed.get("PublicKeyAlgorithm")).intValue());
        assertEquals(List.of("Acme"), ((Map<String, Object>) ed.get("Subject")).get("Organization"));
        assertEquals(null, ed.get("Extensions"));
        assertEquals(null, ed.get("DNSNames"));

        Map<String, Object> challenged = parsed("challenge.csr");
        assertEquals("challenged.example.com", ((Map<String, Object>) challenged.get("Subject")).get("CommonName"));
        assertEquals(null, challenged.get("Attributes"),
                "its one attribute, the challenge password (OpenSSL's asn1parse: a SET of a UTF8String), is not an "
                        + "AttributeTypeAndValueSET, so Go's list stays nil");
    }

    @Test
    void base64OfTheDerReadsTheSameAndGarbageIsAnError() throws IOException {
        String pem = Files.readString(DIR.resolve("ec.csr"));
        String der = pem.replaceAll("-----[A-Z ]+-----|\\s", "");
        RegoPolicy policy = RegoPolicy.compile(Map.of("p.rego", """
                package p
                cn := crypto.x509.parse_certificate_request(input.csr).Subject.CommonName
                """));
        assertEquals("hub.example.com", policy.query("data.p.cn = x", Map.of("csr", der), null, true).getFirst().get("x"));
        assertEquals("hub.example.com", policy.query("data.p.cn = x", Map.of("csr",
                Base64.getEncoder().encodeToString(pem.getBytes(StandardCharsets.US_ASCII))), null, true).getFirst().get("x"));
        RegoException garbage = assertThrows(RegoException.class,
                () -> policy.query("data.p.cn = x", Map.of("csr", "foobar"), null, true));
        assertTrue(garbage.getMessage().contains("illegal base64"), garbage.getMessage());
    }
}
