package io.intelgraph.maestro.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.intelgraph.maestro.release.RecordedGitHub;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code release plan} against api.github.com's recorded answers (hub4j/github-api's recordings). */
class RecordedReleasePlanTest {

    @TempDir
    Path configDir;

    private final RecordedGitHub github = new RecordedGitHub();

    @AfterEach
    void close() {
        github.close();
    }

    @Test
    void nineCommitsWithoutTheConventionSinceTheLatestTagAreNothingToRelease() throws Exception {
        CliRun run = CliRun.run(Map.of("MAESTRO_CONFIG_DIR", configDir.toString()), "", "release", "plan",
                "--github-api-url", github.baseUrl().toString(), "--repo", "hub4j-test-org/github-api", "--json");
        JsonNode plan = new ObjectMapper().readTree(run.out()).at("/plans/0");
        assertEquals("NOTHING TO RELEASE", plan.get("verdict").asText(), run.out() + run.err());
        assertEquals("github-api-1.95", plan.get("base").asText(), "the highest tag read as a version");
        assertEquals("github-api-1.95", plan.get("latestTag").asText());
        assertTrue(plan.get("latestRelease").isNull(), "releases/latest answers 404");
        assertEquals(9, plan.get("commits").asInt());
        assertEquals(9, plan.at("/changelog/unconventional").size(), "listed, not dropped");
        assertEquals("no type prefix such as \"feat:\" or \"fix(parser):\"", plan.at("/changelog/unconventional/0/problem").asText());
        assertEquals(0, run.exit(), run.err());
        assertTrue(github.requests().stream().anyMatch(r -> r.startsWith("GET /repos/hub4j-test-org/github-api/compare/github-api-1.95...main")),
                github.requests().toString());
    }
}
