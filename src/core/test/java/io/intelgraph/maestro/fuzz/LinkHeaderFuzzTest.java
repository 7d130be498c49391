package io.intelgraph.maestro.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.intelgraph.maestro.github.LinkHeader;
import org.junit.jupiter.api.Timeout;

import java.net.URI;
import java.nio.charset.StandardCharsets;

/** Any Link header a server sends gives a next page, none, or the documented InvalidTarget; never another exception. */
class LinkHeaderFuzzTest {

    private static final URI REQUEST = URI.create("https://api.github.com/orgs/o/repos?per_page=100");

    @FuzzTest(maxDuration = "2m")
    @Timeout(5)
    void next(byte[] header) throws Exception {
        Contract.holds(() -> LinkHeader.next(new String(header, StandardCharsets.UTF_8), REQUEST),
                LinkHeader.InvalidTarget.class);
    }
}
