package io.intelgraph.maestro.hub;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One HTTP request: its head, where it came from, and its body, read only when a handler asks and
 * only up to the handler's limit. A body declared larger than the limit is refused before a byte of
 * it is read; one that arrives slower than the deadline is refused too.
 */
public final class HubRequest {

    private final HttpHead head;
    private final String remote;
    private final byte[] rest;
    private final InputStream in;
    private final OutputStream out;
    private final Duration bodyTimeout;
    private boolean bodyRead;

    HubRequest(HttpHead head, String remote, byte[] rest, InputStream in, OutputStream out, Duration bodyTimeout) {
        this.head = head;
        this.remote = remote;
        this.rest = rest;
        this.in = in;
        this.out = out;
        this.bodyTimeout = bodyTimeout;
    }

    /** For handlers' tests: a request whose body is already here. */
    public static HubRequest of(HttpHead head, byte[] body) {
        return new HubRequest(head, "test", body, InputStream.nullInputStream(), OutputStream.nullOutputStream(),
                Duration.ofSeconds(5));
    }

    public HttpHead head() {
        return head;
    }

    public String method() {
        return head.method();
    }

    public String path() {
        return head.path();
    }

    public Optional<String> header(String name) {
        return head.header(name);
    }

    /** The client's address, for the log. */
    public String remote() {
        return remote;
    }

    /** Whether a body was declared and not read: the connection then ends with a lingering close. */
    boolean bodyLeftUnread() {
        try {
            return !bodyRead && head.contentLength().orElse(0) > 0;
        } catch (HttpHead.Refused e) {
            return true;
        }
    }

    /**
     * The whole body, at most {@code limit} bytes.
     *
     * @throws HttpHead.Refused 413 when it is declared larger (nothing of it is read), 400 when it
     *                          ends early, 408 when it does not arrive within the deadline
     */
    public byte[] body(long limit) throws HttpHead.Refused, IOException {
        OptionalLong declared = head.contentLength();
        long length = declared.orElse(0);
        if (length > limit) {
            throw new HttpHead.Refused(413, "the body is " + length + " bytes; the limit here is " + limit + " bytes");
        }
        bodyRead = true;
        if (head.headerHasToken("expect", "100-continue")) {
            out.write("HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream((int) Math.min(length, 64 * 1024));
        body.write(rest, 0, (int) Math.min(rest.length, length));
        byte[] chunk = new byte[(int) Math.min(64 * 1024, Math.max(1, length))];
        long deadline = System.nanoTime() + bodyTimeout.toNanos();
        while (body.size() < length) {
            int n;
            try {
                n = in.read(chunk, 0, (int) Math.min(chunk.length, length - body.size()));
            } catch (SocketTimeoutException e) {
                throw new HttpHead.Refused(408, "the body stopped arriving (" + body.size() + " of " + length + " bytes)");
            }
            if (n < 0) {
                throw new HttpHead.Refused(400, "the body ended after " + body.size() + " of " + length + " bytes");
            }
            body.write(chunk, 0, n);
            if (System.nanoTime() > deadline) {
                throw new HttpHead.Refused(408, "the body did not arrive within " + bodyTimeout.toSeconds() + " s");
            }
        }
        return body.toByteArray();
    }
}
