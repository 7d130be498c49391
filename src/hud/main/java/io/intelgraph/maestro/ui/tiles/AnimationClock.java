package io.intelgraph.maestro.ui.tiles;

import io.intelgraph.maestro.ui.task.BackgroundTask;
import io.intelgraph.maestro.ui.task.TaskExecutor;
import javafx.animation.AnimationTimer;

import java.time.Duration;
import java.time.Instant;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The one clock of the tiles on screen: it turns every spinner, plays every state-change pulse and
 * refreshes elapsed time and progress, instead of a transition per tile. It runs only while the
 * tiles it drives are showing and one of them has something that moves, and stops otherwise, so an
 * idle wall draws nothing.
 *
 * <p>The budget: spinners step {@value #SPIN_STEPS_PER_SECOND} times a second and elapsed time and
 * progress once a second, all tiles in the same frame, so a screen of spinners costs 6 frames a
 * second, not 60 (8 a second cost 6–7% of a core for a screen of spinners in software rendering;
 * 6 keep it near 5%). Those steps come from a task scheduled on the {@link TaskExecutor}, not from
 * an animation: a JavaFX animation of any kind pulses the window 60 times a second, which on its own
 * cost 3% of a core. Only a pulse (a state change's flash, 700 ms) runs an {@link AnimationTimer},
 * while it plays. With reduced motion nothing spins or pulses; elapsed time and progress stay current.
 */
public final class AnimationClock {

    static final int SPIN_STEPS_PER_SECOND = 6;
    /** One turn in 2 s: 6 steps a second of 30°. */
    private static final double DEGREES_PER_STEP = 30;
    private static final Duration SPIN_STEP = Duration.ofMillis(1000 / SPIN_STEPS_PER_SECOND);
    private static final Duration TICK = Duration.ofSeconds(1);

    /** When a tile's pulse began, and the second it last ticked at. */
    private static final class Motion {
        long second = -1;
        long pulseFrom = -1;
    }

    private final Supplier<Instant> now;
    private final TaskExecutor tasks;
    private final Map<TileView, Motion> tiles = new IdentityHashMap<>();
    private final AnimationTimer pulses = new AnimationTimer() {
        @Override
        public void handle(long nanos) {
            pulseFrame(nanos);
        }
    };
    private TaskExecutor.Cancellable nextStep = TaskExecutor.Cancellable.NONE;
    private boolean pulsing;
    private boolean showing = true;
    private boolean reducedMotion;

    /**
     * @param now   the builds' clock (elapsed time and progress are measured on it)
     * @param tasks schedules the steps
     */
    public AnimationClock(Supplier<Instant> now, TaskExecutor tasks) {
        this.now = now;
        this.tasks = tasks;
    }

    /** A tile came on screen. */
    void attach(TileView tile) {
        tiles.computeIfAbsent(tile, t -> new Motion());
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
        if (motion != null && !reducedMotion && showing) {
            motion.pulseFrom = System.nanoTime();
            if (!pulsing) {
                pulsing = true;
                pulses.start();
            }
        }
    }

    /** What was shown changed (a new snapshot, a scroll): steps if something moves, stops if nothing does. */
    void wake() {
        if (!showing) {
            stop();
            return;
        }
        Duration step = stepNeeded();
        if (step == null) {
            nextStep.cancel();
            nextStep = TaskExecutor.Cancellable.NONE;
        } else if (nextStep == TaskExecutor.Cancellable.NONE) {
            schedule(step);
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
                tile.pulse(TileView.PULSE_MILLIS);
                tile.spin(0);
            });
        }
        wake();
    }

    public boolean reducedMotion() {
        return reducedMotion;
    }

    /** Whether anything on screen is moving now (tests: nothing moves off screen or in a hidden view). */
    public boolean running() {
        return nextStep != TaskExecutor.Cancellable.NONE || pulsing;
    }

    /** How often the tiles shown need a step: a spinner's rate, once a second, or not at all. */
    private Duration stepNeeded() {
        Duration step = null;
        for (TileView tile : tiles.keySet()) {
            if (tile.spinning() && !reducedMotion) {
                return SPIN_STEP;
            }
            if (tile.ticking()) {
                step = TICK;
            }
        }
        return step;
    }

    private void schedule(Duration step) {
        // On the step's boundary of the system clock, so every tile (and every clock) steps in the same frame.
        long millis = step.toMillis();
        long wait = millis - System.currentTimeMillis() % millis;
        nextStep = tasks.schedule(Duration.ofMillis(wait), BackgroundTask.of("tile clock", () -> { }).onSuccess(done -> {
            nextStep = TaskExecutor.Cancellable.NONE;
            if (showing) {
                step();
                wake();
            }
        }));
    }

    /** Turns the spinners to the step of this moment and ticks the tiles whose second has come. */
    private void step() {
        long millis = System.currentTimeMillis();
        double degrees = millis / SPIN_STEP.toMillis() % (long) (360 / DEGREES_PER_STEP) * DEGREES_PER_STEP;
        long second = millis / 1000;
        Instant at = null;
        for (Map.Entry<TileView, Motion> entry : tiles.entrySet()) {
            TileView tile = entry.getKey();
            if (tile.spinning() && !reducedMotion) {
                tile.spin(degrees);
            }
            if (tile.ticking() && entry.getValue().second != second) {
                entry.getValue().second = second;
                at = at == null ? now.get() : at;
                tile.tick(at);
            }
        }
    }

    private void pulseFrame(long nanos) {
        boolean more = false;
        for (Map.Entry<TileView, Motion> entry : tiles.entrySet()) {
            Motion motion = entry.getValue();
            if (motion.pulseFrom >= 0) {
                double millis = (nanos - motion.pulseFrom) / 1e6;
                entry.getKey().pulse(Math.max(0, millis));
                if (millis >= TileView.PULSE_MILLIS) {
                    motion.pulseFrom = -1;
                } else {
                    more = true;
                }
            }
        }
        if (!more) {
            pulsing = false;
            pulses.stop();
        }
    }

    private void stop() {
        nextStep.cancel();
        nextStep = TaskExecutor.Cancellable.NONE;
        if (pulsing) {
            pulsing = false;
            pulses.stop();
            tiles.forEach((tile, motion) -> {
                motion.pulseFrom = -1;
                tile.pulse(TileView.PULSE_MILLIS);
            });
        }
    }
}
