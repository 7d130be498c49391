package io.intelgraph.maestro.security;

import io.intelgraph.maestro.sim.SimClock;
import io.intelgraph.maestro.sim.SimGitHubServer;
import io.intelgraph.maestro.sim.SimWorld;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A fake token ("canary") goes in through {@code GITHUB_TOKEN}; the CLI and the GUI run against a
 * simulator that accepts it (and one that rejects it), with logging at TRACE. Afterwards every
 * byte they printed and every file they wrote (config directory, home, temp directory) is searched
 * for the canary: it must be nowhere, while the simulator must have received it.
 */
class CanaryTokenTest {

    private static final Instant ORIGIN = Instant.parse("2026-11-25T12:00:00Z");

    @TempDir
    Path dir;

    private final String canary = "ghp_CANARY" + HexFormat.of().formatHex(new SecureRandom().generateSeed(12));

    /**
     * The ways the HUD is started with a token. The hub (issue 13) joins as one more: its run, then
     * a request to its REST and WebSocket endpoints, their answers saved under the run's root.
     */
    private List<Surface> surfaces(String apiUrl, String rejectingUrl) {
        return List.of(
                new Surface("status --json", Duration.ofSeconds(60),
                        "status", "--json", "--github-api-url", apiUrl, "--org", "intelgraph-sim"),
                new Surface("status table", Duration.ofSeconds(60),
                        "status", "--github-api-url", apiUrl, "--org", "intelgraph-sim", "--state", "failed,running"),
                new Surface("status with a rejected token", Duration.ofSeconds(60),
                        "status", "--json", "--github-api-url", rejectingUrl, "--org", "intelgraph-sim"),
                // Writes audit.log, and reads the PR and its Dockerfiles with the token for the policy gate.
                new Surface("preview deploy", Duration.ofSeconds(90),
                        "preview", "deploy", "50", "--for", "intelgraph-sim/preview-operator", "--github-api-url", apiUrl,
                        "--sim-cluster"),
                new Surface("distill", Duration.ofSeconds(60),
                        "distill", "--github-api-url", apiUrl, "--org", "intelgraph-sim"),
                new Surface("gui", Duration.ofSeconds(45),
                        "gui", "--github-api-url", apiUrl, "--org", "intelgraph-sim", "--sim-cluster"));
    }

    private record Surface(String name, Duration limit, String... args) {
    }

    @Test
    void theTokenReachesGitHubAndNothingElse() throws Exception {
        SimClock clock = new SimClock(ORIGIN, 0);
        SimWorld world = new SimWorld(42, ORIGIN);
        try (SimGitHubServer accepting = new SimGitHubServer(world, clock, clock, canary, 0).start();
                SimGitHubServer rejecting = new SimGitHubServer(world, clock, clock, "another-token", 0).start()) {
            List<String> leaks = new ArrayList<>();
            int n = 0;
            for (Surface surface : surfaces(accepting.baseUrl().toString(), rejecting.baseUrl().toString())) {
                long before = accepting.authorizedRequests();
                Path root = Files.createDirectories(dir.resolve("run-" + n++));
                // The GUI runs until it has polled, opened its feeds and written its state, then is stopped.
                CanaryRun run = CanaryRun.run(root, Map.of("GITHUB_TOKEN", canary),
                        () -> accepting.authorizedRequests() - before > 150, surface.limit(), surface.args());
                assertTrue(Files.size(run.err) > 0 || Files.size(run.out) > 0, surface.name() + " printed nothing");
                if (!surface.name().contains("rejected")) {
                    assertTrue(accepting.authorizedRequests() > before,
                            surface.name() + " never sent the token: the search below would prove nothing");
                }
                leaks.addAll(search(root, surface.name()));
                if (surface.name().equals("status --json")) {
                    assertEquals(0, run.exit, run.stderr());
                    assertTrue(run.stdout().contains("\"tiles\""), run.stdout());
                    assertTrue(run.stderr().contains("DEBUG") || run.stderr().contains("TRACE")
                            || run.stderr().contains("INFO"), "logging was on: " + run.stderr());
                }
                if (surface.name().equals("preview deploy")) {
                    assertTrue(Files.exists(root.resolve("config").resolve("audit.log")),
                            "the deploy wrote no audit.log to search: " + run.stderr());
                }
                if (surface.name().contains("rejected")) {
                    assertTrue(run.stderr().contains("rejected the token from GITHUB_TOKEN")
                            || run.stdout().contains("rejected the token from GITHUB_TOKEN"), run.stderr() + run.stdout());
                }
            }
            assertEquals(List.of(), leaks);
        }
    }

    /** Every file under {@code root} that holds the canary, in any of the forms a leak could take. */
    private List<String> search(Path root, String surface) throws IOException {
        List<String> forms = List.of(canary, canary.substring(4),
                Base64.getEncoder().encodeToString(canary.getBytes(StandardCharsets.UTF_8)),
                Base64.getEncoder().encodeToString(("x-access-token:" + canary).getBytes(StandardCharsets.UTF_8)));
        List<String> leaks = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                for (String form : forms) {
                    if (text.contains(form)) {
                        leaks.add(surface + ": " + root.relativize(file));
                    }
                }
            }
        }
        return leaks;
    }
}
