package io.intelgraph.maestro.cli;

import io.fabric8.kubernetes.api.model.discovery.v1.EndpointSlice;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMixedDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.intelgraph.maestro.github.TokenSource;
import io.intelgraph.maestro.github.WebhookSignature;
import io.intelgraph.maestro.hub.Hub;
import io.intelgraph.maestro.hub.HubClient;
import io.intelgraph.maestro.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code maestro hub}: started as a user starts it, on the simulated build plane and cluster. */
class HubCommandTest {

    private static final String SECRET = "a-webhook-secret-for-the-test";
    private static final String TOKEN = "a-hub-token-for-the-test-0123";

    @TempDir
    Path dir;

    private Map<String, String> env() {
        Map<String, String> env = new HashMap<>();
        env.put("MAESTRO_CONFIG_DIR", dir.resolve("config").toString());
        return env;
    }

    @Test
    void hubSimServesTheFeedRestAndWebhooksUntilStopped() throws Exception {
        Map<String, String> env = env();
        env.put("MAESTRO_WEBHOOK_SECRET", SECRET);
        env.put("MAESTRO_HUB_TOKEN", TOKEN);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Main main = new Main(env, new TokenSource(env, false), new PrintWriter(out, true), new PrintWriter(err, true),
                new BufferedReader(new StringReader("")));
        CommandLine cli = Main.commandLine(main);
        HubCommand command = (HubCommand) cli.getSubcommands().get("hub").getCommand();
        // A thread of its own, not the common pool (one worker on two cores): a hub left running would starve other tests.
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> cli.execute("hub", "--sim", "--port", "0"),
                Thread.ofPlatform().daemon().name("hub-command")::start);
        try {
            servesUntilStopped(command, exit, out, err);
        } finally {
            command.stop();
        }
        assertEquals(0, exit.get(20, TimeUnit.SECONDS), err.toString());
    }

    private static void servesUntilStopped(HubCommand command, CompletableFuture<Integer> exit, StringWriter out,
            StringWriter err) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (command.running().isEmpty()) {
            assertFalse(exit.isDone(), "the hub stopped: " + err);
            assertTrue(System.nanoTime() < deadline, "the hub did not start: " + err);
            Thread.sleep(50);
        }
        Hub hub = command.running().get();
        assertTrue(out.toString().contains("Maestro hub on " + hub.server().baseUrl()), out.toString());
        assertTrue(out.toString().contains("webhooks: POST"), out.toString());
        assertTrue(out.toString().contains("cluster:  SIMULATED cluster"), "--sim is GitHub and the cluster: " + out);
        assertFalse(out.toString().contains(SECRET) || out.toString().contains(TOKEN), "no secret printed");

        HttpClient http = HttpClient.newHttpClient();
        long tiles = 0;
        try (HubClient client = HubClient.connect(URI.create(hub.server().feedUrl()), Optional.empty(),
                new HubClient.Listener() { }, Duration.ofSeconds(10))) {
            assertTrue(client.awaitSeq(0, Duration.ofSeconds(10)));
            byte[] body = Fixtures.bytes("github/webhooks/workflow_run.completed.payload.json");
            HttpResponse<String> delivered = http.send(HttpRequest.newBuilder(URI.create(hub.server().baseUrl() + "/webhooks/github"))
                    .header("X-GitHub-Event", "workflow_run").header("X-GitHub-Delivery", "cmd-1")
                    .header("X-Hub-Signature-256", new WebhookSignature(SECRET).sign(body))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, delivered.statusCode(), delivered.body());
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (tiles == 0 && System.nanoTime() < until) {
                tiles = client.latest().tiles().stream().filter(t -> t.repoName().equals("octo-org/octo-repo")).count();
                Thread.sleep(10);
            }
        }
        assertEquals(1, tiles, "the delivery reached the client");
        assertEquals(200, http.send(HttpRequest.newBuilder(URI.create(hub.server().baseUrl() + "/cc.xml")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());

        // The poller's traffic, per endpoint as GitHub's secondary limits count it, and how close each is to 900 a minute.
        String metrics = get(hub, "/metrics").body();
        String runs = "endpoint=\"GET /repos/{owner}/{repo}/actions/runs\"";
        Matcher sent = Pattern.compile("maestro_github_endpoint_requests_total\\{" + Pattern.quote(runs) + "} (\\d+)")
                .matcher(metrics);
        assertTrue(sent.find(), metrics);
        assertTrue(Long.parseLong(sent.group(1)) >= 1, "the simulator's repositories' runs are being read: " + sent.group());
        assertTrue(metrics.contains("maestro_github_endpoint_not_modified_total{" + runs + "} "), metrics);
        assertTrue(metrics.contains("maestro_github_secondary_limit_points_per_minute 900\n"), metrics);
        Matcher points = Pattern.compile("maestro_github_endpoint_points_last_minute\\{" + Pattern.quote(runs) + "} (\\d+)")
                .matcher(metrics);
        assertTrue(points.find(), metrics);
        Matcher headroom = Pattern.compile("maestro_github_endpoint_seconds_to_secondary_limit\\{" + Pattern.quote(runs)
                + "} ([0-9.E]+)").matcher(metrics);
        assertTrue(headroom.find(), metrics);
        int used = Integer.parseInt(points.group(1));
        assertEquals((900 - used) * 60.0 / used, Double.parseDouble(headroom.group(1)), 0.01, "the headroom in time");
    }

    /** A hub command started in-process as {@code identity} on the lease of the mock API server. */
    private record Elected(HubCommand command, CompletableFuture<Integer> exit, StringWriter out, StringWriter err) {

        Hub awaitRunning() throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (command.running().isEmpty()) {
                assertFalse(exit.isDone(), "the hub stopped: " + err);
                assertTrue(System.nanoTime() < deadline, "the hub did not start: " + err);
                Thread.sleep(50);
            }
            return command.running().get();
        }
    }

    private Elected elected(KubernetesMockServer cluster, String identity, String... more) {
        Map<String, String> env = env();
        env.put("MAESTRO_CONFIG_DIR", dir.resolve(identity).toString());
        env.put("POD_IP", "10.0.0." + (identity.charAt(identity.length() - 1) - 'a' + 1));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Main main = new Main(env, new TokenSource(env, false), new PrintWriter(out, true), new PrintWriter(err, true),
                new BufferedReader(new StringReader("")));
        CommandLine cli = Main.commandLine(main);
        HubCommand command = (HubCommand) cli.getSubcommands().get("hub").getCommand();
        command.cluster = cluster::createClient;
        // A thread of its own: the common pool has one worker on a two-core machine, and the first hub never returns it.
        List<String> args = new ArrayList<>(List.of("hub", "--sim", "--port", "0", "--lease-name", "maestro-hub",
                "--lease-namespace", "hub", "--identity", identity));
        args.addAll(List.of(more));
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> cli.execute(args.toArray(String[]::new)),
                Thread.ofPlatform().daemon().name("hub-command-" + identity)::start);
        return new Elected(command, exit, out, err);
    }

    private static HttpResponse<String> get(Hub hub, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(hub.server().baseUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void await(CheckedCondition condition, Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        while (!condition.holds()) {
            assertTrue(System.nanoTime() < deadline, "not within " + within);
            Thread.sleep(50);
        }
    }

    private interface CheckedCondition {
        boolean holds() throws Exception;
    }

    @Test
    void withALeaseOnlyTheLeaderPollsAndIsReadyAStoppedLeadersStandbyTakesOverAndALeaderDeposedExits3() throws Exception {
        KubernetesMockServer cluster = crudCluster();
        Elected a = elected(cluster, "hub-a");
        Elected b = null;
        try {
            Hub hubA = a.awaitRunning();
            await(() -> get(hubA, "/ready").statusCode() == 200, Duration.ofSeconds(20));
            b = elected(cluster, "hub-b");
            Hub hubB = b.awaitRunning();
            assertTrue(b.out().toString().contains("election: on the lease hub/maestro-hub as hub-b"), b.out().toString());
            await(() -> get(hubB, "/ready").body().contains("hub-a leads"), Duration.ofSeconds(10));
            assertEquals(503, get(hubB, "/ready").statusCode());
            await(() -> !hubA.feed().current().tiles().isEmpty(), Duration.ofSeconds(20));
            assertTrue(hubB.feed().current().tiles().isEmpty(), "the standby polls nothing");
            assertEquals("STALE", hubB.feed().current().health().freshness().name(), "and serves nothing as live");

            a.command().stop();
            assertEquals(0, a.exit().get(20, TimeUnit.SECONDS), a.err().toString());
            // Released on the way out: the standby takes over at its next try (≤ 4.4 s), not when the 15 s lease runs out.
            await(() -> get(hubB, "/ready").statusCode() == 200, Duration.ofSeconds(8));
            await(() -> !hubB.feed().current().tiles().isEmpty(), Duration.ofSeconds(20));

            // Another holder takes the lease (as after a partition): hub-b stops its sources and ends with 3, to be restarted.
            try (KubernetesClient api = cluster.createClient()) {
                api.leases().inNamespace("hub").withName("maestro-hub").edit(lease -> {
                    lease.getSpec().setHolderIdentity("hub-elsewhere");
                    lease.getSpec().setRenewTime(ZonedDateTime.now());
                    return lease;
                });
            }
            assertEquals(HubCommand.EXIT_DEPOSED, b.exit().get(20, TimeUnit.SECONDS), b.err().toString());
        } finally {
            stopAll(cluster, a, b);
        }
    }

    /**
     * With --leader-endpoint every hub is ready (so a rollout completes), and the Service's one endpoint is the leader's
     * address, written by the leader and rewritten by the standby when it takes over.
     */
    @Test
    void withALeaderEndpointEveryHubIsReadyAndTheServicesEndpointFollowsTheLeader() throws Exception {
        KubernetesMockServer cluster = crudCluster();
        Elected a = elected(cluster, "hub-a", "--leader-endpoint", "maestro-hub");
        Elected b = null;
        try (KubernetesClient api = cluster.createClient()) {
            Hub hubA = a.awaitRunning();
            await(() -> endpointOf(api).equals("10.0.0.1:" + hubA.server().port()), Duration.ofSeconds(20));
            assertTrue(a.out().toString().contains("(the leader is the endpoint of the Service hub/maestro-hub; every hub is"
                    + " ready at /ready)"), a.out().toString());
            b = elected(cluster, "hub-b", "--leader-endpoint", "maestro-hub");
            Hub hubB = b.awaitRunning();
            await(() -> get(hubB, "/ready").body().contains("\"leader\":\"hub-a\""), Duration.ofSeconds(10));
            HttpResponse<String> standby = get(hubB, "/ready");
            assertEquals(200, standby.statusCode(), standby.body());
            assertTrue(standby.body().contains("\"role\":\"standby\""), standby.body());
            assertEquals("10.0.0.1:" + hubA.server().port(), endpointOf(api), "the standby leaves the endpoint alone");
            EndpointSlice slice = api.discovery().v1().endpointSlices().inNamespace("hub").withName("maestro-hub-leader").get();
            assertEquals(Map.of("kubernetes.io/service-name", "maestro-hub",
                    "endpointslice.kubernetes.io/managed-by", "maestro-hub.intelgraph.io"), slice.getMetadata().getLabels());
            assertEquals("hub-a", slice.getEndpoints().get(0).getTargetRef().getName());

            a.command().stop();
            assertEquals(0, a.exit().get(20, TimeUnit.SECONDS), a.err().toString());
            await(() -> endpointOf(api).equals("10.0.0.2:" + hubB.server().port()), Duration.ofSeconds(10));
            assertEquals(200, get(hubB, "/ready").statusCode());
        } finally {
            stopAll(cluster, a, b);
        }
    }

    /** fabric8's mock API server with no expectations: CRUD alone, for the hubs' Lease and EndpointSlice. */
    private static KubernetesMockServer crudCluster() {
        KubernetesMockServer cluster = new KubernetesMockServer(new Context(), new MockWebServer(), new HashMap<>(),
                new KubernetesMixedDispatcher(new HashMap<>()), false);
        cluster.init(InetAddress.getLoopbackAddress(), 0);
        return cluster;
    }

    /** Stops both hubs ({@code b} may not have been started) and then the cluster. */
    private static void stopAll(KubernetesMockServer cluster, Elected a, Elected b) throws Exception {
        a.command().stop();
        if (b != null) {
            b.command().stop();
            b.exit().get(20, TimeUnit.SECONDS);
        }
        a.exit().get(20, TimeUnit.SECONDS);
        cluster.destroy();
    }

    /** The slice's one address and port, or "" while there is none. */
    private static String endpointOf(KubernetesClient api) {
        EndpointSlice slice = api.discovery().v1().endpointSlices().inNamespace("hub").withName("maestro-hub-leader").get();
        return slice == null ? "" : slice.getEndpoints().get(0).getAddresses().get(0) + ":" + slice.getPorts().get(0).getPort();
    }

    @Test
    void aLeaderEndpointNeedsAnElectionAndThePodsAddress() {
        Map<String, String> env = env();
        env.put("MAESTRO_WEBHOOK_SECRET", SECRET);
        env.put("MAESTRO_HUB_TOKEN", TOKEN);
        CliRun alone = CliRun.run(env, "", "hub", "--sim", "--port", "0", "--leader-endpoint", "maestro-hub");
        assertEquals(2, alone.exit());
        assertEquals("error: --leader-endpoint needs --lease-name: only an elected leader writes the Service's endpoint\n",
                alone.err());
        CliRun noAddress = CliRun.run(env, "", "hub", "--sim", "--port", "0", "--lease-name", "maestro-hub",
                "--leader-endpoint", "maestro-hub");
        assertEquals(2, noAddress.exit());
        assertEquals("error: --leader-endpoint needs this hub's address in POD_IP (the chart sets it from the pod's"
                + " status.podIP)\n", noAddress.err());
    }

    @Test
    void secretsThatCannotBeUsedStopItBeforeItStartsAndAreNotPrinted() throws Exception {
        Map<String, String> env = env();
        env.put("MAESTRO_HUB_TOKEN", "short-token");
        CliRun shortToken = CliRun.run(env, "", "hub", "--sim", "--port", "0");
        assertEquals(2, shortToken.exit());
        assertTrue(shortToken.err().contains("MAESTRO_HUB_TOKEN: the hub token must be at least 16 characters"),
                shortToken.err());
        assertFalse(shortToken.err().contains("short-token"));

        CliRun missingFile = CliRun.run(env(), "", "hub", "--sim", "--hub-token-file", dir.resolve("nope").toString());
        assertEquals(2, missingFile.exit());
        assertTrue(missingFile.err().contains("--hub-token-file") && missingFile.err().contains("cannot be read"),
                missingFile.err());

        Path empty = Files.writeString(dir.resolve("empty"), "\n");
        assertEquals(2, CliRun.run(env(), "", "hub", "--webhook-secret-file", empty.toString()).exit());

        CliRun noPassword = CliRun.run(env(), "", "hub", "--tls-keystore", empty.toString());
        assertEquals(2, noPassword.exit());
        assertTrue(noPassword.err().contains("MAESTRO_TLS_KEYSTORE_PASSWORD"), noPassword.err());

        assertEquals(2, CliRun.run(env(), "", "hub", "--port", "70000").exit());
        assertEquals(2, CliRun.run(env(), "", "hub", "--bind", "no.such.host.invalid").exit());
        assertEquals(2, CliRun.run(env(), "", "hub", "--webhook-secret", "x").exit(), "no flag takes a secret");
    }
}
