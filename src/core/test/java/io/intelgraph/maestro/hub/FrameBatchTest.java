package io.intelgraph.maestro.hub;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A backlog goes out in one write of the frames back to back, never more than the batch's bytes but one frame. */
class FrameBatchTest {

    /** Counts the writes it is given and keeps their bytes. */
    private static final class Writes extends OutputStream {
        final List<Integer> sizes = new ArrayList<>();
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        @Override
        public void write(int b) {
            throw new AssertionError("a frame is written whole, never byte by byte");
        }

        @Override
        public void write(byte[] b, int off, int len) {
            sizes.add(len);
            bytes.write(b, off, len);
        }
    }

    private static Frame tile(long seq, int jsonBytes) {
        String json = "{\"type\":\"tile\",\"seq\":" + seq + ",\"x\":\"" + "a".repeat(Math.max(0, jsonBytes - 30)) + "\"}";
        return Frame.text("tile", seq, json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aBacklogIsOneWriteOfTheFramesInOrder() throws IOException {
        FrameBatch batch = new FrameBatch();
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        for (int seq = 1; seq <= 50; seq++) {
            Frame frame = tile(seq, 500);
            assertTrue(batch.fits(frame));
            batch.add(frame);
            frame.writeTo(expected);
        }
        Writes out = new Writes();

        batch.writeTo(out);

        assertEquals(List.of(expected.size()), out.sizes);
        assertArrayEquals(expected.toByteArray(), out.bytes.toByteArray());
    }

    @Test
    void aBatchStopsAtItsBytesButAlwaysTakesOneFrame() {
        FrameBatch batch = new FrameBatch();
        Frame big = tile(1, FrameBatch.MAX_BYTES * 2);
        assertTrue(batch.fits(big), "a snapshot larger than a batch still goes out");
        batch.add(big);
        assertFalse(batch.fits(tile(2, 10)));

        batch.clear();
        int taken = 0;
        while (batch.fits(tile(taken + 1, 1000))) {
            batch.add(tile(++taken, 1000));
        }
        assertTrue(taken > 1 && taken * tile(1, 1000).size() <= FrameBatch.MAX_BYTES, "frames taken: " + taken);
    }
}
