package io.intelgraph.maestro.bench;

import io.intelgraph.maestro.hub.Hub;
import io.intelgraph.maestro.hub.HubLimits;
import io.intelgraph.maestro.model.build.Conclusion;
import io.intelgraph.maestro.model.build.RunStatus;
import io.intelgraph.maestro.model.build.WorkflowRun;
import io.intelgraph.maestro.model.repo.RepoId;
import io.intelgraph.maestro.store.BuildPlane;
import io.intelgraph.maestro.store.SourceHealth;
import io.intelgraph.maestro.testing.Runs;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Fan-out on loopback, the hub beside the original's stack: N WebSocket clients (Java-WebSocket, in this
 * JVM) on the hub (in a JVM of its own, so its RSS is its own) while its store takes 500 tile changes a
 * second, then the same clients on a Node {@code ws} + express broadcaster (installed with npm into
 * {@code target/hub-bench-node}) sending the hub's own tile frame at the same rate. Each change carries the
 * monotonic time at which it was due (Java's {@code System.nanoTime} and Node's
 * {@code process.hrtime} are both CLOCK_MONOTONIC on Linux), so a client's receipt time minus it is the
 * latency from store change to client. Printed: frames delivered per second, p50/p99 latency, the server's
 * RSS and RSS per client, and the hub-to-Node ratios.
 *
 * <pre>
 * ./mvnw -q -pl src/core -am test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *   -Dexec.args="-cp %classpath io.intelgraph.maestro.bench.HubFanOut 60 100 1000"
 * </pre>
 * Arguments: seconds measured (default 10), then the client counts (default 100 and 1,000). With
 * {@code -Dbench.send-buffer=BYTES} (in {@code exec.args}, before {@code -cp}) the hub's sockets get that send buffer.
 */
public final class HubFanOut {

    static final int CHANGES_PER_SECOND = 500;
    private static final int TILES = 200;
    private static final Path NODE_DIR = Path.of("target", "hub-bench-node");
    /** The hub's per-connection socket send buffer to measure with (HubLimits.sendBufferBytes); 0: the system's. */
    static final String SEND_BUFFER = "bench.send-buffer";

    private HubFanOut() {
    }

