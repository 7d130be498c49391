package io.intelgraph.maestro.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The preview subcommands on the simulated cluster (each command starts its own). */
class PreviewCommandTest {

    @TempDir
    Path configDir;

    private CliRun run(String stdin, String... args) {
        return CliRun.run(Map.of("MAESTRO_CONFIG_DIR", configDir.toString(), "USER", "oncall"), stdin, args);
    }

    @Test
    void deployAsksGitHubForTheHeadShaAndWaitsUntilReady() throws Exception {
        CliRun result = run("", "preview", "deploy", "50", "--for", "intelgraph-sim/preview-operator", "--sim-cluster",
                "--wait");
        assertEquals(0, result.exit(), result.err() + result.out());
        assertTrue(result.out().startsWith("Deploying intelgraph-sim/preview-operator#50 @ "), result.out());
        assertTrue(result.out().contains("applied 11 objects of helm template intelgraph-pr-50 to pr-50"), result.out());
        assertTrue(result.out().contains("Ready: https://pr-50.preview.intelgraph.example.com"), result.out());
        String audit = Files.readString(configDir.resolve("audit.log"));
        assertTrue(audit.contains("\"actor\":\"oncall@cli\",\"action\":\"deploy\""), audit);
    }

    @Test
    void aClosedOrUnknownPrIsRefusedBeforeAnythingIsDeployed() {
        CliRun result = run("", "preview", "deploy", "9999", "--for", "intelgraph-sim/preview-operator", "--sim-cluster");
        assertEquals(2, result.exit());
        assertTrue(result.err().contains("Cannot read PR #9999 of intelgraph-sim/preview-operator: Not found"), result.err());
    }

    @Test
    void teardownAsksAndRefusesWithoutAnAnswer() {
        CliRun noTerminal = run("", "preview", "teardown", "50", "--sim-cluster");
        assertEquals(1, noTerminal.exit());
        assertTrue(noTerminal.out().contains("delete namespace pr-50 on SIMULATED cluster?"), noTerminal.out());
        assertTrue(noTerminal.err().contains("pass --yes to confirm non-interactively"), noTerminal.err());

        CliRun wrongAnswer = run("pr-5\n", "preview", "teardown", "50", "--sim-cluster");
        assertEquals(1, wrongAnswer.exit());
        assertTrue(wrongAnswer.err().contains("Not torn down."));

        CliRun confirmed = run("pr-50\n", "preview", "teardown", "50", "--sim-cluster");
        assertEquals(0, confirmed.exit(), confirmed.err());
        assertTrue(confirmed.out().contains("No preview pr-50"), "a fresh simulated cluster has none: " + confirmed.out());
    }

    @Test
    void commandsJoinTheSimulatedClusterOfARunningHud() throws Exception {
        var config = new io.intelgraph.maestro.config.ConfigLoader(Map.of(), configDir).load(
                new io.intelgraph.maestro.config.ConfigLoader.Flags(null, null, null, null, null, null, null, null, null,
                        true, null));
        try (PreviewRuntime hud = PreviewRuntime.create(config, java.time.Duration.ofMillis(500), true)) {
            assertTrue(Files.isRegularFile(configDir.resolve(PreviewRuntime.SHARED_SIM_CLUSTER)));
            CliRun deploy = run("", "preview", "deploy", "54", "--for", "intelgraph-sim/build-hud", "--sha", "c430306",
                    "--wait", "--sim-cluster");
            assertEquals(0, deploy.exit(), deploy.err() + deploy.out());
            assertTrue(deploy.out().contains("on SIMULATED cluster of the running HUD"), deploy.out());
            assertTrue(hud.service().cluster().get(54).orElseThrow().ready(), "the HUD's cluster has it, ready");

            CliRun list = run("", "preview", "list", "--sim-cluster");
            assertTrue(list.out().contains("#54    pr-54      intelgraph-sim/build-hud"), list.out());

            CliRun teardown = run("", "preview", "teardown", "54", "--yes", "--sim-cluster");
            assertEquals(0, teardown.exit(), teardown.err());
            assertTrue(teardown.out().contains("Deleted namespace pr-54"));
            assertTrue(hud.service().cluster().get(54).map(p -> p.terminating()).orElse(true));
        }
        assertTrue(!Files.exists(configDir.resolve(PreviewRuntime.SHARED_SIM_CLUSTER)), "the address is withdrawn on close");
    }

    @Test
    void listAndCleanupOnAnEmptyCluster() {
        CliRun list = run("", "preview", "list", "--sim-cluster", "--json");
        assertEquals(0, list.exit(), list.err());
        assertEquals("[ ]", list.out().strip());
        CliRun cleanup = run("", "preview", "cleanup", "--sim-cluster");
        assertEquals(0, cleanup.exit(), cleanup.err());
        assertTrue(cleanup.out().contains("Nothing to clean up."));
    }
}
