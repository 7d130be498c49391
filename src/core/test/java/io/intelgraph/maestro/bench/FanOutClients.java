package io.intelgraph.maestro.bench;

import org.java_websocket.client.WebSocketClient;
import org.java_websocket.framing.CloseFrame;
import org.java_websocket.handshake.ServerHandshake;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/**
 * N Java-WebSocket clients on one feed, counting the tile frames they receive and how long after its
 * change each arrived (the frame's run title is "t" and the change's monotonic time). The same clients
 * read the hub and the Node baseline: both send the same tile frame.
 */
final class FanOutClients implements AutoCloseable {

    private static final String STAMP = "\"title\":\"t";

    private final List<WebSocketClient> clients = new ArrayList<>();
    private final LongAdder frames = new LongAdder();
    private final LongAdder resyncs = new LongAdder();
    private final LatencyHistogram latency = new LatencyHistogram();
    private final AtomicReference<String> template = new AtomicReference<>("");

    private FanOutClients() {
    }

    /** Opens them one after the other; returns once each is open and, if the server sends one first, has had its snapshot. */
    static FanOutClients connect(String feed, int count, boolean snapshotFirst, Duration timeout)
            throws IOException, InterruptedException {
        FanOutClients open = new FanOutClients();
        CountDownLatch ready = new CountDownLatch(count);
        long deadline = System.nanoTime() + timeout.toNanos();
        for (int i = 0; i < count; i++) {
            WebSocketClient client = open.client(URI.create(feed), snapshotFirst, ready);
            open.clients.add(client);
            if (!client.connectBlocking(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                open.close();
                throw new IOException("client " + (i + 1) + " of " + count + " could not connect to " + feed);
            }
        }
        ready.await(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        return open;
    }

    private WebSocketClient client(URI feed, boolean snapshotFirst, CountDownLatch ready) {
        return new WebSocketClient(feed) {
            private boolean snapshotSeen;

            @Override
            public void onOpen(ServerHandshake handshake) {
                if (!snapshotFirst) {
                    ready.countDown();
                }
            }

            @Override
            public void onMessage(String message) {
                long received = System.nanoTime();
                int at = message.indexOf(STAMP);
                if (message.startsWith("{\"type\":\"snapshot\"")) {
                    if (snapshotSeen) {
                        resyncs.increment();
                    } else {
                        snapshotSeen = true;
                        ready.countDown();
                    }
                } else if (at >= 0 && message.contains("\"type\":\"tile\"")) {
                    int end = message.indexOf('"', at + STAMP.length());
                    long stamp = Long.parseLong(message, at + STAMP.length(), end, 10);
                    if (stamp > 0) {
                        latency.record(received - stamp);
                        frames.increment();
                    }
                    template.compareAndSet("", message);
                }
            }

            @Override
            public void onClose(int code, String reason, boolean remote) {
            }

            @Override
            public void onError(Exception ex) {
            }
        };
    }

    void reset() {
        frames.reset();
        resyncs.reset();
        latency.reset();
    }

    long frames() {
        return frames.sum();
    }

    long resyncs() {
        return resyncs.sum();
    }

    LatencyHistogram latency() {
        return latency;
    }

    /** The first tile frame received: the Node baseline sends exactly this, restamped. */
    String template() {
        return template.get();
    }

    /** Drops the connections without the closing handshake: a backlogged server would answer it only after its backlog. */
    @Override
    public void close() {
        for (WebSocketClient client : clients) {
            client.closeConnection(CloseFrame.GOING_AWAY, "benchmark over");
        }
    }
}
