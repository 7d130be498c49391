package io.intelgraph.maestro.distill;

import io.intelgraph.maestro.store.BuildPlane;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs the engine over the plane's branches on a schedule (not per snapshot: its own results make
 * snapshots too) and puts the recommendations back on the plane for the tiles and the panel.
 */
public final class DistillFeed implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DistillFeed.class);

    private final BuildPlane plane;
    private final java.util.function.Supplier<DistillEngine> build;
    private final ScheduledExecutorService executor;
    private DistillEngine engine;
    private ScheduledFuture<?> task;

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
    }

    private synchronized DistillEngine engine() {
        if (engine == null) {
            engine = build.get();
        }
        return engine;
    }

    public DistillFeed start(Duration every) {
        task = executor.scheduleWithFixedDelay(() -> {
            try {
                round();
            } catch (RuntimeException e) {
                LOG.warn("Distillation round failed: {}", e.toString());
            }
        }, 1_000, every.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    /** One pass over every branch on the plane. */
    public void round() {
        plane.putRecommendations(engine().recommend(SignalExtractor.all(plane.snapshot())));
    }

    @Override
    public void close() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
