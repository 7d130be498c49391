package io.intelgraph.maestro.net;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A small HTTPS proxy on loopback for tests: answers {@code CONNECT host:port} by opening a tunnel
 * and copying bytes both ways, and records each CONNECT with its {@code Proxy-Authorization}.
 */
public final class LoopbackProxy implements AutoCloseable {

    public record Connect(String target, String proxyAuthorization) {
    }

    private final ServerSocket server;
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private final List<Connect> connects = new CopyOnWriteArrayList<>();
    private final String requiredAuthorization;

    /** @param requiredAuthorization the Proxy-Authorization value to insist on (407 first), or null for none */
    public LoopbackProxy(String requiredAuthorization) throws IOException {
        this.requiredAuthorization = requiredAuthorization;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        threads.submit(this::accept);
    }

    public int port() {
        return server.getLocalPort();
    }

    public List<Connect> connects() {
        return List.copyOf(connects);
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                threads.submit(() -> serve(client));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        try (client) {
            InputStream in = client.getInputStream();
            OutputStream out = client.getOutputStream();
            while (true) {
                String head = readHead(in);
                if (head.isEmpty()) {
                    return;
                }
                String[] lines = head.split("\r\n");
                String[] requestLine = lines[0].split(" ");
                String authorization = null;
                for (String line : lines) {
                    if (line.toLowerCase().startsWith("proxy-authorization:")) {
                        authorization = line.substring(line.indexOf(':') + 1).strip();
                    }
                }
                if (!requestLine[0].equals("CONNECT")) {
                    out.write("HTTP/1.1 501 Not Implemented\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    return;
                }
                connects.add(new Connect(requestLine[1], authorization));
                if (requiredAuthorization != null && !requiredAuthorization.equals(authorization)) {
                    out.write(("HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm=\"test\"\r\n"
                            + "Content-Length: 0\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    continue;
                }
                String[] target = requestLine[1].split(":");
                try (Socket upstream = new Socket(target[0], Integer.parseInt(target[1]))) {
                    out.write("HTTP/1.1 200 Connection Established\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    threads.submit(() -> copy(upstream, client));
                    copy(client, upstream);
                }
                return;
            }
        } catch (IOException e) {
            // the client or the target hung up
        }
    }

    private static void copy(Socket from, Socket to) {
        try {
            from.getInputStream().transferTo(to.getOutputStream());
            to.shutdownOutput();
        } catch (IOException e) {
            // one side closed
        }
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        int b;
        while ((b = in.read()) != -1) {
            head.write(b);
            matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : (b == '\r' ? 1 : 0);
            if (matched == 4) {
                return head.toString(StandardCharsets.US_ASCII);
            }
        }
        return "";
    }

    @Override
    public void close() throws IOException {
        server.close();
        threads.shutdownNow();
    }
}
