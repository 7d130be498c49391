package io.intelgraph.maestro.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP proxy on loopback that holds every chunk for {@code oneWay} before passing it on, in both directions, so a
 * request and its answer take {@code 2 × oneWay} longer, as over a network to GitHub; it limits no bandwidth and
 * keeps the order. For benchmarks of what a round trip costs; not part of the product.
 */
final class LatencyProxy implements AutoCloseable {

    /** A chunk read, and when it may be written on. */
    private record Chunk(byte[] bytes, long dueNanos) {
    }

    private static final Chunk END = new Chunk(new byte[0], 0);

    private final ServerSocket listener;
    private final InetSocketAddress target;
    private final long oneWayNanos;
    private final ExecutorService threads = Executors.newThreadPerTaskExecutor(Thread.ofPlatform().daemon().factory());

    LatencyProxy(URI target, Duration oneWay) throws IOException {
        this.target = new InetSocketAddress(target.getHost(), target.getPort());
        this.oneWayNanos = oneWay.toNanos();
        listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        threads.execute(this::accept);
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + listener.getLocalPort());
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket(target.getAddress(), target.getPort());
                client.setTcpNoDelay(true);
                server.setTcpNoDelay(true);
                // The pair closes when both directions have ended.
                AtomicInteger open = new AtomicInteger(2);
                Runnable ended = () -> {
                    if (open.decrementAndGet() == 0) {
                        closeQuietly(client);
                        closeQuietly(server);
                    }
                };
                relay(client, server, ended);
                relay(server, client, ended);
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    /**
     * Reads {@code from} on one thread, writes {@code to} on another once each chunk's delay is over; the end of
     * {@code from} is passed on as the end of {@code to}'s output, then {@code ended} runs.
     */
    private void relay(Socket from, Socket to, Runnable ended) {
        BlockingQueue<Chunk> chunks = new LinkedBlockingQueue<>();
        threads.execute(() -> {
            byte[] buffer = new byte[16 * 1024];
            try {
                InputStream in = from.getInputStream();
                for (int read; (read = in.read(buffer)) >= 0; ) {
                    chunks.add(new Chunk(Arrays.copyOf(buffer, read), System.nanoTime() + oneWayNanos));
                }
            } catch (IOException e) {
                // the connection ended
            }
            chunks.add(END);
        });
        threads.execute(() -> {
            try {
                OutputStream out = to.getOutputStream();
                for (Chunk chunk = chunks.take(); chunk != END; chunk = chunks.take()) {
                    long wait = chunk.dueNanos() - System.nanoTime();
                    if (wait > 0) {
                        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                    }
                    out.write(chunk.bytes());
                    out.flush();
                }
                to.shutdownOutput();
            } catch (IOException | InterruptedException e) {
                // the connection ended
            } finally {
                ended.run();
            }
        });
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        threads.shutdownNow();
    }
}
