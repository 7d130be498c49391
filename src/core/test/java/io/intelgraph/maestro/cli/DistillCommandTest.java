package io.intelgraph.maestro.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DistillCommandTest {

    @TempDir
    Path configDir;

    @Test
    void aSavedSignalsFileGivesRecommendationsAndTheHubFrame() throws Exception {
        Path signals = configDir.resolve("signals.json");
        Files.writeString(signals, """
                [{"branch": "o/app:main", "signals": {"FAILURE_RATE": 0.05, "FLIP_RATE": 0, "DURATION_RATIO": 0.8,
                  "TEST_FAILURE_RATE": 0, "CRITICAL_FINDINGS": 0, "HIGH_FINDINGS": 0, "SIGNATURE_RISK": 0}},
                 {"branch": "o/app:feat/x", "signals": {"CRITICAL_FINDINGS": 3, "SIGNATURE_RISK": 2, "FAILURE_RATE": 0}},
                 {"branch": "o/app:new", "signals": {}}]
                """);
        Map<String, String> env = Map.of("MAESTRO_CONFIG_DIR", configDir.toString());
        CliRun table = CliRun.run(env, "", "distill", "--signals", signals.toString());
        assertEquals(0, table.exit(), table.err());
        String main = table.out().lines().filter(l -> l.startsWith("o/app:main ")).findFirst().orElseThrow();
        assertTrue(main.contains("▲ promote"), main);
        String risky = table.out().lines().filter(l -> l.startsWith("o/app:feat/x ")).findFirst().orElseThrow();
        assertTrue(risky.contains("block"), risky);

        JsonNode frame = new ObjectMapper().readTree(CliRun.run(env, "", "distill", "--json", "--signals", signals.toString()).out());
        assertEquals("distillation", frame.path("type").asText());
        assertEquals(3, frame.path("branches").size());
        JsonNode feat = frame.path("branches").get(1);
        assertEquals("BLOCK", feat.path("ensembleRecommendation").asText());
        assertEquals(1.0, feat.path("teacherActivations").path("security").asDouble()
                + feat.path("teacherActivations").path("reliability").asDouble()
                + feat.path("teacherActivations").path("velocity").asDouble(), 1e-9);
        assertTrue(feat.path("studentConfidence").asDouble() > 0.3, feat.toString());
        assertEquals("HOLD", frame.path("branches").get(2).path("ensembleRecommendation").asText(), "nothing known: hold");
        assertEquals(3, feat.path("runners").size());
    }

    @Test
    void policyChecksMakeThePolicyDeniesSignalKnown() throws Exception {
        // The simulated organisation's legacy repositories (node:latest, a token in ENV, curl | sh) are denied by the
        // repository's own policy/ directory; without --policy-checks a one-shot sync knows no verdict.
        Map<String, String> env = Map.of("MAESTRO_CONFIG_DIR", configDir.toString());
        CliRun checked = CliRun.run(env, "", "distill", "--json", "--policy-checks");
        assertEquals(0, checked.exit(), checked.err());
        String reasons = new ObjectMapper().readTree(checked.out()).path("branches").findValues("reasons").toString();
        assertTrue(reasons.contains("policy denies"), reasons);
        CliRun unchecked = CliRun.run(env, "", "distill", "--json");
        assertTrue(!new ObjectMapper().readTree(unchecked.out()).path("branches").findValues("reasons").toString()
                .contains("policy denies"), "no check, no verdict");

        // Again: the same commits under the same policies come from the cache, with the same verdicts.
        Matcher first = CHECKED.matcher(checked.err());
        assertTrue(first.find() && first.group(2).equals("0"), checked.err());
        CliRun again = CliRun.run(env, "", "distill", "--json", "--policy-checks");
        Matcher second = CHECKED.matcher(again.err());
        assertTrue(second.find(), again.err());
        assertEquals("0", second.group(1), "nothing checked again: " + again.err());
        assertEquals(first.group(1), second.group(2), again.err());
        assertEquals(reasons, new ObjectMapper().readTree(again.out()).path("branches").findValues("reasons").toString());
    }

    private static final Pattern CHECKED = Pattern.compile("policy checks: (\\d+) commits checked, (\\d+) from the cache");

    /** A cache that cannot be written costs the next run its checks, not this run its recommendations. */
    @Test
    void aVerdictCacheThatCannotBeWrittenIsSaidAndTheRecommendationsStillCome() throws Exception {
        Files.createDirectories(configDir.resolve("cache/policy-verdicts.json/in-the-way"));
        Map<String, String> env = Map.of("MAESTRO_CONFIG_DIR", configDir.toString());

        CliRun run = CliRun.run(env, "", "distill", "--json", "--policy-checks");

        assertEquals(0, run.exit(), run.err());
        assertTrue(new ObjectMapper().readTree(run.out()).path("branches").size() > 50, "the recommendations");
        assertTrue(run.err().contains("warning: the policy verdicts could not be kept for the next run in "
                + configDir.resolve("cache/policy-verdicts.json")), run.err());
        assertTrue(run.err().contains("): it checks these commits again"), run.err());
    }

    @Test
    void overTheSimulatedBuildPlane() throws Exception {
        CliRun run = CliRun.run(Map.of("MAESTRO_CONFIG_DIR", configDir.toString()), "", "distill", "--json");
        assertEquals(0, run.exit(), run.err());
        JsonNode frame = new ObjectMapper().readTree(run.out());
        assertTrue(frame.path("branches").size() > 50, "every tile of the simulated plane");
        assertTrue(frame.path("branches").findValuesAsText("ensembleRecommendation").contains("INVESTIGATE")
                || frame.path("branches").findValuesAsText("ensembleRecommendation").contains("RERUN"), "failing branches");
    }

    @Test
    void aSignalThatIsNotAFiniteNumberIsRefusedNamingTheField() throws Exception {
        Path signals = configDir.resolve("signals.json");
        Files.writeString(signals, """
                [{"branch": "o/app:main", "signals": {"FAILURE_RATE": 0.05}},
                 {"branch": "o/app:x", "signals": {"FAILURE_RATE": "NaN"}}]
                """);
        CliRun run = CliRun.run(Map.of("MAESTRO_CONFIG_DIR", configDir.toString()), "", "distill", "--signals", signals.toString());
        assertEquals(3, run.exit(), run.out());
        assertEquals("refused: " + signals + ": [1].signals.FAILURE_RATE must be a finite number, not \"NaN\"\n", run.err());
        assertEquals("", run.out());
    }

    @Test
    void aBranchNameWithEscapesPrintsEscaped() throws Exception {
        Path signals = configDir.resolve("signals.json");
        Files.writeString(signals, "[{\"branch\": \"o/app:\\u001b[2J\\nforged\", \"signals\": {\"FAILURE_RATE\": 0.05}}]");
        CliRun run = CliRun.run(Map.of("MAESTRO_CONFIG_DIR", configDir.toString()), "", "distill", "--signals", signals.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("o/app:\\u001B[2J\\nforged "), run.out());
        assertEquals(2, run.out().lines().count(), run.out());
    }

    @Test
    void aSignalOutOfItsRangeIsRefusedNamingTheFieldAndTheRange() throws Exception {
        Path signals = configDir.resolve("signals.json");
        Map<String, String> expected = Map.of(
                "\"FAILURE_RATE\": -5", "FAILURE_RATE must be a share from 0 to 1, not -5.0",
                "\"FLIP_RATE\": -1e308", "FLIP_RATE must be a share from 0 to 1, not -1.0E308",
                "\"TEST_FAILURE_RATE\": 1.5", "TEST_FAILURE_RATE must be a share from 0 to 1, not 1.5",
                "\"QUEUE_MINUTES\": -0.1", "QUEUE_MINUTES must be a number of 0 or more, not -0.1",
                "\"CRITICAL_FINDINGS\": -1", "CRITICAL_FINDINGS must be a number of 0 or more, not -1.0",
                "\"SIGNATURE_RISK\": 3", "SIGNATURE_RISK must be a number from 0 to 2, not 3.0",
                "\"LATEST_FAILED\": 2", "LATEST_FAILED must be a number from 0 to 1, not 2.0");
        for (var signal : expected.entrySet()) {
            Files.writeString(signals, "[{\"branch\": \"o/app:main\", \"signals\": {\"FAILURE_RATE\": 0.05}},"
                    + " {\"branch\": \"o/app:x\", \"signals\": {" + signal.getKey() + "}}]");
            CliRun run = CliRun.run(Map.of("MAESTRO_CONFIG_DIR", configDir.toString()), "", "distill", "--signals",
                    signals.toString());
            assertEquals(3, run.exit(), signal.getKey() + ": " + run.out());
            assertEquals("refused: " + signals + ": [1].signals." + signal.getValue() + "\n", run.err());
            assertEquals("", run.out());
        }
    }

    @Test
    void anUnknownSignalOrAFileOfTheWrongShapeIsRefusedNamingIt() throws Exception {
        Path signals = configDir.resolve("signals.json");
        Map<String, String> expected = Map.of(
                "[{\"branch\": \"b\", \"signals\": {\"FAILURE\": 1}}]",
                "[0].signals.FAILURE is not a signal; the signals are FAILURE_RATE, FLIP_RATE, DURATION_RATIO, QUEUE_MINUTES,"
                        + " TEST_FAILURE_RATE, CRITICAL_FINDINGS, HIGH_FINDINGS, SIGNATURE_RISK, POLICY_DENIES,"
                        + " PREVIEW_UNHEALTHY, LATEST_FAILED",
                "{\"branch\": \"b\"}", "must be a list of branches ([{\"branch\": …, \"signals\": {…}}]), not an object",
                "[{\"branch\": \"b\", \"signals\": [1]}]", "[0].signals must be an object, not a list",
                "[{\"branch\": 7, \"signals\": {}}]", "[0].branch must be a text, not 7",
                "[{\"signals\": {}}]", "[0].branch must be a text, not nothing",
                "[1,", "not valid JSON at line 1: ");
        for (var file : expected.entrySet()) {
            Files.writeString(signals, file.getKey());
            CliRun run = CliRun.run(Map.of("MAESTRO_CONFIG_DIR", configDir.toString()), "", "distill", "--signals",
                    signals.toString());
            assertEquals(3, run.exit(), file.getKey() + ": " + run.out() + run.err());
            assertTrue(run.err().startsWith("refused: " + signals + ": " + file.getValue()), run.err());
        }
    }
}
