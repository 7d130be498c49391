package io.intelgraph.maestro.hub;

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
 * it is read; one that arrives slower than the deadline is refused too; one that would take the
 * hub's bodies in hand past their {@link BodyBudget} is turned away (503) likewise.
 */
public final class HubRequest {

    private final HttpHead head;
    private final String remote;
    private final byte[] rest;
    private final InputStream in;
    private final OutputStream out;
    private final Duration bodyTimeout;
    private final BodyBudget budget;
    private boolean bodyRead;
    private long taken;
    private boolean turnedAway;

    HubRequest(HttpHead head, String remote, byte[] rest, InputStream in, OutputStream out, Duration bodyTimeout,
            BodyBudget budget) {
        this.head = head;
        this.remote = remote;
        this.rest = rest;
        this.in = in;
        this.out = out;
        this.bodyTimeout = bodyTimeout;
        this.budget = budget;
    }

    /** For handlers' tests: a request whose body is already here. */
    public static HubRequest of(HttpHead head, byte[] body) {
        return new HubRequest(head, "test", body, InputStream.nullInputStream(), OutputStream.nullOutputStream(),
                Duration.ofSeconds(5), new BodyBudget(Long.MAX_VALUE));
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
     * @throws HttpHead.Refused 413 when it is declared larger (nothing of it is read), 503 when the
     *                          hub holds as many bodies as it takes at once (nothing read either),
     *                          400 when it ends early, 408 when it does not arrive within the deadline
     */
    public byte[] body(long limit) throws HttpHead.Refused, IOException {
        OptionalLong declared = head.contentLength();
        long length = declared.orElse(0);
        if (length > limit) {
            throw new HttpHead.Refused(413, "the body is " + length + " bytes; the limit here is " + limit + " bytes");
        }
        if (taken == 0 && length > 0 && !budget.take(length)) {
            turnedAway = true;
            long cap = budget.capacity();
            throw new HttpHead.Refused(503, "the hub holds at most " + (cap % (1024 * 1024) == 0 ? cap / (1024 * 1024) + " MB"
                    : cap + " bytes") + " of request bodies at once and has no room for this one's " + length
                    + " bytes now; try again in a few seconds");
        }
        taken = length;
        bodyRead = true;
        if (head.headerHasToken("expect", "100-continue")) {
            out.write("HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
        }
        // Exactly the declared size, allocated once it is admitted: the budget is what the body costs.
        byte[] body = new byte[(int) length];
        int have = (int) Math.min(rest.length, length);
        System.arraycopy(rest, 0, body, 0, have);
        long deadline = System.nanoTime() + bodyTimeout.toNanos();
        while (have < length) {
            int n;
            try {
                n = in.read(body, have, (int) Math.min(64 * 1024, length - have));
            } catch (SocketTimeoutException e) {
                throw new HttpHead.Refused(408, "the body stopped arriving (" + have + " of " + length + " bytes)");
            }
            if (n < 0) {
                throw new HttpHead.Refused(400, "the body ended after " + have + " of " + length + " bytes");
            }
            have += n;
            if (System.nanoTime() > deadline) {
                throw new HttpHead.Refused(408, "the body did not arrive within " + bodyTimeout.toSeconds() + " s");
            }
        }
        return body;
    }

    /** Whether the body was turned away because the hub held too many at once (the answer then says when to retry). */
    boolean turnedAway() {
        return turnedAway;
    }

    /** The request is answered: its body no longer counts against the budget. */
    void release() {
        if (taken > 0) {
            budget.giveBack(taken);
            taken = 0;
        }
    }
}
