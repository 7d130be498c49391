package io.intelgraph.maestro.hub;

import io.intelgraph.maestro.net.ProxyTunnel;
import io.intelgraph.maestro.store.BuildSnapshot;
import io.intelgraph.maestro.text.TerminalText;
import org.java_websocket.client.WebSocketClient;
import org.java_websocket.handshake.ServerHandshake;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.net.ssl.SSLContext;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A client of the hub's feed: connects to {@code ws(s)://host:port/api/buildhub}, keeps a
 * {@link HubMirror} of the hub's build plane from the snapshot and the deltas, and asks for a fresh
 * snapshot when it sees a gap in {@code seq}. Each new picture goes to the listener, on the
 * client's read thread. Reconnecting is the caller's business (one client, one connection).
 */
public final class HubClient implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HubClient.class);

    /** What the client hears; every method is called on the client's read thread. */
    public interface Listener {
        default void applied(BuildSnapshot snapshot, long seq) {
        }

        /** The hub's clock with the frame just applied; called before {@link #applied}. */
        default void hubTime(HubTime time) {
        }

        default void gap(long expected, long received) {
        }

        default void reply(String type, String message) {
        }

        default void closed(int code, String reason, boolean byHub) {
        }
    }

    private final Connection connection;
    private final HubMirror mirror = new HubMirror();
    private final Listener listener;
    private final AtomicInteger snapshots = new AtomicInteger();
    private final AtomicInteger gaps = new AtomicInteger();
    private volatile BuildSnapshot latest;
    private volatile long seq = -1;

    private HubClient(URI feed, Optional<SSLContext> tls, Optional<ProxyTunnel> tunnel, Listener listener,
            Duration timeout) {
        this.listener = listener;
        this.connection = new Connection(feed);
        if (tunnel.isPresent()) {
            // Sockets arrive tunnelled (and TLS over the tunnel for wss://), so the client neither connects nor wraps them.
            connection.setSocketFactory(tunnel.get().socketFactory(feed, tls.map(SSLContext::getSocketFactory), timeout));
        } else {
            tls.ifPresent(context -> connection.setSocketFactory(context.getSocketFactory()));
        }
    }

    /** Connects and waits for the connection to open (not for the snapshot: see {@link #awaitSeq}). */
    public static HubClient connect(URI feed, Optional<SSLContext> tls, Listener listener, Duration timeout)
            throws InterruptedException {
        return connect(feed, tls, Optional.empty(), listener, timeout);
    }

    /** As {@link #connect(URI, Optional, Listener, Duration)}, through an HTTP proxy's CONNECT tunnel. */
    public static HubClient connect(URI feed, Optional<SSLContext> tls, Optional<ProxyTunnel> tunnel, Listener listener,
            Duration timeout) throws InterruptedException {
        HubClient client = new HubClient(feed, tls, tunnel, listener, timeout);
        if (!client.connection.connectBlocking(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            client.connection.close();
            throw new IllegalStateException("could not connect to the hub at " + feed + " within " + timeout.toSeconds() + " s");
        }
        return client;
    }

    /** The latest picture of the hub's plane; null before the first snapshot. */
    public BuildSnapshot latest() {
        return latest;
    }

    public long seq() {
        return seq;
    }

    public int snapshots() {
        return snapshots.get();
    }

    public int gaps() {
        return gaps.get();
    }

    public boolean isOpen() {
        return connection.isOpen();
    }

    /** Waits until the copy has reached {@code atLeast}; false on time-out. */
    public boolean awaitSeq(long atLeast, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (seq < atLeast) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(5);
        }
        return true;
    }

    /** Asks the hub for a fresh snapshot. */
    public void resync() {
        connection.send("{\"type\":\"resync\"}");
    }

    /** Sends a raw text message (an application-level ping, or what a test needs). */
    public void send(String text) {
        connection.send(text);
    }

    @Override
    public void close() {
        try {
            connection.closeBlocking();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private final class Connection extends WebSocketClient {

        Connection(URI feed) {
            super(feed, Map.of("User-Agent", "maestro-hub-client"));
            setConnectionLostTimeout(60);
        }

        @Override
        public void onOpen(ServerHandshake handshake) {
            LOG.debug("connected to the hub at {}", getURI());
        }

        @Override
        public void onMessage(String message) {
            HubMirror.Outcome outcome;
            try {
                outcome = mirror.apply(message);
            } catch (MalformedFrameException e) {
                LOG.warn("the hub sent a frame this client cannot read ({}); asking for a fresh snapshot", e.getMessage());
                gaps.incrementAndGet();
                resync();
                return;
            }
            switch (outcome) {
                case HubMirror.Outcome.Applied applied -> {
                    if (applied.whole()) {
                        snapshots.incrementAndGet();
                    }
                    latest = applied.snapshot();
                    seq = mirror.seq();
                    mirror.hubTime().ifPresent(listener::hubTime);
                    listener.applied(applied.snapshot(), seq);
                }
                case HubMirror.Outcome.Gap gap -> {
                    gaps.incrementAndGet();
                    LOG.info("missed frames {}..{} of the hub's feed; asking for a fresh snapshot", gap.expected(),
                            gap.received() - 1);
                    listener.gap(gap.expected(), gap.received());
                    resync();
                }
                case HubMirror.Outcome.Skipped skipped -> {
                }
                case HubMirror.Outcome.Reply reply -> listener.reply(reply.type(), reply.message());
            }
        }

        @Override
        public void onClose(int code, String reason, boolean remote) {
            LOG.debug("the hub's feed closed ({}: {})", code, TerminalText.escape(reason));
            listener.closed(code, reason, remote);
        }

        @Override
        public void onError(Exception e) {
            LOG.debug("hub feed: {}", e.toString());
        }
    }
}
