package io.intelgraph.maestro.hub;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The frames one client's writer takes from its queue at once and writes in one call. A client that
 * fell behind (its socket buffer full for a moment, the machine busy) catches up in a few writes of up
 * to {@value #MAX_BYTES} bytes instead of one system call per frame, as Node's {@code ws} does with
 * {@code writev}; a client that keeps up gets each frame alone, as soon as it is queued.
 */
final class FrameBatch {

    /** A larger batch saves little more and costs its copy. */
    static final int MAX_BYTES = 64 * 1024;

    private final List<Frame> frames = new ArrayList<>();
    private int bytes;

    /** Whether {@code frame} may join: the first always does (a snapshot may be larger than a batch). */
    boolean fits(Frame frame) {
        return frames.isEmpty() || bytes + frame.size() <= MAX_BYTES;
    }

    void add(Frame frame) {
        frames.add(frame);
        bytes += frame.size();
    }

    boolean isEmpty() {
        return frames.isEmpty();
    }

    List<Frame> frames() {
        return frames;
    }

    /** Writes the frames back to back, in one call. */
    void writeTo(OutputStream out) throws IOException {
        if (frames.size() == 1) {
            frames.getFirst().writeTo(out);
            return;
        }
        byte[] joined = new byte[bytes];
        int at = 0;
        for (Frame frame : frames) {
            at = frame.copyTo(joined, at);
        }
        out.write(joined);
    }

    void clear() {
        frames.clear();
        bytes = 0;
    }
}
