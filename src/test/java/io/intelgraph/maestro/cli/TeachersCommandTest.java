package io.intelgraph.maestro.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TeachersCommandTest {

    @TempDir
    Path configDir;

    @Test
    void registerUpdateRetireFromTheCommandLine() throws Exception {
        Map<String, String> env = Map.of("MAESTRO_CONFIG_DIR", configDir.toString());
        Path profile = configDir.resolve("previews.json");
        Files.writeString(profile, """
                {"name": "preview-health", "version": "1.0.0", "ensembleWeight": 0.5,
                 "weights": {"PREVIEW_UNHEALTHY": 1}, "thresholds": {"PREVIEW_UNHEALTHY": 0.5},
                 "badMix": {"HOLD": 0.6, "INVESTIGATE": 0.4}}
                """);
        CliRun registered = CliRun.run(env, "", "teachers", "register", profile.toString());
        assertEquals(0, registered.exit(), registered.err());
        assertEquals("Registered preview-health 1.0.0\n", registered.out());

        CliRun again = CliRun.run(env, "", "teachers", "update", profile.toString());
        assertEquals(3, again.exit());
        assertTrue(again.err().startsWith("refused: preview-health is at version 1.0.0 already"), again.err());

        Path broken = configDir.resolve("broken.json");
        Files.writeString(broken, "{\"name\": \"x\", \"version\": \"1\", \"ensembleWeight\": 1, \"weights\": {\"NOPE\": 1}}");
        CliRun refused = CliRun.run(env, "", "teachers", "register", broken.toString());
        assertEquals(3, refused.exit());
        assertTrue(refused.err().contains("not a teacher profile"), refused.err());

        CliRun retired = CliRun.run(env, "", "teachers", "retire", "velocity");
        assertEquals("Retired velocity; in force: reliability, flakiness, security, preview-health\n", retired.out());
        CliRun list = CliRun.run(env, "", "teachers", "list");
        assertEquals(4, list.out().lines().count(), list.out());
        assertTrue(list.out().lines().anyMatch(l -> l.startsWith("preview-health   1.0.0    weight 0.50")), list.out());
    }
}
