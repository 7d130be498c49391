package io.intelgraph.maestro.bench;

import io.intelgraph.maestro.hub.Hub;
import io.intelgraph.maestro.hub.HubClient;
import io.intelgraph.maestro.model.build.Conclusion;
import io.intelgraph.maestro.model.build.RunStatus;
import io.intelgraph.maestro.store.BuildPlane;
import io.intelgraph.maestro.store.SourceHealth;
import io.intelgraph.maestro.testing.Runs;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * How much an idle WebSocket client costs the hub: the hub runs in a JVM of its own (so only its
 * side is measured), N clients connect from this one over one selector thread, complete the
 * handshake, read their snapshot and then sit idle; the hub's heap (after GC) and resident memory
 * are read before and after. Then a fresh client beside them is timed from connect to a change.
 *
 * <pre>
 * ./mvnw -q -pl src/core -am test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *   -Dexec.args="-cp %classpath io.intelgraph.maestro.bench.HubIdleClients 5000"
 * </pre>
 * (needs {@code ulimit -n} above twice the client count: both ends are on this machine.)
 */
public final class HubIdleClients {

    private HubIdleClients() {
    }

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        Process hub = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-cp", System.getProperty("java.class.path"),
                Server.class.getName()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        BufferedReader from = new BufferedReader(new InputStreamReader(hub.getInputStream(), StandardCharsets.UTF_8));
        PrintWriter to = new PrintWriter(hub.getOutputStream(), true, StandardCharsets.UTF_8);
        try {
            int port = Integer.parseInt(from.readLine().replace("PORT ", ""));
            to.println("measure");
            String[] idle = from.readLine().split(" ");
            long started = System.nanoTime();
            List<SocketChannel> open = connect(port, clients);
            System.out.printf(Locale.ROOT, "%,d clients connected and read their snapshot in %.1f s%n", open.size(),
                    (System.nanoTime() - started) / 1e9);
            to.println("measure");
            String[] loaded = from.readLine().split(" ");
            long heap = Long.parseLong(loaded[1]) - Long.parseLong(idle[1]);
            long rss = Long.parseLong(loaded[2]) - Long.parseLong(idle[2]);
            System.out.printf(Locale.ROOT, "hub with %s clients: heap %.1f MB → %.1f MB, RSS %.1f MB → %.1f MB%n",
                    loaded[0], Long.parseLong(idle[1]) / 1048576.0, Long.parseLong(loaded[1]) / 1048576.0,
                    Long.parseLong(idle[2]) / 1048576.0, Long.parseLong(loaded[2]) / 1048576.0);
            System.out.printf(Locale.ROOT, "per idle client: %.1f KB of heap, %.1f KB resident (goal: ≤ 50 KB)%n",
                    heap / 1024.0 / clients, rss / 1024.0 / clients);

            long fresh = System.nanoTime();
            try (HubClient client = HubClient.connect(URI.create("ws://127.0.0.1:" + port + "/api/buildhub"), Optional.empty(),
                    new HubClient.Listener() { }, Duration.ofSeconds(30))) {
                client.awaitSeq(0, Duration.ofSeconds(30));
                long connected = System.nanoTime();
                to.println("change");
                client.awaitSeq(1, Duration.ofSeconds(30));
                System.out.printf(Locale.ROOT, "a new client beside them: snapshot after %.0f ms, a change %.0f ms after it was made%n",
                        (connected - fresh) / 1e6, (System.nanoTime() - connected) / 1e6);
            }
            for (SocketChannel channel : open) {
                channel.close();
            }
        } finally {
            to.println("quit");
            hub.waitFor(10, TimeUnit.SECONDS);
            hub.destroyForcibly();
        }
    }

    /** Opens the clients on one selector: handshake, then read (and drop) whatever comes until each has its 101 and snapshot. */
    private static List<SocketChannel> connect(int port, int count) throws IOException {
        List<SocketChannel> open = new ArrayList<>(count);
        try (Selector selector = Selector.open()) {
            int pending = 0;
            for (int i = 0; i < count; i++) {
                SocketChannel channel = SocketChannel.open(new InetSocketAddress("127.0.0.1", port));
                channel.configureBlocking(false);
                byte[] key = new byte[16];
                ThreadLocalRandom.current().nextBytes(key);
                channel.write(ByteBuffer.wrap(("GET /api/buildhub HTTP/1.1\r\nHost: localhost\r\nUpgrade: websocket\r\n"
                        + "Connection: Upgrade\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: "
                        + Base64.getEncoder().encodeToString(key) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII)));
                channel.register(selector, SelectionKey.OP_READ, new long[1]);
                open.add(channel);
                pending++;
                pending -= drain(selector, 0);
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (pending > 0 && System.nanoTime() < deadline) {
                pending -= drain(selector, 200);
            }
        }
        for (SocketChannel channel : open) {
            channel.configureBlocking(true);
        }
        return open;
    }

    /** Reads what has arrived; returns how many clients got their first bytes of feed (the 101 and the snapshot). */
    private static int drain(Selector selector, long waitMillis) throws IOException {
        int done = 0;
        if ((waitMillis == 0 ? selector.selectNow() : selector.select(waitMillis)) == 0) {
            return 0;
        }
        ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
        for (SelectionKey key : selector.selectedKeys()) {
            long[] read = (long[]) key.attachment();
            buffer.clear();
            int n = ((SocketChannel) key.channel()).read(buffer);
            if (n > 0 && read[0] == 0) {
                done++;
            }
            read[0] += Math.max(0, n);
        }
        selector.selectedKeys().clear();
        return done;
    }

    /** The hub's side: a hub over a small plane, measured on request from standard input. */
    public static final class Server {

        private Server() {
        }

        public static void main(String[] args) throws Exception {
            BuildPlane plane = new BuildPlane(Clock.systemUTC(), SourceHealth.connecting("idle-clients benchmark", true));
            for (int i = 1; i <= 20; i++) {
                plane.putRun(Runs.run(i, "bench/repo-" + i, "main", "CI", RunStatus.COMPLETED, Conclusion.SUCCESS, i));
            }
            try (Hub hub = Hub.start(Hub.Settings.loopback(0), plane, Hub.Sources.none(), Clock.systemUTC())) {
                System.out.println("PORT " + hub.server().port());
                BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
                String command;
                int run = 100;
                while ((command = in.readLine()) != null && !command.equals("quit")) {
                    if (command.equals("measure")) {
                        for (int i = 0; i < 3; i++) {
                            System.gc();
                            Thread.sleep(200);
                        }
                        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                        System.out.println(hub.server().clients() + " " + heap + " " + rss());
                    } else if (command.equals("change")) {
                        run++;
                        plane.putRun(Runs.run(run, "bench/repo-1", "main", "CI", RunStatus.IN_PROGRESS, Conclusion.NONE, run));
                    }
                }
            }
        }

        private static long rss() throws IOException {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
            return 0;
        }
    }
}
