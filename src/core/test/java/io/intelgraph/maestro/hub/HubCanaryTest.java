package io.intelgraph.maestro.hub;

import io.intelgraph.maestro.github.WebhookSignature;
import io.intelgraph.maestro.sim.SimClock;
import io.intelgraph.maestro.sim.SimGitHubServer;
import io.intelgraph.maestro.sim.SimWorld;
import io.intelgraph.maestro.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.net.ssl.SSLContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code maestro hub} in a JVM of its own, as an operator starts it, with every secret it takes set
 * to a canary (GitHub token, webhook secret, hub token, keystore password) and logging at TRACE. It is
 * used with right and wrong credentials, sent garbage, and stopped with SIGTERM; then every byte it
 * printed and every file it wrote is searched for the canaries, and its log for the lines it owes:
 * one per client connect and disconnect, one per webhook delivery with event, id and outcome.
 */
class HubCanaryTest {

    private static final Instant ORIGIN = Instant.parse("2026-11-25T12:00:00Z");
    private static final Pattern LISTENING = Pattern.compile("Maestro hub on (https://[^ ]+) ");

    @TempDir
    Path dir;

    private static String canary(String kind) {
        return kind + "CANARY" + HexFormat.of().formatHex(new SecureRandom().generateSeed(12));
    }

    @Test
    void noSecretLeavesTheHubAndEveryEventIsLogged() throws Exception {
        String githubToken = "ghp_" + canary("");
        String webhookSecret = canary("whsec");
        String hubToken = canary("hubtok");
        String keystorePassword = canary("kspass");
        Path keystore = TestKeystores.keystore(dir, keystorePassword);
        SimClock clock = new SimClock(ORIGIN, 0);
        try (SimGitHubServer github = new SimGitHubServer(new SimWorld(42, ORIGIN), clock, clock, githubToken, 0).start()) {
            Path root = Files.createDirectories(dir.resolve("run"));
            Process hub = start(root, List.of("GITHUB_TOKEN=" + githubToken, "MAESTRO_WEBHOOK_SECRET=" + webhookSecret,
                    "MAESTRO_HUB_TOKEN=" + hubToken, "MAESTRO_TLS_KEYSTORE_PASSWORD=" + keystorePassword),
                    "hub", "--github-api-url", github.baseUrl().toString(), "--org", "intelgraph-sim", "--sim-cluster",
                    "--port", "0", "--tls-keystore", keystore.toString());
            try {
                String base = awaitListening(root.resolve("stdout.txt"), hub);
                SSLContext trust = TestKeystores.trusting(keystore, keystorePassword);
                HttpClient http = HttpClient.newBuilder().sslContext(trust).build();
                byte[] body = Fixtures.bytes("github/webhooks/workflow_run.completed.payload.json");
                assertEquals(200, post(http, base + "/webhooks/github", body, "can-1",
                        new WebhookSignature(webhookSecret).sign(body), null).statusCode());
                assertEquals(401, post(http, base + "/webhooks/github", body, "can-2",
                        new WebhookSignature("guess").sign(body), null).statusCode());
                assertEquals(403, post(http, base + "/webhooks/k8s", "{}".getBytes(), null, null, "a-wrong-token-x").statusCode());
                assertEquals(202, post(http, base + "/webhooks/k8s", "{}".getBytes(), null, null, hubToken).statusCode());
                try (HubClient client = HubClient.connect(URI.create(base.replace("https://", "wss://") + "/api/buildhub"),
                        Optional.of(trust), new HubClient.Listener() { }, Duration.ofSeconds(10))) {
                    assertTrue(client.awaitSeq(0, Duration.ofSeconds(10)));
                    client.send("not json at all");
                    Thread.sleep(300);
                }
                assertTrue(github.authorizedRequests() > 0, "the hub never sent the GitHub token: the search would prove nothing");
            } finally {
                hub.destroy(); // SIGTERM: the hub closes its clients and ends
                assertTrue(hub.waitFor(30, TimeUnit.SECONDS), "the hub did not stop on SIGTERM");
            }
            String log = Files.readString(root.resolve("stderr.txt")) + Files.readString(root.resolve("stdout.txt"));
            assertEquals(List.of(), leaks(root, List.of(githubToken, webhookSecret, hubToken, keystorePassword)));
            for (String line : List.of("workflow_run delivery can-1: applied", "workflow_run delivery can-2: refused",
                    "POST /webhooks/k8s 403", "POST /webhooks/k8s 202", "connected to the feed (maestro-hub-client)",
                    "sent a message the hub cannot read (1 so far): it is not JSON", ") disconnected (")) {
                assertTrue(log.contains(line), "the log says \"" + line + "\":\n" + log);
            }
            assertTrue(log.contains("TRACE") || log.contains("DEBUG"), "logging was at its most talkative");
        }
    }

    private static HttpResponse<String> post(HttpClient http, String url, byte[] body, String delivery, String signature,
            String bearer) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .timeout(Duration.ofSeconds(20));
        if (delivery != null) {
            request.header("X-GitHub-Event", "workflow_run").header("X-GitHub-Delivery", delivery)
                    .header("X-Hub-Signature-256", signature);
        }
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Process start(Path root, List<String> env, String... args) throws Exception {
        Path home = Files.createDirectories(root.resolve("home"));
        Path tmp = Files.createDirectories(root.resolve("tmp"));
        Path config = Files.createDirectories(root.resolve("config"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), "-Dorg.slf4j.simpleLogger.defaultLogLevel=trace",
                "-Djava.io.tmpdir=" + tmp, "-Duser.home=" + home, "io.intelgraph.maestro.cli.Main"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().keySet().removeIf(k -> k.startsWith("GITHUB_") || k.startsWith("GH_") || k.startsWith("MAESTRO_")
                || k.equals("KUBECONFIG"));
        builder.environment().put("HOME", home.toString());
        builder.environment().put("MAESTRO_CONFIG_DIR", config.toString());
        builder.environment().put("KUBECONFIG", home.resolve("no-kubeconfig").toString());
        env.forEach(e -> builder.environment().put(e.substring(0, e.indexOf('=')), e.substring(e.indexOf('=') + 1)));
        builder.redirectOutput(root.resolve("stdout.txt").toFile());
        builder.redirectError(root.resolve("stderr.txt").toFile());
        return builder.start();
    }

    private static String awaitListening(Path stdout, Process hub) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            Matcher m = LISTENING.matcher(Files.exists(stdout) ? Files.readString(stdout) : "");
            if (m.find()) {
                return m.group(1);
            }
            assertTrue(hub.isAlive(), "the hub ended before it listened");
            Thread.sleep(100);
        }
        throw new AssertionError("the hub did not say where it listens within 90 s");
    }

    /** Every file under {@code root} holding a canary, raw or base64 (as a Basic header would carry it). */
    private static List<String> leaks(Path root, List<String> canaries) throws Exception {
        List<String> leaks = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                for (String canary : canaries) {
                    if (text.contains(canary) || text.contains(canary.substring(6))
                            || text.contains(Base64.getEncoder().encodeToString(canary.getBytes(StandardCharsets.UTF_8)))) {
                        leaks.add(root.relativize(file) + " holds " + canary.substring(0, 6) + "…");
                    }
                }
            }
        }
        return leaks;
    }
}
