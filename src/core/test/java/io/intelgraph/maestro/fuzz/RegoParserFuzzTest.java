package io.intelgraph.maestro.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.intelgraph.maestro.rego.RegoException;
import io.intelgraph.maestro.rego.RegoPolicy;
import org.junit.jupiter.api.Timeout;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Any .rego source through the Lexer and Parser (and the compile checks after them): a policy, or
 * RegoException naming the file, line and problem — never a stack overflow or another exception.
 */
class RegoParserFuzzTest {

    @FuzzTest(maxDuration = "2m")
    @Timeout(5)
    void compile(byte[] source) throws Exception {
        Contract.holds(() -> RegoPolicy.compile(Map.of("fuzz.rego", new String(source, StandardCharsets.UTF_8))),
                RegoException.class);
    }
}
