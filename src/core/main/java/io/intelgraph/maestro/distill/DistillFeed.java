package io.intelgraph.maestro.distill;

import io.intelgraph.maestro.model.distill.BranchRecommendation;
import io.intelgraph.maestro.model.distill.Signals;
import io.intelgraph.maestro.store.BuildPlane;
import io.intelgraph.maestro.store.BuildSnapshot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Follows the plane and puts the engine's recommendations back on it, on its own executor. Each
 * pass takes the newest snapshot waiting (a burst of snapshots makes one pass), and its results
 * carry the version of the snapshot they were derived from: a result overtaken by a newer snapshot
 * while the engine ran is not published, and the plane drops one older than those it holds. The
 * snapshot that only carries the feed's own results sets off no pass, and a snapshot whose signals
 * are those of the last results runs no engine: the student learns each state of a branch once.
 */
public final class DistillFeed implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DistillFeed.class);

    private final BuildPlane plane;
    private final Supplier<DistillEngine> build;
    private final Executor executor;
    private final AtomicReference<BuildSnapshot> waiting = new AtomicReference<>();
    private final AtomicBoolean queued = new AtomicBoolean();
    private final AtomicLong enginePasses = new AtomicLong();
    private volatile boolean closed;
    private Runnable unsubscribe = () -> { };
    // Guarded by this: passes run one at a time.
    private DistillEngine engine;
    /** The last results computed and the signals they were computed from (null: none, or the teachers changed). */
    private List<BranchRecommendation> computed;
    private List<Signals> computedFrom;
    /** The signals of the results last published; null after the teachers change, so the next pass publishes. */
    private List<Signals> publishedFrom;
    private long publishedFromVersion = Long.MIN_VALUE;
    /** The version of the snapshot that carries the results last published. */
    private long ownSnapshot = Long.MIN_VALUE;

    public DistillFeed(BuildPlane plane, DistillEngine engine, Executor executor) {
        this(plane, () -> engine, executor);
    }

    /**
     * @param build makes the engine on the feed's own thread at its first pass: training the
     *              student takes a good half second that the window's start-up should not wait for
     * @param executor the feed's own thread (single-threaded); the passes run there
     */
    public DistillFeed(BuildPlane plane, Supplier<DistillEngine> build, Executor executor) {
        this.plane = plane;
        this.build = build;
        this.executor = executor;
    }

    /** Follows the plane: every snapshot it publishes (coalesced while a pass runs) is considered. */
    public DistillFeed start() {
        unsubscribe = plane.subscribe("distill-feed", this::offer);
        return this;
    }

    /** The marketplace changed the teachers; an engine not built yet will read them when it is. */
    public void teachersChanged(List<TeacherProfile> teachers) {
        synchronized (this) {
            if (engine != null) {
                engine.teachersChanged(teachers);
            }
            computed = null;
            computedFrom = null;
            publishedFrom = null;
        }
        offer(plane.snapshot());
    }

    /** Takes a snapshot for the next pass, replacing an older one still waiting; never blocks. */
    void offer(BuildSnapshot snapshot) {
        if (closed) {
            return;
        }
        waiting.accumulateAndGet(snapshot, (held, offered) -> held == null || offered.version() >= held.version() ? offered : held);
        if (queued.compareAndSet(false, true)) {
            executor.execute(this::passOnWaiting);
        }
    }

    private void passOnWaiting() {
        queued.set(false);
        BuildSnapshot snapshot = waiting.getAndSet(null);
        if (snapshot == null || closed) {
            return;
        }
        try {
            pass(snapshot);
        } catch (RuntimeException e) {
            LOG.warn("Distillation pass on snapshot {} failed: {}", snapshot.version(), e.toString());
        }
    }

    /** One pass over the plane's current snapshot, on the calling thread (the CLI, tests). */
    public void round() {
        pass(plane.snapshot());
    }

    private synchronized void pass(BuildSnapshot snapshot) {
        if (snapshot.version() < publishedFromVersion || onlyOwnResults(snapshot)) {
            return;
        }
        List<Signals> signals = SignalExtractor.all(snapshot);
        if (signals.equals(publishedFrom)) {
            return;
        }
        if (!signals.equals(computedFrom)) {
            if (engine == null) {
                engine = build.get();
            }
            computed = engine.recommend(signals);
            computedFrom = signals;
            enginePasses.incrementAndGet();
        }
        if (waiting.get() != null) {
            // Overtaken while the engine ran: the waiting snapshot's pass publishes, reusing these
            // results if its signals are the same.
            return;
        }
        OptionalLong carriedBy = plane.putRecommendations(snapshot.version(), computed);
        if (carriedBy.isPresent()) {
            publishedFrom = signals;
            publishedFromVersion = snapshot.version();
            ownSnapshot = carriedBy.getAsLong();
        }
    }

    /** The snapshot right after the one the results came from, made by publishing them: nothing else changed. */
    private boolean onlyOwnResults(BuildSnapshot snapshot) {
        return publishedFrom != null && snapshot.version() == ownSnapshot && ownSnapshot == publishedFromVersion + 1;
    }

    /** How many times the engine ran (for tests and the log). */
    public long enginePasses() {
        return enginePasses.get();
    }

    @Override
    public void close() {
        closed = true;
        unsubscribe.run();
        waiting.set(null);
    }
}
