package io.intelgraph.maestro.hub;

import io.intelgraph.maestro.text.TerminalText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocket;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The hub's one port: HTTP for REST, cc.xml, metrics and webhooks, and the WebSocket feed at
 * {@code /api/buildhub}, over TLS when a keystore is given. Each connection is served by a virtual
 * thread that reads the request's head (bounded in size and time) and then either answers it
 * ({@code Connection: close}) or hands the socket to a {@link WebSocketSession}.
 *
 * <p>Why not Java-WebSocket's own {@code WebSocketServer}: it answers every request that is not a
 * handshake with a canned 404 and cannot take a POST body, and the JDK's {@code HttpServer} cannot
 * give up a connection to a WebSocket. So the hub reads the head itself and lets Java-WebSocket's
 * {@code WebSocketImpl} do the protocol from the handshake on, as its own client does over a socket.
 */
public final class HubServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HubServer.class);
    public static final String FEED_PATH = "/api/buildhub";
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME;

    private final ServerSocket listener;
    private final HubFeed feed;
    private final HubRoutes routes;
    private final HubMetrics metrics;
    private final HubLimits limits;
    private final boolean tls;
    private final Origins origins;
    private final HostCheck hosts;
    private final ClientSessions sessions;
    private final BodyBudget bodies;
    private final AtomicInteger connections = new AtomicInteger();
    private final ScheduledExecutorService timer;
    private final Thread acceptor;
    private volatile boolean closing;

    private HubServer(ServerSocket listener, HubFeed feed, HubRoutes routes, HubMetrics metrics, HubLimits limits, boolean tls,
            Origins origins, HostCheck hosts, ClientSessions sessions, Runnable everySecond) {
        this.listener = listener;
        this.origins = origins;
        this.hosts = hosts;
        this.bodies = new BodyBudget(limits.bufferedBodyBytes());
        this.sessions = sessions;
        this.feed = feed;
        this.routes = routes;
        this.metrics = metrics;
        this.limits = limits;
        this.tls = tls;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> Thread.ofPlatform().daemon().name("hub-keepalive").unstarted(r));
        long tick = Math.clamp(Math.min(limits.pingInterval().toMillis(), limits.stuckWrite().toMillis()) / 4, 50, 1000);
        timer.scheduleWithFixedDelay(this::keepalive, tick, tick, TimeUnit.MILLISECONDS);
        timer.scheduleWithFixedDelay(everySecond, 1, 1, TimeUnit.SECONDS);
        this.acceptor = Thread.ofPlatform().name("hub-accept").daemon().unstarted(this::acceptLoop);
    }

    /**
     * Binds and starts serving.
     *
     * @param everySecond run once a second on the hub's timer (the webhook pace's check)
     */
    static HubServer start(InetSocketAddress address, Optional<SSLContext> tls, Origins origins, HostCheck hosts, HubFeed feed,
            HubRoutes routes, HubMetrics metrics, HubLimits limits, ClientSessions sessions, Runnable everySecond)
            throws IOException {
        ServerSocket listener = tls.isPresent() ? tls.get().getServerSocketFactory().createServerSocket()
                : new ServerSocket();
        try {
            listener.setReuseAddress(true);
            listener.bind(address, 1024);
        } catch (IOException e) {
            listener.close();
            throw new IOException("cannot listen on " + address.getHostString() + ":" + address.getPort() + ": " + e.getMessage(), e);
        }
        HubServer server = new HubServer(listener, feed, routes, metrics, limits, tls.isPresent(), origins, hosts, sessions,
                everySecond);
        server.acceptor.start();
        return server;
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** {@code http://host:port} or {@code https://…}. */
    public String baseUrl() {
        return (tls ? "https://" : "http://") + hostForUrl() + ":" + port();
    }

    /** {@code ws://host:port/api/buildhub} or {@code wss://…}. */
    public String feedUrl() {
        return (tls ? "wss://" : "ws://") + hostForUrl() + ":" + port() + FEED_PATH;
    }

    private String hostForUrl() {
        String host = listener.getInetAddress().getHostAddress();
        if (listener.getInetAddress().isAnyLocalAddress()) {
            return "localhost";
        }
        return host.contains(":") ? "[" + host + "]" : host;
    }

    public int clients() {
        return feed.clients();
    }

    /** The longest queue of any client now, in frames. */
    public int longestQueue() {
        return sessions.longestQueue();
    }

    /** Open connections of any kind (HTTP requests in flight, WebSocket clients, handshakes). */
    public int connections() {
        return connections.get();
    }

    private void acceptLoop() {
        while (!closing) {
            Socket socket;
            try {
                socket = listener.accept();
            } catch (IOException e) {
                if (!closing) {
                    LOG.warn("hub: accepting a connection failed: {}", e.getMessage());
                }
                continue;
            }
            if (connections.incrementAndGet() > limits.maxConnections()) {
                Thread.ofVirtual().name("hub-refuse").start(() -> refuseBusy(socket));
                continue;
            }
            Thread.ofVirtual().name("hub-conn").start(() -> serve(socket));
        }
    }

    private void refuseBusy(Socket socket) {
        try (socket) {
            socket.setSoTimeout(1000);
            LOG.warn("hub: {} open connections, the most it takes: refused {} with 503", limits.maxConnections(),
                    socket.getInetAddress().getHostAddress());
            write(socket.getOutputStream(), HubResponse.error(503, "the hub has " + limits.maxConnections()
                    + " connections open, the most it takes; try again later").withHeader("Retry-After", "10"), false);
        } catch (IOException e) {
            LOG.debug("hub: refusing a connection: {}", e.getMessage());
        } finally {
            connections.decrementAndGet();
        }
    }

    private void serve(Socket socket) {
        boolean handedOver = false;
        String remote = socket.getInetAddress().getHostAddress();
        try {
            socket.setTcpNoDelay(true);
            if (limits.sendBufferBytes() > 0) {
                socket.setSendBufferSize(limits.sendBufferBytes());
            }
            socket.setSoTimeout((int) limits.headTimeout().toMillis());
            if (socket instanceof SSLSocket ssl) {
                ssl.startHandshake();
            }
            InputStream in = socket.getInputStream();
            OutputStream out = socket.getOutputStream();
            HttpHeadReader.Read read;
            try {
                read = new HttpHeadReader(limits.maxHeadBytes(), limits.headTimeout()).read(in);
            } catch (HttpHead.Refused e) {
                LOG.info("hub: {} from {}: {}", e.status(), remote, e.getMessage());
                metrics.answered(e.status());
                write(out, HubResponse.error(e.status(), e.getMessage()), false);
                LingeringClose.drainAndClose(socket);
                return;
            }
            if (read == null) {
                return;
            }
            HttpHead head = read.head();
            Optional<String> wrongHost = hosts.refusal(head.header("host"));
            if (wrongHost.isPresent()) {
                LOG.info("hub: {} {} 421 from {}: {}", head.method(), TerminalText.escape(head.path()), remote, wrongHost.get());
                metrics.answered(421);
                write(out, HubResponse.error(421, wrongHost.get()), false);
                LingeringClose.drainAndClose(socket);
                return;
            }
            if (head.isWebSocketUpgrade() && head.path().equals(FEED_PATH)) {
                if (!origins.allows(head.header("origin"), head.header("host"))) {
                    HubResponse refused = HubResponse.error(403, "a WebSocket from a web page of another origin ("
                            + TerminalText.escape(head.header("origin").orElse("")) + ") is refused; allow it in MAESTRO_HUB_ORIGINS");
                    LOG.info("hub: GET {} 403 from {}: {}", FEED_PATH, remote, refused.reason());
                    metrics.answered(403);
                    write(out, refused, false);
                    return;
                }
                socket.setSoTimeout(0);
                WebSocketSession session = new WebSocketSession(socket, feed, metrics, limits);
                sessions.add(session);
                handedOver = true;
                try {
                    session.serve(head.raw(), read.rest());
                } finally {
                    sessions.remove(session);
                }
                return;
            }
            answer(socket, new HubRequest(head, remote, read.rest(), in, out, limits.bodyTimeout(), bodies));
        } catch (SSLException e) {
            LOG.info("hub: TLS handshake with {} failed: {}", remote, e.getMessage());
        } catch (SocketException e) {
            LOG.debug("hub: connection from {} ended: {}", remote, e.getMessage());
        } catch (IOException e) {
            LOG.info("hub: connection from {} failed: {}", remote, e.getMessage());
        } finally {
            if (!handedOver) {
                closeQuietly(socket);
            }
            connections.decrementAndGet();
        }
    }

    /** Bytes of request bodies the hub holds now, and the most it has held at once. */
    public long bufferedBodyBytes() {
        return bodies.held();
    }

    public long bufferedBodyBytesPeak() {
        return bodies.peak();
    }

    private void answer(Socket socket, HubRequest request) throws IOException {
        HubResponse response;
        try {
            response = routes.handle(request);
        } catch (RuntimeException e) {
            LOG.error("hub: {} {} failed", request.method(), TerminalText.escape(request.head().target()), e);
            response = HubResponse.error(500, "the hub failed on this request: " + e.getClass().getSimpleName()
                    + "; the hub's log has the details");
        } finally {
            request.release();
        }
        if (request.turnedAway()) {
            response = response.withHeader("Retry-After", "5");
        }
        metrics.answered(response.status());
        String line = "hub: {} {} {} from {}{}";
        Object[] args = {request.method(), TerminalText.escape(loggedTarget(request.head().target())), response.status(),
                request.remote(),
                response.reason().isEmpty() ? "" : ": " + response.reason()};
        boolean probe = request.path().equals("/ready"); // a standby answers the kubelet's probe 503 every few seconds
        if (response.refused() && !probe || !request.method().equals("GET") && !request.method().equals("HEAD")) {
            LOG.info(line, args);
        } else {
            LOG.debug(line, args);
        }
        write(socket.getOutputStream(), response, request.method().equals("HEAD"));
        if (request.bodyLeftUnread()) {
            LingeringClose.drainAndClose(socket);
        }
    }

    /**
     * The request's target as the log shows it: the query's values left out, since a client may put a token there (the
     * hub takes tokens only from the Authorization header, and answers such a request 401, but it came all the same).
     */
    static String loggedTarget(String target) {
        int query = target.indexOf('?');
        if (query < 0) {
            return target;
        }
        StringBuilder logged = new StringBuilder(target.substring(0, query + 1));
        String[] parameters = target.substring(query + 1).split("&", -1);
        for (int i = 0; i < parameters.length; i++) {
            int equals = parameters[i].indexOf('=');
            logged.append(i == 0 ? "" : "&").append(equals < 0 ? parameters[i] : parameters[i].substring(0, equals) + "=…");
        }
        return logged.toString();
    }

    static void write(OutputStream out, HubResponse response, boolean headOnly) throws IOException {
        StringBuilder head = new StringBuilder(256);
        head.append("HTTP/1.1 ").append(response.status()).append(' ').append(HttpStatus.reason(response.status())).append("\r\n");
        head.append("Date: ").append(HTTP_DATE.format(ZonedDateTime.now(ZoneOffset.UTC))).append("\r\n");
        head.append("Server: maestro-hub\r\n");
        head.append("Content-Type: ").append(response.contentType()).append("\r\n");
        head.append("Content-Length: ").append(response.body().length).append("\r\n");
        head.append("Cache-Control: no-store\r\n");
        head.append("X-Content-Type-Options: nosniff\r\n");
        head.append("Connection: close\r\n");
        response.headers().forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        head.append("\r\n");
        out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        if (!headOnly) {
            out.write(response.body());
        }
        out.flush();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            LOG.debug("hub: closing a connection: {}", e.getMessage());
        }
    }

    private void keepalive() {
        long now = System.nanoTime();
        for (WebSocketSession session : sessions.all()) {
            try {
                session.keepalive(now);
            } catch (RuntimeException e) {
                LOG.warn("hub: keepalive of {} failed: {}", session.name(), e.toString());
            }
        }
    }

    /** Stops taking connections, tells every client the hub is going away, and closes. */
    @Override
    public void close() {
        closing = true;
        try {
            listener.close();
        } catch (IOException e) {
            LOG.debug("hub: closing the listener: {}", e.getMessage());
        }
        sessions.all().forEach(WebSocketSession::shutdown);
        // Long enough for every session's lingering close.
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(LingeringClose.MAX_MILLIS);
        while (!sessions.isEmpty() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        timer.shutdownNow();
    }
}
