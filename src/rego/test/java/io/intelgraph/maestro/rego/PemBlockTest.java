package io.intelgraph.maestro.rego;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** PEM blocks as Go's pem.Decode finds them; a hostile text of unclosed blocks is read in one pass. */
class PemBlockTest {

    @Test
    void blocksAreFoundInOrderWithTheirEnds() {
        String text = "junk\n-----BEGIN A-----\nQUFB\n-----END A-----\n-----BEGIN B-----\r\nQkJC\n-----END B-----";
        PemBlock first = PemBlock.find(text, 0).orElseThrow();
        assertEquals(List.of("A", "QUFB\n"), List.of(first.type(), first.body()));
        PemBlock second = PemBlock.find(text, first.end()).orElseThrow();
        assertEquals(List.of("B", "QkJC\n"), List.of(second.type(), second.body()));
        assertEquals(text.length(), second.end(), "nothing follows the last END line");
        assertEquals(Optional.empty(), PemBlock.find(text, second.end()));
        assertEquals(Optional.empty(), PemBlock.find("-----BEGIN A-----\nQUFB\n-----END B-----\n", 0),
                "an END of another type closes nothing");
    }

    @Test
    void thousandsOfUnclosedBlocksInAPolicysInputAreReadAtOnce() {
        // 20,000 BEGIN lines and no END, 640 KB: a backtracking pattern read the rest again from each one (46 s).
        String hostile = "-----BEGIN CERTIFICATE-----\nAAAA\n".repeat(20_000);
        assertEquals(Optional.empty(), PemBlock.find(hostile, 0));
        RegoPolicy policy = RegoPolicy.compile(Map.of("p.rego", """
                package p
                certs := crypto.x509.parse_certificates(input.pem)
                """));
        // No block is whole, so there is no certificate, as with Go's pem.Decode and x509.ParseCertificates.
        assertEquals(List.of(Map.of("x", List.of())), policy.query("data.p.certs = x", Map.of("pem", hostile), null,
                true));
    }
}
