package io.intelgraph.maestro.net;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A proxy that is not one: every failure is a clear error within the deadline, never a hang. */
class ProxyTunnelTest {

    /** A one-connection server that writes {@code answer} (if any) and then holds the connection open until the client closes it. */
    private static ServerSocket answering(ExecutorService threads, byte[] answer) throws IOException {
        ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        threads.submit(() -> {
            try (Socket client = server.accept()) {
                OutputStream out = client.getOutputStream();
                if (answer != null) {
                    out.write(answer);
                    out.flush();
                }
                // Hold the connection until the client hangs up (so the executor closes when the test is done).
                while (client.getInputStream().read() != -1) {
                    // what the client sends is not answered
                }
            } catch (IOException e) {
                // the test is over
            }
            return null;
        });
        return server;
    }

    private static ProxyTunnel through(ServerSocket server) {
        return ProxyTunnel.through(URI.create("http://127.0.0.1:" + server.getLocalPort()));
    }

    @Test
    void aProxyThatNeverAnswersTimesOut() throws Exception {
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
             ServerSocket silent = answering(threads, null)) {
            long start = System.nanoTime();
            assertThrows(SocketTimeoutException.class, () -> through(silent).open("hub.corp", 443, Duration.ofMillis(500)));
            assertTrue(System.nanoTime() - start < Duration.ofSeconds(5).toNanos());
        }
    }

    @Test
    void anEndlessAnswerIsCutOff() throws Exception {
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
             ServerSocket endless = answering(threads, ("HTTP/1.1 200 OK\r\nX: " + "a".repeat(40_000))
                     .getBytes(StandardCharsets.US_ASCII))) {
            IOException e = assertThrows(IOException.class, () -> through(endless).open("hub.corp", 443, Duration.ofSeconds(5)));
            assertTrue(e.getMessage().contains("without ending its answer"), e.getMessage());
        }
    }

    @Test
    void aRefusalOrNotHttpIsNamed() throws Exception {
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
             ServerSocket forbidden = answering(threads, "HTTP/1.1 403 Forbidden\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
             ServerSocket ssh = answering(threads, "SSH-2.0-OpenSSH_9.6\r\n\r\n".getBytes(StandardCharsets.US_ASCII))) {
            IOException refused = assertThrows(IOException.class, () -> through(forbidden).open("hub.corp", 443, Duration.ofSeconds(5)));
            assertTrue(refused.getMessage().contains("would not open a tunnel to hub.corp:443: HTTP/1.1 403 Forbidden"),
                    refused.getMessage());
            IOException notHttp = assertThrows(IOException.class, () -> through(ssh).open("hub.corp", 443, Duration.ofSeconds(5)));
            assertTrue(notHttp.getMessage().contains("not an HTTP answer"), notHttp.getMessage());
        }
    }
}
