package io.intelgraph.maestro.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.intelgraph.maestro.github.LinkHeader;
import org.junit.jupiter.api.Timeout;

import java.nio.charset.StandardCharsets;

/** Any Link header a server sends gives a next page or none, never an exception. */
class LinkHeaderFuzzTest {

    @FuzzTest(maxDuration = "2m")
    @Timeout(5)
    void next(byte[] header) throws Exception {
        Contract.holds(() -> LinkHeader.next(new String(header, StandardCharsets.UTF_8)));
    }
}
