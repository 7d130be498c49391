package io.intelgraph.maestro.ui.tiles;

import javafx.animation.AnimationTimer;

import java.time.Instant;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The one clock of the tiles on screen: it turns every spinner, plays every state-change pulse and
 * refreshes elapsed time and progress, instead of a transition per tile. It runs only while the
 * tiles it drives are showing and one of them has something that moves; it stops otherwise, so an
 * idle wall draws nothing. Spinners step {@value #SPIN_STEPS_PER_SECOND} times a second and elapsed
 * time and progress are redrawn once a second, each tile at its own phase of the step, so the
 * redraws spread over the frames instead of landing in one. With reduced motion nothing spins or
 * pulses; the clock still keeps elapsed time and progress current.
 */
public final class AnimationClock {

    static final int SPIN_STEPS_PER_SECOND = 8;
    /** One turn in 1.5 s: 8 steps a second of 30°. */
    private static final double DEGREES_PER_STEP = 30;

    /** What the clock last drew on a tile, and when its pulse began. */
    private static final class Motion {
        final double phase;
        long spinStep = -1;
        long second = -1;
        long pulseFrom = -1;

        Motion(double phase) {
            this.phase = phase;
        }
    }

    private final Supplier<Instant> now;
    private final Map<TileView, Motion> tiles = new IdentityHashMap<>();
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long nanos) {
            frame(nanos);
        }
    };
    private boolean showing = true;
    private boolean reducedMotion;
    private boolean running;
    private int attached;

    /** @param now the builds' clock (elapsed time and progress are measured on it) */
    public AnimationClock(Supplier<Instant> now) {
        this.now = now;
    }

    /** A tile came on screen. */
    void attach(TileView tile) {
        tiles.computeIfAbsent(tile, t -> new Motion(((attached++ * 0.618_034) % 1)));
        wake();
    }

    /** A tile left the screen: nothing of it moves any more. */
    void detach(TileView tile) {
        if (tiles.remove(tile) != null) {
            tile.pulse(TileView.PULSE_MILLIS);
        }
    }

    /** The tile's branch changed state: pulse it, unless motion is reduced. */
    void pulse(TileView tile) {
        Motion motion = tiles.get(tile);
        if (motion != null && !reducedMotion) {
            motion.pulseFrom = System.nanoTime();
            wake();
        }
    }

    /** What was shown changed (a new snapshot, a scroll): runs the clock if something moves, stops it if not. */
    void wake() {
        boolean moves = showing && tiles.keySet().stream().anyMatch(this::moves);
        if (moves && !running) {
            running = true;
            timer.start();
        } else if (!moves) {
            stop();
        }
    }

    /** Whether the tiles are on a showing window, in the view shown. */
    public void setShowing(boolean on) {
        showing = on;
        if (on) {
            wake();
        } else {
            stop();
        }
    }

    public void setReducedMotion(boolean on) {
        reducedMotion = on;
        if (on) {
            tiles.forEach((tile, motion) -> {
                motion.pulseFrom = -1;
                motion.spinStep = -1;
                tile.pulse(TileView.PULSE_MILLIS);
                tile.spin(0);
            });
        }
        wake();
    }

    public boolean reducedMotion() {
        return reducedMotion;
    }

    /** Whether the clock is running (tests: nothing moves off screen or in a hidden view). */
    public boolean running() {
        return running;
    }

    private boolean moves(TileView tile) {
        Motion motion = tiles.get(tile);
        return tile.ticking() || !reducedMotion && tile.spinning() || motion != null && motion.pulseFrom >= 0;
    }

    private void frame(long nanos) {
        double seconds = nanos / 1e9;
        Instant at = null;
        boolean moving = false;
        for (Map.Entry<TileView, Motion> entry : tiles.entrySet()) {
            TileView tile = entry.getKey();
            Motion motion = entry.getValue();
            if (tile.spinning() && !reducedMotion) {
                long step = (long) ((seconds + motion.phase / SPIN_STEPS_PER_SECOND) * SPIN_STEPS_PER_SECOND);
                if (step != motion.spinStep) {
                    motion.spinStep = step;
                    tile.spin(step % (360 / (long) DEGREES_PER_STEP) * DEGREES_PER_STEP);
                }
                moving = true;
            }
            if (tile.ticking()) {
                long second = (long) (seconds + motion.phase);
                if (second != motion.second) {
                    motion.second = second;
                    at = at == null ? now.get() : at;
                    tile.tick(at);
                }
                moving = true;
            }
            if (motion.pulseFrom >= 0) {
                double millis = (nanos - motion.pulseFrom) / 1e6;
                tile.pulse(Math.max(0, millis));
                if (millis >= TileView.PULSE_MILLIS) {
                    motion.pulseFrom = -1;
                } else {
                    moving = true;
                }
            }
        }
        if (!moving) {
            stop();
        }
    }

    private void stop() {
        if (running) {
            running = false;
            timer.stop();
        }
    }
}
