package io.intelgraph.maestro.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.SimpleFileServer;
import io.intelgraph.maestro.config.HudConfig;
import io.intelgraph.maestro.sim.SimFault;
import io.intelgraph.maestro.testing.Fixtures;
import io.intelgraph.maestro.testing.SimHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StatusCommandTest {

    @TempDir
    Path configDir;

    private CliRun run(Map<String, String> extraEnv, String... args) {
        Map<String, String> env = new HashMap<>(extraEnv);
        env.put("MAESTRO_CONFIG_DIR", configDir.toString());
        return CliRun.run(env, "", args);
    }

    @Test
    void withoutTokenOrUrlItReadsTheSimulatorAndSaysSo() throws Exception {
        CliRun result = run(Map.of(), "status", "--json");
        assertEquals(0, result.exit(), result.err());
        JsonNode json = new ObjectMapper().readTree(result.out());
        assertTrue(json.at("/source/simulated").asBoolean());
        assertTrue(json.at("/source/name").asText().startsWith("SIMULATED build plane (seed 42"));
        assertEquals("live", json.at("/source/freshness").asText());
        assertTrue(json.get("tiles").size() > 60);
        JsonNode first = json.get("tiles").get(0);
        assertTrue(first.get("repo").asText().startsWith("intelgraph-sim/"));
        assertEquals("failed", first.get("state").asText(), "failing first by default");
        assertTrue(first.at("/headline/id").asLong() > 0);
        assertEquals("completed", first.at("/headline/status").asText());
    }

    @Test
    void anOrganisationSizedSimulator() throws Exception {
        CliRun result = run(Map.of(), "status", "--json", "--sim-repos", "120", "--sim-branches", "6");
        assertEquals(0, result.exit(), result.err());
        JsonNode json = new ObjectMapper().readTree(result.out());
        assertTrue(json.at("/source/name").asText().contains("120 repositories"), json.at("/source/name").asText());
        Set<String> repos = new HashSet<>();
        json.get("tiles").forEach(t -> repos.add(t.get("repo").asText()));
        assertEquals(120, repos.size());
        int tiles = json.get("tiles").size();
        assertTrue(tiles > 400 && tiles < 560, "about 120 × (1 + 6/2) tiles: " + tiles);
        assertEquals(HudConfig.SimSize.CATALOG.repos(), HudRuntime.simScale(HudConfig.SimSize.CATALOG).repos());
        assertFalse(HudRuntime.simScale(HudConfig.SimSize.CATALOG).custom(), "the default size is the catalog's world");
    }

    @Test
    void itSaysHowFreshEachRepositoryIsHotOrColdAndWhenLastChecked() throws Exception {
        CliRun result = run(Map.of(), "status", "--json");
        assertEquals(0, result.exit(), result.err());
        JsonNode json = new ObjectMapper().readTree(result.out());
        JsonNode repositories = json.get("repositories");
        assertEquals(34, repositories.size());
        Instant takenAt = Instant.parse(json.get("takenAt").asText());
        int hot = 0;
        for (JsonNode repo : repositories) {
            assertTrue(repo.get("repo").asText().startsWith("intelgraph-sim/"));
            String heat = repo.get("heat").asText();
            assertTrue(heat.equals("hot") || heat.equals("cold"), heat);
            hot += heat.equals("hot") ? 1 : 0;
            // One sync: every repository was just checked.
            Duration age = Duration.between(Instant.parse(repo.get("lastChecked").asText()), Instant.now());
            assertTrue(age.compareTo(Duration.ofMinutes(1)) < 0, repo.toString());
            assertEquals(heat.equals("hot") ? 2 : 18, repo.get("checkEverySeconds").asLong(), repo.toString());
            assertFalse(repo.get("why").asText().isEmpty());
        }
        assertTrue(hot > 0 && hot < 34, "some busy, some quiet: " + hot);
        assertTrue(takenAt.isAfter(Instant.EPOCH));

        CliRun table = run(Map.of(), "status");
        String source = table.out().lines().findFirst().orElseThrow();
        assertTrue(source.matches(".* — \\d+ hot repositories checked every 2 s, \\d+ cold every 18 s"), source);
    }

    @Test
    void tableWithFilters() {
        CliRun result = run(Map.of(), "status", "--sim", "--filter", "api-gateway", "--state", "passed,failed,running");
        assertEquals(0, result.exit(), result.err());
        assertTrue(result.out().startsWith("Source: SIMULATED build plane"), result.out());
        assertTrue(result.out().contains("STATE            REPOSITORY"));
        result.out().lines().skip(2).filter(l -> !l.endsWith("tiles") && !l.contains("tiles ("))
                .forEach(line -> assertTrue(line.contains("intelgraph-sim/api-gateway"), line));
    }

    @Test
    void aPlainStaticServerWithGitHubShapedRunsIsEnough() throws Exception {
        Path root = Files.createTempDirectory(configDir, "www");
        Path runs = root.resolve("repos/hub4j-test-org/GHWorkflowRunTest/actions/runs");
        Files.createDirectories(runs.getParent());
        Files.write(runs, Fixtures.bytes("github/rest/runs-with-failure.json"));
        HttpServer server = SimpleFileServer.createFileServer(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                root, SimpleFileServer.OutputLevel.NONE);
        server.start();
        try {
            CliRun result = run(Map.of(), "status", "--json", "--github-api-url",
                    "http://127.0.0.1:" + server.getAddress().getPort(), "--repo", "hub4j-test-org/GHWorkflowRunTest");
            assertEquals(0, result.exit(), result.err());
            JsonNode json = new ObjectMapper().readTree(result.out());
            assertFalse(json.at("/source/simulated").asBoolean());
            JsonNode tiles = json.get("tiles");
            assertEquals(1, tiles.size(), "all six runs are on main");
            JsonNode tile = tiles.get(0);
            assertEquals("hub4j-test-org/GHWorkflowRunTest", tile.get("repo").asText());
            assertEquals("main", tile.get("branch").asText());
            assertEquals("failed", tile.get("state").asText());
            // The latest run of each of the five workflows; the headline is the one that failed.
            assertEquals(5, tile.get("runs").size());
            JsonNode failing = tile.get("headline");
            assertEquals("Failing workflow", failing.get("workflow").asText());
            assertEquals(6804432018L, failing.get("id").asLong());
            assertEquals("failure", failing.get("conclusion").asText());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aBranchNameWithEscapesFromRecordedDataPrintsEscaped() throws Exception {
        Path root = Files.createTempDirectory(configDir, "www");
        Path runs = root.resolve("repos/hub4j-test-org/GHWorkflowRunTest/actions/runs");
        Files.createDirectories(runs.getParent());
        ObjectMapper json = new ObjectMapper();
        var recorded = (ObjectNode) json.readTree(Fixtures.bytes("github/rest/runs-with-failure.json"));
        recorded.get("workflow_runs").forEach(run -> ((ObjectNode) run)
                .put("head_branch", "main\u001b[2J\nFAILED  forged"));
        json.writeValue(runs.toFile(), recorded);
        HttpServer server = SimpleFileServer.createFileServer(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                root, SimpleFileServer.OutputLevel.NONE);
        server.start();
        try {
            CliRun result = run(Map.of(), "status", "--github-api-url",
                    "http://127.0.0.1:" + server.getAddress().getPort(), "--repo", "hub4j-test-org/GHWorkflowRunTest");
            assertEquals(0, result.exit(), result.err());
            assertFalse(result.out().contains("\u001b"), result.out());
            assertTrue(result.out().lines().noneMatch(l -> l.startsWith("FAILED  forged")), result.out());
            assertTrue(result.out().contains("main\\u001B[2J\\nFAILED  forg…"), "escaped, then cut: " + result.out());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void unknownRepositoryExitsOneWithTheReason() {
        CliRun result = run(Map.of(), "status", "--sim-seed", "1", "--sim", "--json");
        assertEquals(0, result.exit());
        try (var sim = new SimHarness(1)) {
            CliRun missing = run(Map.of("GITHUB_TOKEN", SimHarness.TOKEN), "status",
                    "--github-api-url", sim.server.baseUrl().toString(), "--repo", "intelgraph-sim/nope");
            assertEquals(1, missing.exit());
            assertTrue(missing.err().contains("error: Not found: GET /repos/intelgraph-sim/nope/actions/runs (404)"),
                    missing.err());
            assertTrue(missing.out().contains("! intelgraph-sim/nope: Not found"), missing.out());

            CliRun badToken = run(Map.of("GITHUB_TOKEN", "wrong"), "status", "--github-api-url",
                    sim.server.baseUrl().toString(), "--org", "intelgraph-sim");
            assertEquals(1, badToken.exit());
            assertTrue(badToken.err().contains("GitHub rejected the token from GITHUB_TOKEN (401 Bad credentials)"),
                    badToken.err());
            assertFalse(badToken.out().contains("wrong") || badToken.err().contains("wrong"), "token not printed");
        }
    }

    @Test
    void rateLimitAndMalformedAnswersExitOneWithTheReason() {
        try (var sim = new SimHarness(1)) {
            Map<String, String> token = Map.of("GITHUB_TOKEN", SimHarness.TOKEN);
            String url = sim.server.baseUrl().toString();
            sim.server.inject(SimFault.secondaryRateLimit("/repos/", 60, 1));
            CliRun limited = run(token, "status", "--github-api-url", url, "--repo", "intelgraph-sim/api-gateway");
            assertEquals(1, limited.exit());
            assertTrue(limited.err().contains("GitHub secondary rate limit on GET /repos/intelgraph-sim/api-gateway/actions/runs:"
                    + " waiting 60 s (Retry-After)"), limited.err());

            sim.server.inject(SimFault.malformedJson("/repos/", 1));
            CliRun malformed = run(token, "status", "--json", "--github-api-url", url, "--repo", "intelgraph-sim/api-gateway");
            assertEquals(1, malformed.exit());
            assertTrue(malformed.err().contains("Malformed JSON from GET /repos/intelgraph-sim/api-gateway/actions/runs"),
                    malformed.err());
            assertTrue(malformed.out().contains("\"scope\" : \"intelgraph-sim/api-gateway\""), malformed.out());
        }
    }

    @Test
    void connectionRefusedExitsOneWithTheReason() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        CliRun result = run(Map.of(), "status", "--github-api-url", "http://127.0.0.1:" + port, "--repo", "a/b");
        assertEquals(1, result.exit());
        assertTrue(result.err().contains("Cannot reach http://127.0.0.1:" + port + " (connection refused)"), result.err());
        assertTrue(result.out().contains("STALE"), result.out());
    }

    @Test
    void aUrlWithoutTokenNeedsATarget() {
        CliRun result = run(Map.of(), "status", "--github-api-url", "http://127.0.0.1:9");
        assertEquals(2, result.exit());
        assertTrue(result.err().contains("Name what to watch: --org OWNER or --repo OWNER/NAME"), result.err());
    }

    @Test
    void aTokenAloneWatchesTheTokenUsersRepositories() throws Exception {
        try (var sim = new SimHarness(3)) {
            CliRun result = run(Map.of("GITHUB_TOKEN", SimHarness.TOKEN), "status", "--json",
                    "--github-api-url", sim.server.baseUrl().toString());
            assertEquals(0, result.exit(), result.err());
            JsonNode json = new ObjectMapper().readTree(result.out());
            assertTrue(json.get("tiles").size() > 60, "all 34 repositories of the simulated user");
            assertTrue(json.at("/source/name").asText().contains("(token from GITHUB_TOKEN)"), json.at("/source/name").asText());
        }
    }

    @Test
    void helpEverywhere() {
        CliRun top = run(Map.of(), "--help");
        assertEquals(0, top.exit());
        assertTrue(top.out().contains("status") && top.out().contains("policy"), top.out());
        assertFalse(top.out().contains("gui"), "the core has no JavaFX, so no gui: src/hud adds it");
        CliRun status = run(Map.of(), "status", "--help");
        assertTrue(status.out().contains("--github-api-url") && status.out().contains("--json"));
    }

    @Test
    void withoutTheHudModuleNoSubcommandPrintsTheUsage() {
        CliRun bare = run(Map.of());
        assertEquals(2, bare.exit());
        assertTrue(bare.err().contains("Usage: maestro"), bare.err());
    }
}
