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

/**
 * {@code slo --repo} against api.github.com's recorded answers: hub4j/github-api's GHWorkflowRunTest
 * recording of twenty successful workflow_dispatch runs of two workflows, of which GitHub answered the
 * jobs of one (the others' jobs were not recorded: 404 here, as GitHub answers for a deleted run).
 */
class RecordedSloTest {

    @TempDir
    Path configDir;

    private final RecordedGitHub github = new RecordedGitHub();

    @AfterEach
    void close() {
        github.close();
    }

    private CliRun slo(String... more) {
        String[] args = new String[5 + more.length];
        System.arraycopy(new String[] {"slo", "--github-api-url", github.baseUrl().toString(), "--repo",
                "hub4j-test-org/GHWorkflowRunTest"}, 0, args, 0, 5);
        System.arraycopy(more, 0, args, 5, more.length);
        return CliRun.run(Map.of("MAESTRO_CONFIG_DIR", configDir.toString()), "", args);
    }

    private static JsonNode workflow(JsonNode root, String name) {
        for (JsonNode w : root.get("workflows")) {
            if (w.get("workflow").asText().equals(name)) {
                return w;
            }
        }
        throw new AssertionError(name + " not listed in " + root);
    }

    @Test
    void aRepositoryNamedWithRepoIsMeasuredFromItsRecordedRunsAndJobs() throws Exception {
        CliRun run = slo("--json");
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertEquals(0, run.exit(), run.out() + run.err());
        assertEquals(0, root.get("errors").size(), "a run whose jobs are gone costs its critical path, not the repository");
        assertEquals(2, root.get("workflows").size());

        // Artifacts workflow: five runs of one commit, 18 s (the first: nothing earlier to restore a cache from),
        // then 17, 14, 15, 16 s from created_at to updated_at (no job timings recorded).
        JsonNode artifacts = workflow(root, "Artifacts workflow");
        assertEquals(1, artifacts.at("/cold/runs").asInt());
        assertEquals(18, artifacts.at("/cold/p50Seconds").asInt());
        assertEquals(4, artifacts.at("/warm/runs").asInt());
        assertEquals(15, artifacts.at("/warm/p50Seconds").asInt(), "nearest rank: the 2nd of 14, 15, 16, 17");
        assertEquals(17, artifacts.at("/warm/p95Seconds").asInt());
        assertTrue(artifacts.at("/queue/p50Seconds").isNull(), "no job timings, so no queue time");

        // Multi jobs workflow: fifteen runs; the slowest warm one took 28 s (12:51:47 → 12:52:15), and the
        // latest one's two jobs started 9 s after the run was created.
        JsonNode multi = workflow(root, "Multi jobs workflow");
        assertEquals(1, multi.at("/cold/runs").asInt());
        assertEquals(17, multi.at("/cold/p50Seconds").asInt());
        assertEquals(14, multi.at("/warm/runs").asInt());
        assertEquals(16, multi.at("/warm/p50Seconds").asInt());
        assertEquals(28, multi.at("/warm/p95Seconds").asInt());
        assertEquals(9, multi.at("/queue/p50Seconds").asInt());
        assertEquals(300, multi.at("/warm/targetSeconds").asInt(), "the default warm target");
        assertEquals(false, multi.get("breached").asBoolean());

        assertTrue(github.requests().contains("GET /repos/hub4j-test-org/GHWorkflowRunTest"),
                "the default branch of a repository named with --repo is read from the repository: " + github.requests());
        assertTrue(github.requests().contains(
                "GET /repos/hub4j-test-org/GHWorkflowRunTest/actions/runs/719643947/jobs?filter=latest&per_page=100"));
    }

    @Test
    void theTableNamesTheSourceAndEveryWorkflow() {
        CliRun run = slo();
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("Artifacts workflow"), run.out());
        assertTrue(run.out().contains("Multi jobs workflow"), run.out());
        assertTrue(run.out().startsWith("Source: "), run.out());
    }
}
