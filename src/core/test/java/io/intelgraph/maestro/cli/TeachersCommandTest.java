package io.intelgraph.maestro.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

    @Test
    void aNameWithAnEscapeOrANewlineIsRefusedNamingTheField() throws Exception {
        Map<String, String> env = Map.of("MAESTRO_CONFIG_DIR", configDir.toString());
        Path profile = configDir.resolve("evil.json");
        Files.writeString(profile, """
                {"name": "x\\u001b[2J\\nRegistered admin 9.9.9", "version": "1.0.0", "ensembleWeight": 0.5,
                 "weights": {"PREVIEW_UNHEALTHY": 1}, "thresholds": {"PREVIEW_UNHEALTHY": 0.5},
                 "badMix": {"HOLD": 1}}
                """);
        CliRun refused = CliRun.run(env, "", "teachers", "register", profile.toString());
        assertEquals(3, refused.exit(), refused.out());
        assertTrue(refused.err().contains("name must be"), refused.err());
        assertTrue(refused.err().contains("x\\u001B[2J\\nRegistered admin 9.9.9"), "shown escaped: " + refused.err());
        assertEquals(1, refused.err().lines().count(), refused.err());
        assertFalse(refused.err().contains("\u001b"), refused.err());
        assertFalse(Files.exists(configDir.resolve("teachers.json")), "nothing saved");
    }

    @Test
    void aStoredTeacherWithABadNameIsAnErrorAndIsNotPrintedRaw() throws Exception {
        Map<String, String> env = Map.of("MAESTRO_CONFIG_DIR", configDir.toString());
        Files.writeString(configDir.resolve("teachers.json"), """
                {"teachers": [{"name": "ok", "version": "1", "ensembleWeight": 1,
                  "weights": {"FAILURE_RATE": 1}, "thresholds": {"FAILURE_RATE": 0.2}, "badMix": {"HOLD": 1}},
                 {"name": "\\u001b[31mforged\\nsecurity 2.0.0", "version": "1", "ensembleWeight": 1,
                  "weights": {"FAILURE_RATE": 1}, "thresholds": {"FAILURE_RATE": 0.2}, "badMix": {"HOLD": 1}}]}
                """);
        for (String[] args : new String[][] {{"teachers", "list"}, {"distill", "--signals", writeSignals().toString()}}) {
            CliRun run = CliRun.run(env, "", args);
            assertEquals(3, run.exit(), String.join(" ", args) + ": " + run.out() + run.err());
            assertTrue(run.err().contains("teachers[1].name must be"), run.err());
            assertFalse(run.out().contains("\u001b") || run.err().contains("\u001b"), run.out() + run.err());
            assertEquals(1, run.err().lines().count(), run.err());
        }
    }

    @Test
    void nonFiniteNumbersAreRefusedNamingTheFieldOnRegisterAndInTheStoredFile() throws Exception {
        Map<String, String> env = Map.of("MAESTRO_CONFIG_DIR", configDir.toString());
        Path profile = configDir.resolve("nan.json");
        Files.writeString(profile, """
                {"name": "nan-mix", "version": "1.0.0", "ensembleWeight": 1,
                 "weights": {"FAILURE_RATE": 1}, "thresholds": {"FAILURE_RATE": 0.2}, "badMix": {"HOLD": "NaN"}}
                """);
        CliRun refused = CliRun.run(env, "", "teachers", "register", profile.toString());
        assertEquals(3, refused.exit(), refused.out());
        assertEquals("refused: teacher nan-mix refused: badMix.HOLD must be a share from 0 to 1, not NaN;"
                + " badMix must add up to 1, not NaN\n", refused.err());

        Files.writeString(configDir.resolve("teachers.json"), """
                {"teachers": [{"name": "huge", "version": "1", "ensembleWeight": 1e308,
                  "weights": {"FAILURE_RATE": 1}, "thresholds": {"FAILURE_RATE": "Infinity"}, "badMix": {"HOLD": 1}}]}
                """);
        CliRun list = CliRun.run(env, "", "teachers", "list");
        assertEquals(3, list.exit(), list.out());
        assertEquals("refused: " + configDir.resolve("teachers.json") + " refused: teachers[0].ensembleWeight must be a number"
                + " above 0 and at most 10, not 1.0E308; teachers[0].thresholds.FAILURE_RATE must be a number above 0 and at most"
                + " 1000000, not Infinity\n", list.err());
    }

    @Test
    void aNameTypedOnTheCommandLineIsEchoedEscaped() {
        CliRun run = CliRun.run(Map.of("MAESTRO_CONFIG_DIR", configDir.toString()), "", "teachers", "retire", "\u001b[2Jx\ny");
        assertEquals(3, run.exit());
        assertEquals("refused: no teacher named \\u001B[2Jx\\ny to retire\n", run.err());
    }

    private Path writeSignals() throws Exception {
        Path signals = configDir.resolve("signals.json");
        Files.writeString(signals, "[{\"branch\": \"o/r:main\", \"signals\": {\"FAILURE_RATE\": 0.5}}]");
        return signals;
    }
}
