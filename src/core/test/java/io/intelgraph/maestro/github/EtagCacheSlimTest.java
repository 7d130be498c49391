package io.intelgraph.maestro.github;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.intelgraph.maestro.model.repo.RepoId;
import io.intelgraph.maestro.testing.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the ETag cache keeps of a body maps as the body does, on GitHub's own answers (SOURCE.md). */
class EtagCacheSlimTest {

    private static final RepoId FALLBACK = RepoId.parse("fallback/repo");

    private static JsonNode read(String resource) throws Exception {
        return new ObjectMapper().readTree(Fixtures.bytes(resource));
    }

    private static <T> List<T> map(JsonNode body, String array, Function<PayloadNode, T> mapper) {
        return PayloadNode.root(body, "response").array(array).stream().map(mapper).toList();
    }

    private static <T> List<T> mapRoot(JsonNode body, Function<PayloadNode, T> mapper) {
        return PayloadNode.root(body, "response").elements().stream().map(mapper).toList();
    }

    @Test
    void runsMapTheSameFromTheSlimmedBodyWhichIsAThirdOfTheSize() throws Exception {
        for (String file : List.of("runs-with-failure.json", "runs-success-cancelled.json", "runs-in-progress.json")) {
            JsonNode body = read("github/rest/" + file);
            JsonNode slim = EtagCache.slim(body);
            assertEquals(map(body, "workflow_runs", r -> RestMapper.run(r, FALLBACK)),
                    map(slim, "workflow_runs", r -> RestMapper.run(r, FALLBACK)), file);
            assertTrue(slim.toString().length() * 3 < body.toString().length(),
                    file + ": " + slim.toString().length() + " of " + body.toString().length() + " characters kept");
        }
    }

    @Test
    void whatIsKeptIsCompressedAndReadsBackAsTheSlimmedBody() throws Exception {
        JsonNode body = read("github/rest/runs-with-failure.json");
        EtagCache.Cached kept = EtagCache.Cached.of("\"etag\"", body, Optional.empty());
        assertEquals(EtagCache.slim(body), kept.body());
        assertEquals(map(body, "workflow_runs", r -> RestMapper.run(r, FALLBACK)),
                map(kept.body(), "workflow_runs", r -> RestMapper.run(r, FALLBACK)));
        assertTrue(kept.compressedBody().length * 10 < body.toString().length(),
                kept.compressedBody().length + " bytes kept of " + body.toString().length());
    }

    @Test
    void pullRequestsJobsAndArtifactsMapTheSame() throws Exception {
        JsonNode pulls = read("github/rest/pulls-two-open.json");
        assertEquals(mapRoot(pulls, p -> RestMapper.pullRequest(p, FALLBACK)),
                mapRoot(EtagCache.slim(pulls), p -> RestMapper.pullRequest(p, FALLBACK)));
        JsonNode jobs = read("github/rest/jobs-two-with-steps.json");
        assertEquals(map(jobs, "jobs", RestMapper::job), map(EtagCache.slim(jobs), "jobs", RestMapper::job));
        JsonNode artifacts = read("github/rest/artifacts-two.json");
        assertEquals(map(artifacts, "artifacts", RestMapper::artifact),
                map(EtagCache.slim(artifacts), "artifacts", RestMapper::artifact));
    }
}
