package io.intelgraph.maestro.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code slo} against the simulator: checkout-web's warm CI builds regress after a dependency bump
 * on main, and a raised target in config.properties takes the breach away.
 */
class SloCommandTest {

    @TempDir
    Path configDir;

    private CliRun run(String... args) {
        return CliRun.run(Map.of("MAESTRO_CONFIG_DIR", configDir.toString()), "", args);
    }

    private static JsonNode workflow(JsonNode root, String repo, String name) {
        for (JsonNode w : root.get("workflows")) {
            if (w.get("repo").asText().equals(repo) && w.get("workflow").asText().equals(name)) {
                return w;
            }
        }
        throw new AssertionError(repo + " · " + name + " not listed");
    }

    @Test
    void aRegressionAfterADependencyBumpBreachesTheWarmTarget() throws Exception {
        CliRun json = run("slo", "--sim", "--repo", "intelgraph-sim/checkout-web", "--json");
        assertEquals(3, json.exit(), "a breach is exit 3: " + json.err());
        JsonNode root = new ObjectMapper().readTree(json.out());
        JsonNode ci = workflow(root, "intelgraph-sim/checkout-web", "CI");
        assertTrue(ci.at("/warm/breached").asBoolean(), ci.toString());
        assertEquals(300, ci.at("/warm/targetSeconds").asInt());
        assertEquals(900, ci.at("/cold/targetSeconds").asInt());
        assertTrue(ci.at("/warm/p95Seconds").asInt() > 300);
        assertTrue(ci.at("/cold/runs").asInt() > 0 && ci.at("/warm/runs").asInt() > 0, "both kinds are seen: caches warm again");
        List<String> mainBreaches = new ArrayList<>();
        ci.get("breaches").forEach(b -> {
            if (b.get("branch").asText().equals("main") && b.get("kind").asText().equals("warm")) {
                mainBreaches.add(b.get("mark").asText());
            }
        });
        assertTrue(mainBreaches.size() >= 2, "the warm builds after the bump: " + ci.get("breaches"));
        assertTrue(ci.at("/queue/p50Seconds").asInt() > 0, "queue time from the jobs' start");
        assertEquals(0, root.get("errors").size());

        CliRun text = run("slo", "--sim", "--repo", "intelgraph-sim/checkout-web");
        assertTrue(text.out().contains("intelgraph-sim/checkout-web · CI"), text.out());
        assertTrue(text.out().contains("✕ BREACHED"), text.out());
        assertTrue(text.out().lines().anyMatch(l -> l.startsWith("  ⏱ ") && l.contains("CI #") && l.contains("(warm, main)")
                && l.endsWith("changed since run #" + l.replaceAll(".*since run #", ""))), text.out());
    }

    @Test
    void aTargetFromTheConfigFileApplies() throws Exception {
        Files.writeString(configDir.resolve("config.properties"),
                "slo.intelgraph-sim/checkout-web/CI.warm-minutes = 60\nslo.intelgraph-sim/checkout-web.cold-minutes = 60\n");
        CliRun json = run("slo", "--sim", "--repo", "intelgraph-sim/checkout-web", "--json");
        JsonNode ci = workflow(new ObjectMapper().readTree(json.out()), "intelgraph-sim/checkout-web", "CI");
        assertEquals(3600, ci.at("/warm/targetSeconds").asInt());
        assertFalse(ci.get("breached").asBoolean(), ci.toString());
    }
}
