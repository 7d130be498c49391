package io.intelgraph.maestro.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.intelgraph.maestro.hub.Hub;
import io.intelgraph.maestro.model.build.Conclusion;
import io.intelgraph.maestro.model.build.RunStatus;
import io.intelgraph.maestro.store.BuildPlane;
import io.intelgraph.maestro.store.SourceHealth;
import io.intelgraph.maestro.testing.Runs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code status --hub}: the hub's tiles, not GitHub's, and a plain error when the hub cannot be reached. */
class StatusFromHubTest {

    @TempDir
    Path configDir;

    @Test
    void statusWithHubPrintsTheHubsTiles() throws Exception {
        try (BuildPlane plane = new BuildPlane(Clock.systemUTC(), SourceHealth.connecting("hub's plane", false));
                Hub hub = Hub.start(Hub.Settings.loopback(0), plane, Hub.Sources.none(), Clock.systemUTC())) {
            plane.putRun(Runs.run(1, "acme/api", "main", "CI", RunStatus.COMPLETED, Conclusion.FAILURE, 1));
            String url = hub.server().baseUrl().replace("http://", "ws://");

            CliRun result = CliRun.run(Map.of("MAESTRO_CONFIG_DIR", configDir.toString()), "", "status", "--hub", url,
                    "--json");
            assertEquals(0, result.exit(), result.err());
            JsonNode json = new ObjectMapper().readTree(result.out());
            assertTrue(json.at("/source/name").asText().startsWith("hub " + url + " ← hub's plane"),
                    json.at("/source/name").asText());
            assertEquals(1, json.get("tiles").size());
            assertEquals("acme/api", json.get("tiles").get(0).get("repo").asText());

            CliRun fromEnv = CliRun.run(Map.of("MAESTRO_CONFIG_DIR", configDir.toString(), "MAESTRO_HUB_URL", url), "",
                    "status");
            assertEquals(0, fromEnv.exit(), fromEnv.err());
            assertTrue(fromEnv.out().contains("acme/api"), fromEnv.out());
        }
    }

    @Test
    void anUnreachableHubIsExitOneWithTheReason() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        CliRun result = CliRun.run(Map.of("MAESTRO_CONFIG_DIR", configDir.toString()), "", "status", "--hub",
                "ws://127.0.0.1:" + port);
        assertEquals(1, result.exit(), result.out());
        assertTrue(result.err().contains("cannot reach the hub ws://127.0.0.1:" + port), result.err());
    }

    @Test
    void aHubUrlThatIsNotWebSocketOrWebIsRefused() {
        CliRun result = CliRun.run(Map.of("MAESTRO_CONFIG_DIR", configDir.toString()), "", "status", "--hub",
                "ftp://example.com");
        assertTrue(result.exit() != 0);
        assertTrue(result.err().contains("--hub"), result.err());
    }
}
