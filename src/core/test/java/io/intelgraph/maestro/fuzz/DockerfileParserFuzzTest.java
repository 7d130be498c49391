package io.intelgraph.maestro.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.intelgraph.maestro.policy.DockerfileParser.DockerfileException;
import io.intelgraph.maestro.policy.DockerfileParser;
import org.junit.jupiter.api.Timeout;

import java.nio.charset.StandardCharsets;

/** Any Dockerfile text: conftest's instruction list, or DockerfileException naming the line. */
class DockerfileParserFuzzTest {

    private final DockerfileParser parser = new DockerfileParser();

    @FuzzTest(maxDuration = "2m")
    @Timeout(5)
    void parse(byte[] dockerfile) throws Exception {
        Contract.holds(() -> parser.parse(new String(dockerfile, StandardCharsets.UTF_8)), DockerfileException.class);
    }
}
