package io.intelgraph.maestro.bench;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** The UI benchmarks' shared ground: one headless FX toolkit (Monocle, software rendering) and a frame clock. */
final class HeadlessFx {

    private static boolean started;

    private HeadlessFx() {
    }

    static synchronized void start() throws InterruptedException {
        if (started) {
            return;
        }
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        // A benchmark that wants another screen sets it before the toolkit starts (the wall's is 1080p).
        if (System.getProperty("headless.geometry") == null) {
            System.setProperty("headless.geometry", "1600x1000-32");
        }
        CountDownLatch up = new CountDownLatch(1);
        Platform.startup(up::countDown);
        up.await();
        // One benchmark closes its window before the next opens one: the toolkit must outlive both.
        Platform.setImplicitExit(false);
        started = true;
    }

    /** Runs {@code action} on the FX thread and waits for its result. */
    static <T> T onFx(Supplier<T> action) throws InterruptedException {
        Object[] result = new Object[1];
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            result[0] = action.get();
            done.countDown();
        });
        done.await(60, TimeUnit.SECONDS);
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return value;
    }

    /** Records the gap between consecutive FX pulses while it runs. */
    static final class FrameGaps {
        private final List<Long> gaps = Collections.synchronizedList(new ArrayList<>());
        private final AtomicLong last = new AtomicLong();
        private final AnimationTimer timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                long previous = last.getAndSet(System.nanoTime());
                if (previous != 0) {
                    gaps.add(System.nanoTime() - previous);
                }
            }
        };

        void start() {
            Platform.runLater(timer::start);
        }

        void stop() {
            Platform.runLater(timer::stop);
        }

        /** The gaps so far, sorted, and starts a new window. */
        List<Long> takeSorted() {
            List<Long> out;
            synchronized (gaps) {
                out = new ArrayList<>(gaps);
                gaps.clear();
            }
            Collections.sort(out);
            return out;
        }
    }

    /** Nanoseconds from {@code change} (run on the FX thread) to the first laid-out pulse. */
    static long untilPainted(Scene scene, Runnable change) throws InterruptedException {
        return untilPainted(scene, change, () -> true);
    }

    /**
     * Nanoseconds from {@code change} (run on the FX thread) to the first laid-out pulse at which
     * {@code shown} holds — for changes whose result arrives later from a background thread.
     */
    static long untilPainted(Scene scene, Runnable change, BooleanSupplier shown) throws InterruptedException {
        CountDownLatch painted = new CountDownLatch(1);
        long[] at = new long[2];
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (painted.getCount() > 0 && shown.getAsBoolean()) {
                at[1] = System.nanoTime();
                painted.countDown();
                scene.removePostLayoutPulseListener(listener[0]);
            }
        };
        Platform.runLater(() -> {
            at[0] = System.nanoTime();
            change.run();
            scene.addPostLayoutPulseListener(listener[0]);
        });
        painted.await(60, TimeUnit.SECONDS);
        return at[1] - at[0];
    }

    static double pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    static double max(List<Long> sorted) {
        return sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1);
    }
}
