package io.intelgraph.maestro.distill;

import io.intelgraph.maestro.store.BuildPlane;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs the engine over the plane's branches and puts the recommendations back on the plane for the
 * tiles and the panel: half a second after the plane changes (changes in between are taken in one
 * pass), and on a slow schedule besides. A pass whose signals are the ones of the last pass is
 * skipped — its own results make snapshots too, and the student should not learn a branch twice.
 */
public final class DistillFeed implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DistillFeed.class);

    private final BuildPlane plane;
    private final java.util.function.Supplier<DistillEngine> build;
    private final ScheduledExecutorService executor;
    private DistillEngine engine;
    private ScheduledFuture<?> task;
    private Runnable unsubscribe = () -> { };
    private final java.util.concurrent.atomic.AtomicBoolean pending = new java.util.concurrent.atomic.AtomicBoolean();
    /** The signals of the last pass; null after the teachers change, so the next pass runs. */
    private java.util.List<io.intelgraph.maestro.model.distill.Signals> lastSignals;
    static final Duration SETTLE = Duration.ofMillis(500);

    public DistillFeed(BuildPlane plane, DistillEngine engine, ScheduledExecutorService executor) {
        this(plane, () -> engine, executor);
    }

    /**
     * @param build makes the engine on the feed's own thread at its first round: training the
     *              student takes a good half second that the window's start-up should not wait for
     */
    public DistillFeed(BuildPlane plane, java.util.function.Supplier<DistillEngine> build, ScheduledExecutorService executor) {
        this.plane = plane;
        this.build = build;
        this.executor = executor;
    }

    /** The marketplace changed the teachers; an engine not built yet will read them when it is. */
    public synchronized void teachersChanged(java.util.List<TeacherProfile> teachers) {
        if (engine != null) {
            engine.teachersChanged(teachers);
        }
        lastSignals = null;
        soon();
    }

    private synchronized DistillEngine engine() {
        if (engine == null) {
            engine = build.get();
        }
        return engine;
    }

    public DistillFeed start(Duration every) {
        task = executor.scheduleWithFixedDelay(this::safeRound, 1_000, every.toMillis(), TimeUnit.MILLISECONDS);
        unsubscribe = plane.subscribe(snapshot -> soon());
        return this;
    }

    /** A pass after the plane settles; a change while one is pending joins it. */
    private void soon() {
        if (task != null && pending.compareAndSet(false, true)) {
            executor.schedule(() -> {
                pending.set(false);
                safeRound();
            }, SETTLE.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void safeRound() {
        try {
            round();
        } catch (RuntimeException e) {
            LOG.warn("Distillation round failed: {}", e.toString());
        }
    }

    /** One pass over every branch on the plane, unless nothing the engine reads has changed. */
    public void round() {
        java.util.List<io.intelgraph.maestro.model.distill.Signals> signals = SignalExtractor.all(plane.snapshot());
        synchronized (this) {
            if (signals.equals(lastSignals)) {
                return;
            }
            lastSignals = signals;
        }
        plane.putRecommendations(engine().recommend(signals));
    }

    @Override
    public void close() {
        unsubscribe.run();
        if (task != null) {
            task.cancel(false);
        }
    }
}
