package io.intelgraph.maestro.hub;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.net.ssl.SSLSocket;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.util.concurrent.TimeUnit;

/**
 * How the hub ends a connection while the client may still be sending (a request body it did not read, the rest of a
 * WebSocket message over the limit): its answer is out, its side of the stream is ended, and what the client still
 * sends is read and discarded for a moment, bounded in time and bytes, so that the client reads the answer before the
 * reset an unread remainder would cause. Closing at once lost clients their 413s and their close frames.
 */
final class LingeringClose {

    private static final Logger LOG = LoggerFactory.getLogger(LingeringClose.class);

    /** At most this long, as long as the hub waits for its clients when it shuts down. */
    static final long MAX_MILLIS = 2_000;
    /** At most this much is read and discarded. */
    static final long MAX_BYTES = 1024 * 1024;

    private LingeringClose() {
    }

    /** Ends the hub's side of the stream; a TLS socket is left as it is (TLS has no half-close before 1.3). */
    static void endOutput(Socket socket) throws IOException {
        if (!(socket instanceof SSLSocket)) {
            socket.shutdownOutput();
        }
    }

    /** For a connection no other thread reads: ends the output, drains on the calling thread, then closes. */
    static void drainAndClose(Socket socket) {
        try {
            endOutput(socket);
            socket.setSoTimeout((int) MAX_MILLIS);
            InputStream in = socket.getInputStream();
            byte[] drain = new byte[16 * 1024];
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(MAX_MILLIS);
            long drained = 0;
            int n;
            while (drained < MAX_BYTES && System.nanoTime() < deadline && (n = in.read(drain)) >= 0) {
                drained += n;
            }
        } catch (IOException e) {
            // the client closed or reset first: nothing more to do
        } finally {
            try {
                socket.close();
            } catch (IOException e) {
                LOG.debug("hub: closing a connection: {}", e.getMessage());
            }
        }
    }
}
