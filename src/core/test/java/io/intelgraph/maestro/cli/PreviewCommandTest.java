package io.intelgraph.maestro.cli;

import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.intelgraph.maestro.config.ConfigLoader;
import io.intelgraph.maestro.model.preview.ClusterStatus;
import io.intelgraph.maestro.model.preview.PreviewLabels;
import io.intelgraph.maestro.preview.PreviewContexts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
        CliRun noTerminal = run("", "preview", "teardown", "50", "--for", "intelgraph-sim/preview-operator", "--sim-cluster");
        assertEquals(1, noTerminal.exit());
        assertTrue(noTerminal.out().contains("Tear down the preview of intelgraph-sim/preview-operator#50: delete namespace pr-50 on SIMULATED cluster?"), noTerminal.out());
        assertTrue(noTerminal.err().contains("pass --yes to confirm non-interactively"), noTerminal.err());

        CliRun wrongAnswer = run("pr-5\n", "preview", "teardown", "50", "--for", "intelgraph-sim/preview-operator", "--sim-cluster");
        assertEquals(1, wrongAnswer.exit());
        assertTrue(wrongAnswer.err().contains("Not torn down."));

        CliRun confirmed = run("pr-50\n", "preview", "teardown", "50", "--for", "intelgraph-sim/preview-operator", "--sim-cluster");
        assertEquals(0, confirmed.exit(), confirmed.err());
        assertTrue(confirmed.out().contains("No preview pr-50"), "a fresh simulated cluster has none: " + confirmed.out());
    }

    /** The runtime of a HUD window on the simulated cluster, sharing its address with CLI commands. */
    private PreviewRuntime hud() throws Exception {
        var config = new ConfigLoader(Map.of(), configDir).load(
                new ConfigLoader.Flags(null, null, null, null, null, null, null, null, null,
                        true, null));
        return PreviewRuntime.create(config, Duration.ofMillis(500), true);
    }

    /** A namespace carrying the HUD's labels for PR {@code pr} of {@code repoLabel}, made behind the HUD's back. */
    private static void labelledNamespace(PreviewRuntime hud, String name, int pr, String repoLabel) {
        var labels = new HashMap<>(PreviewLabels.selector());
        labels.put(PreviewLabels.PR, Integer.toString(pr));
        labels.put(PreviewLabels.REPO, repoLabel);
        hud.client().namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(name).withLabels(labels)
                .endMetadata().build()).create();
    }

    private static boolean present(PreviewRuntime hud, String namespace) {
        var ns = hud.client().namespaces().withName(namespace).get();
        return ns != null && ns.getMetadata().getDeletionTimestamp() == null;
    }

    @Test
    void teardownRefusesAnotherRepositorysPreview() throws Exception {
        try (PreviewRuntime hud = hud()) {
            labelledNamespace(hud, "pr-78", 78, "other-org.other-repo");
            CliRun teardown = run("", "preview", "teardown", "78", "--for", "intelgraph-sim/preview-operator", "--yes",
                    "--sim-cluster");
            assertEquals(3, teardown.exit(), teardown.out());
            assertEquals("refused: Refusing to delete namespace pr-78: it holds the preview of other-org/other-repo#78,"
                    + " not of intelgraph-sim/preview-operator.", teardown.err().strip());
            assertTrue(present(hud, "pr-78"), "the other repository's preview is untouched");

            CliRun noRepository = run("", "preview", "teardown", "78", "--yes", "--sim-cluster");
            assertEquals(2, noRepository.exit());
            assertTrue(noRepository.err().contains("Missing required option: '--for=OWNER/NAME'"), noRepository.err());
            assertTrue(present(hud, "pr-78"));
        }
    }

    @Test
    void teardownRefusesPrNumbersBelowOneLikeDeploy() {
        for (String pr : new String[] {"0", "-1"}) {
            CliRun teardown = run("", "preview", "teardown", pr, "--for", "intelgraph-sim/preview-operator", "--yes",
                    "--sim-cluster");
            assertEquals(2, teardown.exit(), teardown.out() + teardown.err());
            assertEquals("error: PR number must be positive, got " + pr, teardown.err().strip());
            assertEquals("", teardown.out(), "nothing was asked or done");
        }
    }

    @Test
    void cleanupSkipsAndReportsForeignPreviewsAndRemovesTheRest() throws Exception {
        try (PreviewRuntime hud = hud()) {
            labelledNamespace(hud, "pr-78", 78, "other-org.other-repo");               // GitHub: 404
            labelledNamespace(hud, "team-prod", 7, "intelgraph-sim.preview-operator");  // the labels, copied
            labelledNamespace(hud, "pr-9999", 9999, "intelgraph-sim.preview-operator"); // no such open PR
            CliRun cleanup = run("", "preview", "cleanup", "--yes", "--sim-cluster");
            assertEquals(0, cleanup.exit(), cleanup.err() + cleanup.out());
            assertTrue(cleanup.out().contains("  skipped pr-78: cannot read the open pull requests of other-org/other-repo ("),
                    cleanup.out());
            assertTrue(cleanup.out().contains("  skipped team-prod: it carries the HUD's labels but is not named pr-<number>"),
                    cleanup.out());
            assertTrue(cleanup.out().contains("  pr-9999  PR #9999 of intelgraph-sim/preview-operator is closed or merged"),
                    cleanup.out());
            assertTrue(cleanup.out().contains("Removed 1 previews."), cleanup.out());
            assertTrue(!present(hud, "pr-9999"));
            assertTrue(present(hud, "pr-78") && present(hud, "team-prod"));
        }
    }

    @Test
    void commandsJoinTheSimulatedClusterOfARunningHud() throws Exception {
        try (PreviewRuntime hud = hud()) {
            assertTrue(Files.isRegularFile(configDir.resolve(PreviewRuntime.SHARED_SIM_CLUSTER)));
            CliRun deploy = run("", "preview", "deploy", "54", "--for", "intelgraph-sim/build-hud", "--sha", "c430306",
                    "--wait", "--sim-cluster");
            assertEquals(0, deploy.exit(), deploy.err() + deploy.out());
            assertTrue(deploy.out().contains("on SIMULATED cluster of the running HUD"), deploy.out());
            assertTrue(hud.service().cluster().get(54).orElseThrow().ready(), "the HUD's cluster has it, ready");

            CliRun list = run("", "preview", "list", "--sim-cluster");
            assertTrue(list.out().contains("#54    pr-54      intelgraph-sim/build-hud"), list.out());

            CliRun teardown = run("", "preview", "teardown", "54", "--for", "intelgraph-sim/build-hud", "--yes", "--sim-cluster");
            assertEquals(0, teardown.exit(), teardown.err());
            assertTrue(teardown.out().contains("Deleted namespace pr-54"));
            assertTrue(hud.service().cluster().get(54).map(p -> p.terminating()).orElse(true));
        }
        assertTrue(!Files.exists(configDir.resolve(PreviewRuntime.SHARED_SIM_CLUSTER)), "the address is withdrawn on close");
    }

    /**
     * A HUD window starts its simulated cluster on first use; a command finds it not started, rings the
     * window's doorbell, and deploys to the cluster the window then starts, as the window wires it.
     */
    @Test
    void commandsHaveAHudStartItsClusterAndJoinIt() throws Exception {
        var config = new ConfigLoader(Map.of(), configDir).load(
                new ConfigLoader.Flags(null, null, null, null, null, null, null, null, null, true, null));
        List<PreviewRuntime> started = new CopyOnWriteArrayList<>();
        List<ClusterStatus> pictures = new CopyOnWriteArrayList<>();
        PreviewContexts contexts = new PreviewContexts(List.of(), context -> {
            PreviewRuntime runtime = PreviewRuntime.create(config, Duration.ofMillis(500), true);
            started.add(runtime);
            return runtime;
        }, (previews, status) -> pictures.add(status), name -> { });
        try (SimClusterDoorbell bell = SimClusterDoorbell.hang(configDir, contexts::use)) {
            contexts.connectOnFirstUse(Optional.empty(), PreviewRuntime.SIM_CLUSTER_NOT_STARTED);
            assertEquals(List.of(PreviewRuntime.SIM_CLUSTER_NOT_STARTED), pictures);
            assertFalse(Files.exists(configDir.resolve(PreviewRuntime.SHARED_SIM_CLUSTER)), "not started: no address");

            CliRun deploy = run("", "preview", "deploy", "54", "--for", "intelgraph-sim/build-hud", "--sha", "c430306",
                    "--wait", "--sim-cluster");
            assertEquals(0, deploy.exit(), deploy.err() + deploy.out());
            assertEquals("", deploy.err());
            assertTrue(deploy.out().contains("on SIMULATED cluster of the running HUD"), deploy.out());
            assertEquals(1, started.size(), "the window started its cluster once");
            assertTrue(contexts.service().orElseThrow().cluster().get(54).orElseThrow().ready(), "the HUD's cluster has it");

            CliRun list = run("", "preview", "list", "--sim-cluster");
            assertTrue(list.out().contains("#54    pr-54      intelgraph-sim/build-hud"), list.out());
            assertEquals(1, started.size());
        } finally {
            contexts.close();
        }
        assertFalse(Files.exists(configDir.resolve(SimClusterDoorbell.BELL)), "the bell is taken down on close");
        assertFalse(Files.exists(configDir.resolve(PreviewRuntime.SHARED_SIM_CLUSTER)), "and the address withdrawn");
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

    @Test
    void aStaleAddressOfADeadHudIsRemovedAndSaidSo() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        Path shared = configDir.resolve(PreviewRuntime.SHARED_SIM_CLUSTER);
        Files.writeString(shared, "http://127.0.0.1:" + closedPort + "/");

        CliRun list = run("", "preview", "list", "--sim-cluster");
        assertEquals(0, list.exit(), list.err());
        assertEquals("warning: the simulated cluster recorded in " + shared + " (http://127.0.0.1:" + closedPort
                + "/) does not answer (its HUD is gone): removed the stale file; starting a new, empty simulated cluster.",
                list.err().strip());
        assertFalse(Files.exists(shared), "the stale file is gone");
        assertTrue(list.out().startsWith("Cluster: SIMULATED cluster\n"), list.out());

        CliRun again = run("", "preview", "list", "--sim-cluster");
        assertEquals("", again.err(), "said once: the next command finds no file");
    }

    /** A HUD killed with SIGTERM (no close(), only its shutdown hooks) withdraws its cluster's address. */
    @Test
    void aHudKilledWithSigtermWithdrawsItsAddress() throws Exception {
        Path shared = configDir.resolve(PreviewRuntime.SHARED_SIM_CLUSTER);
        HudClusterProcess.Started started = HudClusterProcess.start(configDir);
        Process hud = started.process();
        try {
            assertEquals("published SIMULATED cluster", started.ready());
            assertTrue(Files.readString(shared).startsWith("http://"), "the running HUD publishes its address");
            hud.destroy(); // SIGTERM
            assertTrue(hud.waitFor(30, TimeUnit.SECONDS));
        } finally {
            hud.destroyForcibly();
        }
        assertFalse(Files.exists(shared), "the shutdown hook removed the address");
    }

    /**
     * A HUD in another process whose cluster starts on first use: a command has it started and joins it; on
     * SIGTERM the HUD takes down its doorbell and withdraws the address.
     */
    @Test
    void aCommandHasAHudInAnotherProcessStartItsClusterAndSigtermTakesAllDown() throws Exception {
        Path shared = configDir.resolve(PreviewRuntime.SHARED_SIM_CLUSTER);
        Path bell = configDir.resolve(SimClusterDoorbell.BELL);
        HudClusterProcess.Started started = HudClusterProcess.start(configDir, "on-demand");
        Process hud = started.process();
        try {
            assertEquals("doorbell hung", started.ready());
            assertTrue(Files.readString(bell).startsWith(hud.pid() + " "), "the bell names the HUD's process");
            assertFalse(Files.exists(shared), "no cluster yet");

            CliRun list = run("", "preview", "list", "--sim-cluster");
            assertEquals(0, list.exit(), list.err());
            assertEquals("", list.err());
            assertTrue(list.out().startsWith("Cluster: SIMULATED cluster of the running HUD\n"), list.out());
            assertTrue(Files.readString(shared).startsWith("http://"), "the HUD started and published its cluster");

            hud.destroy(); // SIGTERM
            assertTrue(hud.waitFor(30, TimeUnit.SECONDS));
        } finally {
            hud.destroyForcibly();
        }
        assertFalse(Files.exists(shared), "the shutdown hooks removed the address");
        assertFalse(Files.exists(bell), "and the doorbell");
    }

    @Test
    void aStaleAddressIsQuotedEscapedInItsWarning() throws Exception {
        Path shared = configDir.resolve(PreviewRuntime.SHARED_SIM_CLUSTER);
        Files.writeString(shared, "http://127.0.0.1:1/\u001B[2J\nfake\n");

        CliRun list = run("", "preview", "list", "--sim-cluster");
        assertEquals(0, list.exit(), list.err());
        assertEquals(1, list.err().lines().count(), "one line, no forged second one: " + list.err());
        assertTrue(list.err().contains("(http://127.0.0.1:1/\\u001B[2J\\nfake) does not answer"), list.err());
        assertFalse(list.err().contains("\u001B"), "no raw ESC: " + list.err());
    }

    @Test
    void deployChecksThePrNumberBeforeAskingGitHub() {
        for (String pr : new String[] {"0", "-1"}) {
            CliRun deploy = run("", "preview", "deploy", pr, "--for", "intelgraph-sim/preview-operator", "--sim-cluster");
            assertEquals(2, deploy.exit(), deploy.out() + deploy.err());
            assertEquals("error: PR number must be positive, got " + pr, deploy.err().strip());
            assertEquals("", deploy.out(), "nothing was asked or done");
        }
    }

    @Test
    void forMustBeAGitHubOwnerAndName() {
        for (String repo : new String[] {"o/r\u001B[2J\nX", "-owner/repo", "ow--ner/repo", "owner-/repo", "o".repeat(40) + "/r",
                "owner/" + "r".repeat(101), "owner/..", "owner/re po", "owner/a/b", "owner"}) {
            for (String command : new String[] {"deploy", "teardown"}) {
                CliRun run = run("", "preview", command, "5", "--for", repo, "--sha", "abc", "--yes", "--sim-cluster");
                assertEquals(2, run.exit(), repo + ": " + run.out() + run.err());
                assertTrue(run.err().startsWith("Invalid value for option '--for': "), run.err());
                assertTrue(run.err().lines().findFirst().orElseThrow().contains("is not a GitHub repository (OWNER/NAME"),
                        run.err());
                assertFalse(run.err().contains("\u001B"), "escaped: " + run.err());
                assertFalse(run.err().lines().anyMatch(l -> l.startsWith("X")), "no forged line: " + run.err());
                assertEquals("", run.out());
            }
        }
        assertFalse(Files.exists(configDir.resolve("audit.log")), "nothing was done, so nothing audited");
    }

    @Test
    void aClusterEventsMessageCannotForgeALineOfTheList() throws Exception {
        try (PreviewRuntime hud = hud()) {
            labelledNamespace(hud, "pr-79", 79, "intelgraph-sim.preview-operator");
            hud.client().v1().events().inNamespace("pr-79").resource(new EventBuilder()
                    .withNewMetadata().withName("forged").withNamespace("pr-79").endMetadata()
                    .withType("Warning").withReason("BackOff\u001B[2J").withMessage("pulling\n#80    pr-80      FORGED")
                    .withNewInvolvedObject().withKind("Pod").withName("web").withNamespace("pr-79").endInvolvedObject()
                    .build()).create();
            CliRun list = run("", "preview", "list", "--sim-cluster");
            assertEquals(0, list.exit(), list.err());
            assertTrue(list.out().contains("! BackOff\\u001B[2J: pulling\\n#80    pr-80      FORGED"), list.out());
            assertFalse(list.out().lines().anyMatch(l -> l.startsWith("#80")), list.out());
            assertFalse(list.out().contains("\u001B"), list.out());
        }
    }
}
