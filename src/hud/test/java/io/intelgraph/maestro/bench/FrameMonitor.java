package io.intelgraph.maestro.bench;

import com.sun.javafx.perf.PerformanceTracker;
import javafx.scene.Scene;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Times every frame a scene draws, and how long each store change takes to reach the screen.
 *
 * <p><b>Frame time</b>: the FX thread's CPU time since the previous frame (snapshot handling,
 * animation, CSS, layout — everything it ran to make this frame) plus the time from the end of
 * layout to the frame being drawn. The benchmark runs with {@code quantum.multithreaded=false}, so
 * a frame is drawn before the next pulse starts and each frame's time is its own. <b>Frame gap</b>:
 * from one drawn frame to the next, what the viewer sees (it includes the pulse timer's jitter).
 * <b>Event to pixel</b>: from just before the store change was written to the end of the first
 * frame drawn after the FX thread applied the snapshot carrying it (or, when that pulse drew
 * nothing because the change was off screen, to the end of its layout).
 */
final class FrameMonitor {

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final LongSupplier shownVersion;
    private final long fxThread;
    private final List<Long> frames = new ArrayList<>();
    private final List<Long> gaps = new ArrayList<>();
    private final List<Long> eventToPixel = new ArrayList<>();
    private final Deque<long[]> sent = new ArrayDeque<>();
    private long lastCpu;
    private long lastFrame;
    private long layoutAt;
    private long layoutVersion = -1;
    private boolean drawnSinceLayout = true;
    private boolean recording;

    /** On the FX thread: follows {@code scene}; {@code shownVersion} is the snapshot version the window shows. */
    FrameMonitor(Scene scene, LongSupplier shownVersion) {
        this.shownVersion = shownVersion;
        this.fxThread = Thread.currentThread().threadId();
        this.lastCpu = threads.getThreadCpuTime(fxThread);
        scene.addPostLayoutPulseListener(this::laidOut);
        PerformanceTracker.getSceneTracker(scene).setOnRenderedFrameTask(this::drawn);
    }

    /** A store change, written at {@code sentNanos}, carried by snapshot {@code version}. */
    synchronized void sent(long version, long sentNanos) {
        if (recording) {
            sent.add(new long[] {version, sentNanos});
        }
    }

    synchronized void record(boolean on) {
        recording = on;
        if (on) {
            lastFrame = 0;
        }
    }

    private synchronized void laidOut() {
        long now = System.nanoTime();
        if (!drawnSinceLayout) {
            // The previous pulse drew nothing (its changes were off screen): they reached the screen at its layout.
            resolve(layoutVersion, layoutAt);
        }
        layoutAt = now;
        layoutVersion = shownVersion.getAsLong();
        drawnSinceLayout = false;
    }

    private synchronized void drawn() {
        long now = System.nanoTime();
        long cpu = threads.getThreadCpuTime(fxThread);
        if (recording) {
            frames.add(cpu - lastCpu + Math.max(0, now - layoutAt));
            if (lastFrame != 0) {
                gaps.add(now - lastFrame);
            }
        }
        lastCpu = cpu;
        lastFrame = now;
        drawnSinceLayout = true;
        resolve(layoutVersion, now);
    }

    private void resolve(long version, long at) {
        while (!sent.isEmpty() && sent.peekFirst()[0] <= version) {
            eventToPixel.add(at - sent.pollFirst()[1]);
        }
    }

    /** The frame times so far, sorted, and starts a new window (as do the other two). */
    synchronized List<Long> takeFrames() {
        return take(frames);
    }

    synchronized List<Long> takeGaps() {
        return take(gaps);
    }

    synchronized List<Long> takeEventToPixel() {
        sent.clear();
        return take(eventToPixel);
    }

    private static List<Long> take(List<Long> from) {
        List<Long> out = new ArrayList<>(from);
        from.clear();
        Collections.sort(out);
        return out;
    }
}
