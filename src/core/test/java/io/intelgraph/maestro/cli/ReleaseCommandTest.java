package io.intelgraph.maestro.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code release plan} and {@code release create --draft} against the simulator. */
class ReleaseCommandTest {

    @TempDir
    Path configDir;

    private CliRun run(String stdin, String... args) {
        Map<String, String> env = new HashMap<>();
        env.put("MAESTRO_CONFIG_DIR", configDir.toString());
        env.put("USER", "rm");
        return CliRun.run(env, stdin, args);
    }

    @Test
    void planOfOneRepositoryAsTextAndJson() throws Exception {
        CliRun text = run("", "release", "plan", "--sim", "--repo", "intelgraph-sim/auth-service");
        assertTrue(text.out().startsWith("Source: SIMULATED build plane"), text.out());
        assertTrue(text.out().contains("intelgraph-sim/auth-service  "), text.out());
        assertTrue(text.out().contains("v1.0.0"), "a breaking change before 1.0 reaches 1.0.0: " + text.out());
        assertTrue(text.out().contains("Default branch green — "), text.out());
        assertTrue(text.out().contains("SKIPPED  Previews of the release's PRs — previews are checked by the HUD"), text.out());
        assertTrue(text.out().contains("Not following the convention\n    - Merge pull request #"), text.out());

        CliRun json = run("", "release", "plan", "--sim", "--repo", "intelgraph-sim/auth-service", "--json");
        JsonNode plan = new ObjectMapper().readTree(json.out()).at("/plans/0");
        assertEquals("intelgraph-sim/auth-service", plan.get("repo").asText());
        assertEquals("v1.0.0", plan.get("nextTag").asText());
        assertEquals("major", plan.get("bump").asText());
        assertEquals("v0.9.3", plan.get("base").asText());
        assertEquals(5, plan.get("checks").size());
        assertTrue(plan.at("/changelog/breaking/0/header").asText().startsWith("fix(auth): reject tokens without an audience"));
        assertTrue(plan.get("notes").asText().startsWith("## v1.0.0 (since v0.9.3)"));
        assertEquals(json.exit() == 0, plan.get("ready").asBoolean(), "exit 0 only when ready: " + json.exit());
    }

    @Test
    void createAsksForTheTagAndMakesADraftOnlyWhenItIsTyped() throws Exception {
        CliRun cancelled = run("v5.0.0x\n", "release", "create", "--draft", "--sim", "--repo", "intelgraph-sim/catalog-service");
        assertEquals(1, cancelled.exit());
        assertTrue(cancelled.out().contains("Type v5.0.0 to confirm: "), cancelled.out());
        assertTrue(cancelled.err().contains("Cancelled: nothing was created."), cancelled.err());
        assertFalse(Files.exists(configDir.resolve("audit.log")), "nothing done, nothing audited");

        CliRun created = run("v5.0.0\n", "release", "create", "--draft", "--sim", "--repo", "intelgraph-sim/catalog-service");
        assertEquals(0, created.exit(), created.err());
        assertTrue(created.out().contains("Created draft release v5.0.0: https://github.sim.local/intelgraph-sim/catalog-service/releases/edit/untagged-v5.0.0"),
                created.out());
        String audit = Files.readString(configDir.resolve("audit.log"));
        assertTrue(audit.contains("\"actor\":\"rm@cli\""), audit);
        assertTrue(audit.contains("\"action\":\"release.create-draft\""), audit);
    }

    @Test
    void createNeedsDraftAndOneRepository() {
        CliRun noDraft = run("", "release", "create", "--sim", "--repo", "intelgraph-sim/catalog-service");
        assertEquals(2, noDraft.exit());
        assertTrue(noDraft.err().contains("Missing required option: '--draft'"), noDraft.err());
        CliRun noRepo = run("", "release", "create", "--draft", "--sim");
        assertEquals(1, noRepo.exit());
        assertTrue(noRepo.err().contains("name the one repository to release: --repo OWNER/NAME"), noRepo.err());
        CliRun noTerminal = CliRun.run(Map.of("MAESTRO_CONFIG_DIR", configDir.toString()), "",
                "release", "create", "--draft", "--sim", "--repo", "intelgraph-sim/catalog-service");
        assertEquals(1, noTerminal.exit());
        assertTrue(noTerminal.err().contains("no answer (no terminal): pass --yes"), noTerminal.err());
    }
}
