package io.intelgraph.maestro.github;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A streamed download's body with limits: at most {@code cap} bytes, no pause longer than
 * {@code idle} between bytes, all of it within {@code total}. java.net.http's request timeout
 * stops at the headers, so a body that stalls would otherwise block its reader for good: on
 * expiry the stream is closed from a timer, which wakes the blocked read.
 */
final class GuardedStream extends FilterInputStream {

    /** The body stalled or took too long. */
    static final class Expired extends IOException {
        Expired(String message) {
            super(message);
        }
    }

    /** The body is larger than the cap. */
    static final class TooLarge extends IOException {
        TooLarge(String message) {
            super(message);
        }
    }

    private final long cap;
    private final Duration idle;
    private final Duration total;
    private final long started = System.nanoTime();
    private final long deadline;
    private volatile long lastProgress = started;
    private volatile String expired;
    private volatile boolean closed;
    private long count;

    GuardedStream(InputStream in, long cap, Duration idle, Duration total) {
        super(in);
        this.cap = cap;
        this.idle = idle;
        this.total = total;
        this.deadline = started + total.toNanos();
        checkIn(idle.toNanos());
    }

    private void checkIn(long nanos) {
        // The JDK's shared delay scheduler: no thread of our own to start or stop per download.
        CompletableFuture.delayedExecutor(Math.max(1, nanos), TimeUnit.NANOSECONDS).execute(this::check);
    }

    private void check() {
        if (closed) {
            return;
        }
        long now = System.nanoTime();
        if (now - deadline >= 0) {
            expire("did not finish within " + words(total));
        } else if (now - lastProgress >= idle.toNanos()) {
            expire("sent nothing for " + words(idle));
        } else {
            checkIn(Math.min(lastProgress + idle.toNanos(), deadline) - now);
        }
    }

    private static String words(Duration duration) {
        return duration.toMillisPart() == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    private void expire(String reason) {
        expired = reason;
        try {
            in.close(); // wakes a read blocked on the connection
        } catch (IOException e) {
            // closing is all that is wanted; the reader gets Expired
        }
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n == -1 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        failIfExpired();
        int n;
        try {
            n = super.read(b, off, len);
        } catch (IOException e) {
            failIfExpired();
            throw e;
        }
        failIfExpired();
        if (n > 0) {
            count += n;
            lastProgress = System.nanoTime();
            if (count > cap) {
                throw new TooLarge("larger than " + (cap >> 20) + " MB");
            }
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        int step = (int) Math.min(Math.max(n, 0), 8192);
        return step == 0 ? 0 : Math.max(0, read(new byte[step], 0, step));
    }

    private void failIfExpired() throws Expired {
        String reason = expired;
        if (reason != null) {
            throw new Expired(reason);
        }
    }

    @Override
    public void close() throws IOException {
        closed = true;
        super.close();
    }
}
