package io.intelgraph.maestro.ui.task;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * The tests' {@link TaskExecutor}: work and outcome run at once on the calling thread, so a view
 * model is tested without a window or a worker. Scheduled tasks wait until the test says time has
 * passed ({@link #runScheduled()}), so a debounce is tested without sleeping. While {@link #hold()}
 * is on, executed tasks wait for {@link #release()}: a test can act while work is on its way.
 */
public final class CurrentThreadTaskExecutor implements TaskExecutor {

    private record Pending(BackgroundTask<?> task, boolean[] cancelled) {
    }

    private final List<Pending> scheduled = new ArrayList<>();
    private final List<BackgroundTask<?>> held = new ArrayList<>();
    private boolean holding;
    private int executed;
    private int scheduledRuns;

    @Override
    public <T> void execute(BackgroundTask<T> task) {
        executed++;
        if (holding) {
            held.add(task);
        } else {
            run(task);
        }
    }

    /** Tasks executed from now on wait for {@link #release()}. */
    public CurrentThreadTaskExecutor hold() {
        holding = true;
        return this;
    }

    /** Runs the held tasks in the order they came (and any they execute), and stops holding. */
    public void release() {
        holding = false;
        List<BackgroundTask<?>> due = new ArrayList<>(held);
        held.clear();
        due.forEach(CurrentThreadTaskExecutor::run);
    }

    /** Runs the held tasks newest first, as when a later request is answered before an earlier one. */
    public void releaseNewestFirst() {
        Collections.reverse(held);
        release();
    }

    @Override
    public <T> Cancellable schedule(Duration delay, BackgroundTask<T> task) {
        boolean[] cancelled = {false};
        scheduled.add(new Pending(task, cancelled));
        return () -> cancelled[0] = true;
    }

    /** Runs the scheduled tasks not cancelled, as if their delay had passed; how many ran. */
    public int runScheduled() {
        List<Pending> due = new ArrayList<>(scheduled);
        scheduled.clear();
        int ran = 0;
        for (Pending pending : due) {
            if (!pending.cancelled()[0]) {
                run(pending.task());
                ran++;
            }
        }
        scheduledRuns += ran;
        return ran;
    }

    private static <T> void run(BackgroundTask<T> task) {
        task.deliver(task.call());
    }

    /** Scheduled tasks neither run nor cancelled yet. */
    public long waiting() {
        return scheduled.stream().filter(p -> !p.cancelled()[0]).count();
    }

    /** Tasks run through {@link #execute} so far. */
    public int executed() {
        return executed;
    }

    /** Scheduled tasks run so far. */
    public int scheduledRuns() {
        return scheduledRuns;
    }

    @Override
    public Executor ui() {
        return Runnable::run;
    }

    @Override
    public void close() {
        scheduled.clear();
    }
}