    public static void main(String[] args) throws Exception {
        Duration measured = Duration.ofSeconds(args.length > 0 ? Long.parseLong(args[0]) : 10);
        List<Integer> counts = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            counts.add(Integer.parseInt(args[i]));
        }
        System.out.println(run(measured, counts.isEmpty() ? List.of(100, 1000) : counts));
        System.exit(0);
    }

    /** Both servers at each client count, one after the other; returns the table. */
    public static String run(Duration measured, List<Integer> clientCounts) throws Exception {
        installNode();
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                "Hub fan-out, loopback, %d tile changes/s, %d s measured after a warm-up (%d cores); the hub's send "
                        + "buffer: %s%n", CHANGES_PER_SECOND, measured.toSeconds(), Runtime.getRuntime().availableProcessors(),
                Integer.getInteger(SEND_BUFFER, 0) > 0 ? Integer.getInteger(SEND_BUFFER) + " bytes" : "the system's"));
        report.append(String.format(Locale.ROOT, "%-6s %-13s %12s %9s %9s %10s %10s %10s %9s%n", "clients", "server",
                "frames/s", "of sent", "p50 ms", "p99 ms", "RSS MB", "KB/client", "resyncs"));
        for (int clients : clientCounts) {
            FanOutResult hub = measure(startHub(), clients, true, measured);
            FanOutResult node = measure(startNode(hub.template()), clients, false, measured);
            report.append(hub.row(clients, "maestro hub")).append(node.row(clients, "node ws"));
            report.append(String.format(Locale.ROOT, "%-6d %-13s %12.2f %9s %9.2f %10.2f %10.2f %10.2f%n", clients,
                    "hub/node", hub.framesPerSecond() / Math.max(1e-9, node.framesPerSecond()), "",
                    hub.p50Millis() / Math.max(1e-9, node.p50Millis()), hub.p99Millis() / Math.max(1e-9, node.p99Millis()),
                    (double) hub.rssBytes() / Math.max(1, node.rssBytes()),
                    (double) hub.bytesPerClient() / Math.max(1, node.bytesPerClient())));
        }
        return report.toString();
    }

    private static FanOutResult measure(ServerProcess server, int clients, boolean snapshotFirst, Duration measured) throws Exception {
        try (server) {
            long before = server.rss();
            try (FanOutClients open = FanOutClients.connect(server.feedUri(), clients, snapshotFirst, Duration.ofSeconds(120))) {
                Thread.sleep(1000);
                long idle = server.rss();
                server.send("start");
                Thread.sleep(Math.min(5000, Math.max(1000, measured.toMillis() / 5)));
                open.reset();
                long started = System.nanoTime();
                Thread.sleep(measured.toMillis());
                double seconds = (System.nanoTime() - started) / 1e9;
                return new FanOutResult(open.frames() / seconds, open.frames() / seconds / ((double) CHANGES_PER_SECOND * clients),
                        open.latency().percentileMillis(0.50), open.latency().percentileMillis(0.99), server.rss(),
                        Math.max(0, idle - before) / clients, open.resyncs(), open.template());
            }
        }
    }

    /** What one server did for one client count. */
    record FanOutResult(double framesPerSecond, double shareOfSent, double p50Millis, double p99Millis, long rssBytes,
            long bytesPerClient, long resyncs, String template) {

        String row(int clients, String server) {
            return String.format(Locale.ROOT, "%-6d %-13s %,12.0f %8.1f%% %9.2f %10.2f %10.1f %10.1f %9d%n", clients, server,
                    framesPerSecond, shareOfSent * 100, p50Millis, p99Millis, rssBytes / 1048576.0, bytesPerClient / 1024.0,
                    resyncs);
        }
    }

    /**
     * The hub logs every client that falls behind; the clients count those resyncs, so only errors are printed.
     * {@value #SEND_BUFFER} (bytes, this JVM's system property) is its sockets' send buffer; unset, the system's.
     */
    private static ServerProcess startHub() throws IOException {
        return ServerProcess.start(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Dorg.slf4j.simpleLogger.defaultLogLevel=error",
                "-D" + SEND_BUFFER + "=" + Integer.getInteger(SEND_BUFFER, 0),
                "-cp", System.getProperty("java.class.path"), HubSide.class.getName()));
    }

    private static ServerProcess startNode(String template) throws IOException {
        Path frame = NODE_DIR.resolve("tile-frame.json");
        Files.writeString(frame, template);
        return ServerProcess.start(new ProcessBuilder("node", NODE_DIR.resolve("hub-fanout-node.js").toString(),
                frame.toString(), String.valueOf(CHANGES_PER_SECOND)));
    }

    /** {@code ws} and {@code express} into target/, once; the broadcaster script beside them. */
    private static void installNode() throws IOException, InterruptedException {
        Files.createDirectories(NODE_DIR);
        try (InputStream script = HubFanOut.class.getResourceAsStream("/bench/hub-fanout-node.js")) {
            Files.copy(script, NODE_DIR.resolve("hub-fanout-node.js"), StandardCopyOption.REPLACE_EXISTING);
        }
        if (Files.isDirectory(NODE_DIR.resolve("node_modules/ws")) && Files.isDirectory(NODE_DIR.resolve("node_modules/express"))) {
            return;
        }
        Process npm = new ProcessBuilder("npm", "install", "--prefix", NODE_DIR.toString(), "--no-audit", "--no-fund",
                "--silent", "ws@8", "express@4").inheritIO().start();
        if (!npm.waitFor(5, TimeUnit.MINUTES) || npm.exitValue() != 0) {
            throw new IOException("npm install ws express into " + NODE_DIR + " failed");
        }
    }

    /** The hub's side: a hub over a plane of {@value #TILES} tiles, changed {@value #CHANGES_PER_SECOND} times a second from "start". */
    public static final class HubSide {

        private HubSide() {
        }

        public static void main(String[] args) throws Exception {
            BuildPlane plane = new BuildPlane(Clock.systemUTC(), SourceHealth.connecting("fan-out benchmark", true));
            for (int i = 0; i < TILES; i++) {
                plane.putRun(run(i, 0, RunStatus.COMPLETED));
            }
            Hub.Settings settings = Hub.Settings.loopback(0);
            int sendBuffer = Integer.getInteger(SEND_BUFFER, 0);
            if (sendBuffer > 0) {
                HubLimits limits = settings.limits();
                settings = settings.withLimits(limits.withQueue(limits.queueFrames(), limits.queueBytes(), sendBuffer));
            }
            try (Hub hub = Hub.start(settings, plane, Hub.Sources.none(), Clock.systemUTC())) {
                System.out.println("PORT " + hub.server().port());
                BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
                String command;
                while ((command = in.readLine()) != null && !command.equals("quit")) {
                    if (command.equals("start")) {
                        Thread.ofPlatform().daemon().name("fan-out changes").start(() -> change(plane));
                    }
                }
            }
        }

        /** 500 changes a second, caught up when the thread falls behind; each tile's run takes the change's due time as title. */
        private static void change(BuildPlane plane) {
            long started = System.nanoTime();
            long made = 0;
            while (true) {
                long due = (System.nanoTime() - started) * CHANGES_PER_SECOND / 1_000_000_000L;
                for (; made < due; made++) {
                    // stamped with when the change was due, so a driver that falls behind shows as latency
                    plane.putRun(run((int) (made % TILES), started + made * 1_000_000_000L / CHANGES_PER_SECOND,
                            made / TILES % 2 == 0 ? RunStatus.IN_PROGRESS : RunStatus.COMPLETED));
                }
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        private static WorkflowRun run(int tile, long stamp, RunStatus status) {
            Instant created = Runs.T0.plusSeconds(tile);
            return new WorkflowRun(tile + 1L, RepoId.parse("bench/repo-" + tile), "CI", "t" + stamp, "main", "sha" + tile,
                    "push", status, status == RunStatus.COMPLETED ? Conclusion.SUCCESS : Conclusion.NONE, tile + 1L, 1, created,
                    created.plusSeconds(5), created.plusSeconds(300), "alice", "alice",
                    "https://github.com/bench/repo-" + tile + "/actions/runs/" + (tile + 1), List.of());
        }
    }

    /** A server in a process of its own: it prints "PORT n" and takes commands on standard input. */
    private record ServerProcess(Process process, int port, PrintWriter commands) implements AutoCloseable {

        static ServerProcess start(ProcessBuilder builder) throws IOException {
            Process process = builder.redirectError(ProcessBuilder.Redirect.INHERIT).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            if (line == null || !line.startsWith("PORT ")) {
                process.destroyForcibly();
                throw new IOException("the server did not say its port: " + line);
            }
            return new ServerProcess(process, Integer.parseInt(line.substring(5).trim()),
                    new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8));
        }

        String feedUri() {
            return "ws://127.0.0.1:" + port + "/api/buildhub";
        }

        void send(String command) {
            commands.println(command);
        }

        long rss() throws IOException {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
            return 0;
        }

        @Override
        public void close() throws InterruptedException {
            send("quit");
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
