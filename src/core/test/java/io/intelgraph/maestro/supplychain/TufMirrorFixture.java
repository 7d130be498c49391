package io.intelgraph.maestro.supplychain;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * A TUF mirror on the loopback for tests: one of the repositories in the test resources
 * ({@code supplychain/sigstore/tuf/}, sources in {@code supplychain/SOURCE.md}) served file by file, or a handler that
 * misbehaves. Every request's path, and any Authorization header it carried, is recorded.
 */
public final class TufMirrorFixture implements AutoCloseable {

    private static final String RESOURCES = "/supplychain/sigstore/tuf/";

    private final HttpServer server;
    private final List<String> requested = new CopyOnWriteArrayList<>();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private boolean closed;

    private TufMirrorFixture(Consumer<HttpExchange> handler) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        // Threads of their own: a handler that stalls must not hold up the next request.
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", exchange -> {
            requested.add(exchange.getRequestURI().getPath());
            authorizations.addAll(exchange.getRequestHeaders().getOrDefault("Authorization", List.of()));
            handler.accept(exchange);
        });
        server.start();
    }

    /** {@code repository}'s files, by the names a client asks for; 404 for any other. */
    public static TufMirrorFixture serving(String repository) throws IOException {
        return new TufMirrorFixture(exchange -> {
            try (exchange; InputStream in = TufMirrorFixture.class.getResourceAsStream(RESOURCES + repository
                    + exchange.getRequestURI().getPath())) {
                byte[] body = in == null ? null : in.readAllBytes();
                exchange.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : body.length);
                if (body != null) {
                    exchange.getResponseBody().write(body);
                }
            } catch (IOException e) {
                // the client hung up
            }
        });
    }

    /** Every request answered by {@code handler}. */
    public static TufMirrorFixture answering(Consumer<HttpExchange> handler) throws IOException {
        return new TufMirrorFixture(handler);
    }

    /** A file of the test resources' TUF folder, e.g. sigstore-java's synthetic {@code trusted-root.json}. */
    public static String resource(String name) {
        try (InputStream in = TufMirrorFixture.class.getResourceAsStream(RESOURCES + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the test resources' TUF folder is, for a command that reads a file path. */
    public static String resourcePath(String name) {
        return "src/core/test/resources" + RESOURCES + name;
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    public List<String> requested() {
        return requested;
    }

    public List<String> authorizations() {
        return authorizations;
    }

    /** Stops serving; again is nothing. */
    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            server.stop(0);
        }
    }
}
