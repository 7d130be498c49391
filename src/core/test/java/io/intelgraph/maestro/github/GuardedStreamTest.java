package io.intelgraph.maestro.github;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class GuardedStreamTest {

    @Test
    void aBodyWithinTheLimitsReadsWhole() throws IOException {
        byte[] bytes = "0123456789".getBytes();
        try (InputStream in = new GuardedStream(new ByteArrayInputStream(bytes), 10, Duration.ofSeconds(5), Duration.ofSeconds(5))) {
            assertArrayEquals(bytes, in.readAllBytes());
        }
    }

    @Test
    void aBodyPastTheCapStopsThere() {
        InputStream in = new GuardedStream(new ByteArrayInputStream(new byte[3 << 20]), 2 << 20, Duration.ofSeconds(5),
                Duration.ofSeconds(5));
        GuardedStream.TooLarge e = assertThrows(GuardedStream.TooLarge.class, in::readAllBytes);
        assertEquals("larger than 2 MB", e.getMessage());
    }

    @Test
    void aBlockedReadIsWokenWhenTheBodyPausesTooLong() {
        InputStream in = new GuardedStream(new Connection(Duration.ofDays(1)), 1 << 20, Duration.ofMillis(300),
                Duration.ofSeconds(30));
        GuardedStream.Expired e = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThrows(GuardedStream.Expired.class, in::readAllBytes));
        assertEquals("sent nothing for 300 ms", e.getMessage());
    }

    @Test
    void aBodyThatKeepsTricklingEndsAtTheOverallDeadline() {
        InputStream in = new GuardedStream(new Connection(Duration.ofMillis(100)), 1 << 20, Duration.ofMillis(400),
                Duration.ofSeconds(1));
        GuardedStream.Expired e = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThrows(GuardedStream.Expired.class, in::readAllBytes));
        assertEquals("did not finish within 1 s", e.getMessage());
    }

    /** A connection's body: a byte every {@code pause}; closing it wakes a blocked read, as java.net.http's does. */
    private static final class Connection extends InputStream {
        private final Duration pause;
        private final CountDownLatch closed = new CountDownLatch(1);

        Connection(Duration pause) {
            this.pause = pause;
        }

        @Override
        public int read() throws IOException {
            try {
                return closed.await(pause.toMillis(), TimeUnit.MILLISECONDS) ? -1 : ' ';
            } catch (InterruptedException e) {
                throw new InterruptedIOException();
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int c = read();
            if (c == -1) {
                return -1;
            }
            b[off] = (byte) c;
            return 1;
        }

        @Override
        public void close() {
            closed.countDown();
        }
    }
}
