package io.intelgraph.maestro.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.intelgraph.maestro.github.MalformedPayloadException;
import io.intelgraph.maestro.github.RestShapes;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;

/**
 * Any JSON a GitHub REST endpoint could answer, mapped as every object shape the client reads
 * (repository, run, job, pull request, check run and suite, release, deployment, alert, artifact):
 * model records, or MalformedPayloadException naming the field — never another exception.
 */
class RestMapperFuzzTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @FuzzTest(maxDuration = "2m")
    @Timeout(5)
    void map(byte[] body) throws Exception {
        JsonNode tree;
        try {
            tree = JSON.readTree(body);
        } catch (IOException notJson) {
            return; // GitHubHttp.parseJson answers that with a GitHubException before any mapping
        }
        Contract.holds(() -> RestShapes.mapEveryShape(tree), MalformedPayloadException.class);
    }
}
