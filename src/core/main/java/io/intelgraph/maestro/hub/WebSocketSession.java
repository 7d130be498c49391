package io.intelgraph.maestro.hub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.intelgraph.maestro.hub.HubMetrics.DropReason;
import io.intelgraph.maestro.text.TerminalText;
import org.java_websocket.WebSocket;
import org.java_websocket.WebSocketAdapter;
import org.java_websocket.WebSocketImpl;
import org.java_websocket.exceptions.WebsocketNotConnectedException;
import org.java_websocket.framing.CloseFrame;
import org.java_websocket.framing.Framedata;
import org.java_websocket.handshake.Handshakedata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * One WebSocket client. Java-WebSocket's {@link WebSocketImpl} does the protocol (handshake,
 * framing, masking, ping/pong, close); this class drives it over a plain blocking socket with two
 * virtual threads, a reader and a writer, and owns the client's queue.
 *
 * <p>The queue is bounded: a client that falls behind by more than {@link HubLimits#queueFrames()}
 * frames or {@link HubLimits#queueBytes()} bytes has its backlog dropped and is sent a fresh
 * snapshot instead, so the hub never holds more for a slow reader than that; frames are shared, so
 * the queue holds references. A client that takes no bytes at all for {@link HubLimits#stuckWrite()}
 * is disconnected.
 */
final class WebSocketSession extends WebSocketAdapter implements HubFeed.Subscriber {

    private static final Logger LOG = LoggerFactory.getLogger(WebSocketSession.class);
    private static final AtomicLong IDS = new AtomicLong();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long OVERFLOW_LOG_EVERY = TimeUnit.SECONDS.toNanos(10);
    /** What {@link #take()} returns when Java-WebSocket is closing and everything it queued is written. */
    private static final Object FLUSHED = new Object();

    private final long id = IDS.incrementAndGet();
    private final Socket socket;
    private final String remote;
    private final HubFeed feed;
    private final HubMetrics metrics;
    private final HubLimits limits;
    private final WebSocketImpl ws;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition work = lock.newCondition();
    private final ArrayDeque<Frame> pending = new ArrayDeque<>();
    private long pendingBytes;
    private boolean closed;
    private volatile boolean opened;
    private int overflowsUnlogged;
    private long overflowLoggedAt;
    private int garbage;

    private final long createdAt = System.nanoTime();
    /** When the writer started the write it is in, 0 when it is not writing. */
    private volatile long writingSince;
    private volatile long lastHeard = System.nanoTime();
    private volatile long lastPing = System.nanoTime();
    /** Set once the hub's close frame is written: the reader then discards what it reads. */
    private volatile boolean draining;
    private final CountDownLatch readerDone = new CountDownLatch(1);

    WebSocketSession(Socket socket, HubFeed feed, HubMetrics metrics, HubLimits limits) {
        this.socket = socket;
        this.remote = socket.getInetAddress().getHostAddress() + ":" + socket.getPort();
        this.feed = feed;
        this.metrics = metrics;
        this.limits = limits;
        this.ws = new WebSocketImpl(this, List.of(new WholeMessageLimit(limits.maxClientMessageBytes())));
    }

    String name() {
        return "client " + id + " (" + remote + ")";
    }

    /** Runs the session on the calling (virtual) thread: the handshake in {@code head}, then every frame the client sends. */
    void serve(byte[] head, byte[] rest) {
        Thread.ofVirtual().name("hub-ws-writer-" + id).start(this::writeLoop);
        try {
            ws.decode(ByteBuffer.wrap(head));
            if (rest.length > 0) {
                ws.decode(ByteBuffer.wrap(rest));
            }
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[2048];
            int n;
            long drained = 0;
            while (!ws.isClosed() && drained < LingeringClose.MAX_BYTES && (n = in.read(buffer)) != -1) {
                lastHeard = System.nanoTime();
                if (draining) {
                    drained += n;
                } else {
                    ws.decode(ByteBuffer.wrap(buffer, 0, n));
                }
            }
            ws.eot();
        } catch (IOException e) {
            ws.closeConnection(CloseFrame.ABNORMAL_CLOSE, "read failed: " + e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("{}: {}", name(), e.toString());
            ws.closeConnection(CloseFrame.ABNORMAL_CLOSE, "internal error");
        } finally {
            readerDone.countDown();
        }
    }

    // --- the writer: Java-WebSocket's own frames (handshake answer, pongs, close) first, then the feed's ---

    private void writeLoop() {
        FrameBatch batch = new FrameBatch();
        try {
            OutputStream out = socket.getOutputStream();
            while (true) {
                Object next = take(batch);
                if (next == null) {
                    return;
                }
                if (next == FLUSHED) {
                    lingerThenClose();
                    return;
                }
                writingSince = System.nanoTime();
                if (next == batch) {
                    batch.writeTo(out);
                    batch.frames().forEach(metrics::sent);
                    batch.clear();
                } else {
                    ByteBuffer buffer = (ByteBuffer) next;
                    out.write(buffer.array(), buffer.arrayOffset() + buffer.position(), buffer.remaining());
                }
                writingSince = 0;
            }
        } catch (IOException e) {
            ws.closeConnection(CloseFrame.ABNORMAL_CLOSE, "write failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            writingSince = 0;
        }
    }

    /**
     * The hub's close frame is written; the client may still be sending (the rest of a message over the limit, say),
     * and closing now would reset the connection before it read the close frame and its code. A {@link LingeringClose}:
     * the reader, which owns the input, discards until the client closes its end or the bounds are reached.
     */
    private void lingerThenClose() throws InterruptedException {
        draining = true;
        try {
            LingeringClose.endOutput(socket);
            readerDone.await(LingeringClose.MAX_MILLIS, TimeUnit.MILLISECONDS);
        } catch (IOException e) {
            LOG.debug("{}: ending the output: {}", name(), e.getMessage());
        } finally {
            ws.closeConnection();
        }
    }

    /**
     * The next thing to write: a protocol frame, else {@code batch} filled with the feed's frames
     * queued now (only while open); {@link #FLUSHED} once a closing connection has nothing more to
     * send; null once the session is over.
     */
    private Object take(FrameBatch batch) throws InterruptedException {
        lock.lock();
        try {
            while (true) {
                ByteBuffer control = ws.outQueue.poll();
                if (control != null) {
                    return control;
                }
                if (closed) {
                    return null;
                }
                if (ws.isFlushAndClose()) {
                    return FLUSHED;
                }
                if (!pending.isEmpty() && ws.isOpen()) {
                    while (!pending.isEmpty() && batch.fits(pending.peek())) {
                        Frame frame = pending.poll();
                        if (!frame.isSnapshot()) {
                            pendingBytes -= frame.size();
                        }
                        batch.add(frame);
                    }
                    return batch;
                }
                work.await();
            }
        } finally {
            lock.unlock();
        }
    }

    private void wake() {
        lock.lock();
        try {
            work.signalAll();
        } finally {
            lock.unlock();
        }
    }

    // --- the feed ---

    @Override
    public void offer(List<Frame> frames, Supplier<Frame> snapshot) {
        lock.lock();
        try {
            if (closed) {
                return;
            }
            long bytes = 0;
            for (Frame frame : frames) {
                bytes += frame.size();
            }
            if (pending.size() + frames.size() > limits.queueFrames() || pendingBytes + bytes > limits.queueBytes()) {
                int dropped = pending.size() + frames.size();
                pending.clear();
                pendingBytes = 0;
                pending.add(snapshot.get());
                metrics.overflowed();
                overflowed(dropped);
            } else {
                pending.addAll(frames);
                pendingBytes += bytes;
            }
            work.signalAll();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void restart(Frame snapshot) {
        lock.lock();
        try {
            pending.clear();
            pendingBytes = 0;
            pending.add(snapshot);
            work.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** One log line per overflow, at most one every ten seconds per client (the rest are counted into it). */
    private void overflowed(int dropped) {
        overflowsUnlogged++;
        long now = System.nanoTime();
        if (overflowLoggedAt == 0 || now - overflowLoggedAt >= OVERFLOW_LOG_EVERY) {
            LOG.warn("{} fell behind ({} frames queued, {} time(s)): its backlog was dropped and a fresh snapshot sent instead",
                    name(), dropped, overflowsUnlogged);
            overflowLoggedAt = now;
            overflowsUnlogged = 0;
        }
    }

    /** A reply to this client alone (pong, error), queued behind the feed's frames. */
    private void reply(Frame frame) {
        lock.lock();
        try {
            if (!closed && pending.size() < limits.queueFrames()) {
                pending.add(frame);
                work.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    // --- keepalive and watchdog, called by the server every second or so ---

    void keepalive(long now) {
        long since = writingSince;
        if (since != 0 && now - since > limits.stuckWrite().toNanos()) {
            drop(DropReason.SLOW, "it took no bytes for " + limits.stuckWrite().toSeconds() + " s");
            return;
        }
        if (!opened) {
            if (now - createdAt > limits.headTimeout().toNanos()) {
                drop(DropReason.SLOW, "the WebSocket handshake did not finish within " + limits.headTimeout().toSeconds() + " s");
            }
            return;
        }
        long ping = limits.pingInterval().toNanos();
        if (now - lastHeard > ping * 5 / 2) {
            drop(DropReason.NO_PONG, "it answered no ping for " + (now - lastHeard) / 1_000_000_000 + " s");
        } else if (now - lastPing >= ping && ws.isOpen()) {
            lastPing = now;
            try {
                ws.sendPing();
            } catch (WebsocketNotConnectedException e) {
                // closing meanwhile: nothing to keep alive
            }
        }
    }

    /** Disconnects without a closing handshake (the client is not reading); the socket's close unblocks the writer. */
    private void drop(DropReason reason, String why) {
        metrics.dropped(reason);
        LOG.warn("{} disconnected: {}", name(), why);
        ws.closeConnection(CloseFrame.ABNORMAL_CLOSE, why);
        closeSocket();
    }

    /** The hub is stopping: a proper close frame, "going away". */
    void shutdown() {
        if (ws.isOpen()) {
            ws.close(CloseFrame.GOING_AWAY, "the hub is stopping");
        } else {
            ws.closeConnection(CloseFrame.GOING_AWAY, "the hub is stopping");
        }
    }

    int queued() {
        lock.lock();
        try {
            return pending.size();
        } finally {
            lock.unlock();
        }
    }

    boolean isOpen() {
        return ws.isOpen();
    }

    // --- Java-WebSocket's callbacks ---

    @Override
    public void onWebsocketOpen(WebSocket conn, Handshakedata handshake) {
        opened = true;
        lastHeard = System.nanoTime();
        metrics.connected();
        LOG.info("{} connected to the feed{}", name(), handshake.hasFieldValue("User-Agent")
                ? " (" + TerminalText.escape(cut(handshake.getFieldValue("User-Agent"))) + ")" : "");
        feed.join(this);
    }

    @Override
    public void onWebsocketMessage(WebSocket conn, String message) {
        JsonNode command;
        try {
            command = JSON.readTree(message);
        } catch (IOException e) {
            garbage("it is not JSON");
            return;
        }
        String type = command == null ? "" : command.path("type").asText("");
        switch (type) {
            case "resync", "snapshot" -> feed.resync(this);
            case "ping" -> reply(FrameEncoder.reply("pong", ""));
            default -> garbage(type.isEmpty() ? "it has no \"type\"" : "there is no command \"" + TerminalText.escape(cut(type)) + "\"");
        }
    }

    @Override
    public void onWebsocketMessage(WebSocket conn, ByteBuffer blob) {
        garbage("the feed takes text frames, not binary ones");
    }

    private void garbage(String why) {
        garbage++;
        if (garbage > limits.garbageBeforeClose() + 1) {
            return; // closing already: what was in flight is not worth a line each
        }
        LOG.info("{} sent a message the hub cannot read ({} so far): {}", name(), garbage, why);
        if (garbage > limits.garbageBeforeClose()) {
            metrics.dropped(DropReason.GARBAGE);
            LOG.warn("{} disconnected: more than {} unreadable messages", name(), limits.garbageBeforeClose());
            ws.close(CloseFrame.POLICY_VALIDATION, "too many messages the hub cannot read");
            return;
        }
        reply(FrameEncoder.reply("error", "message not understood: " + why
                + "; the hub understands {\"type\":\"resync\"} and {\"type\":\"ping\"}"));
    }

    @Override
    public void onWebsocketPong(WebSocket conn, Framedata f) {
        lastHeard = System.nanoTime();
    }

    @Override
    public void onWebsocketClose(WebSocket conn, int code, String reason, boolean remote) {
        lock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            pending.clear();
            work.signalAll();
        } finally {
            lock.unlock();
        }
        feed.leave(this);
        closeSocket();
        if (opened) {
            LOG.info("{} disconnected ({}{}{})", name(), code, reason.isEmpty() ? "" : ": ", TerminalText.escape(reason));
        } else {
            LOG.info("{}: WebSocket handshake refused ({})", name(), TerminalText.escape(reason));
        }
    }

    private void closeSocket() {
        try {
            socket.close();
        } catch (IOException e) {
            LOG.debug("{}: closing the socket: {}", name(), e.getMessage());
        }
    }

    @Override
    public void onWebsocketClosing(WebSocket ws, int code, String reason, boolean remote) {
        // the writer flushes the close frame, then ends the connection
    }

    @Override
    public void onWebsocketCloseInitiated(WebSocket ws, int code, String reason) {
        // as above
    }

    @Override
    public void onWebsocketError(WebSocket conn, Exception ex) {
        LOG.debug("{}: {}", name(), ex.toString());
    }

    @Override
    public void onWriteDemand(WebSocket conn) {
        wake();
    }

    @Override
    public InetSocketAddress getLocalSocketAddress(WebSocket conn) {
        return (InetSocketAddress) socket.getLocalSocketAddress();
    }

    @Override
    public InetSocketAddress getRemoteSocketAddress(WebSocket conn) {
        return (InetSocketAddress) socket.getRemoteSocketAddress();
    }

    private static String cut(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }
}
