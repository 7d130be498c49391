package io.intelgraph.maestro.rego;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Go's base64.StdEncoding.DecodeString as OPA's crypto builtins meet it: the error names the byte where decoding
 * stopped (Go's CorruptInputError), an illegal character at its own offset, a short last quantum at its start.
 */
class GoBase64Test {

    @Test
    void decodingIgnoresLineBreaksAndNamesTheByteWhereItStops() {
        assertArrayEquals("AAAAAA".getBytes(), GoBase64.std("QUFB\r\nQUFB"));
        assertEquals("illegal base64 data at input byte 3",
                assertThrows(RegoException.class, () -> GoBase64.std("abc!defg")).getMessage());
        assertEquals("illegal base64 data at input byte 4",
                assertThrows(RegoException.class, () -> GoBase64.std("QUFB\nQQ")).getMessage());
    }

    @Test
    void certificatesGivenAsBase64ReportGosOffset() {
        RegoPolicy policy = RegoPolicy.compile(Map.of("p.rego", """
                package p
                certs := crypto.x509.parse_certificates(input.text)
                """));
        // Go stops at the '!' (byte 3); the engine used to name the end of the last whole quantum (byte 8).
        RegoException error = assertThrows(RegoException.class,
                () -> policy.query("data.p.certs = x", Map.of("text", "abc!defg"), null, true));
        assertTrue(error.getMessage().contains("illegal base64 data at input byte 3"), error.getMessage());
    }
}
