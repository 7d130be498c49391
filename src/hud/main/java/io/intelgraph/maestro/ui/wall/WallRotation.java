package io.intelgraph.maestro.ui.wall;

import io.intelgraph.maestro.config.WallPage;
import io.intelgraph.maestro.ui.task.BackgroundTask;
import io.intelgraph.maestro.ui.task.TaskExecutor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.time.Duration;
import java.util.List;

/**
 * The wall's rotation through its pages ({@code wall.pages}), one every {@code wall.rotate-seconds}:
 * which page is up, its caption for across the room ("2/4 · Release readiness"), and whether a
 * person paused it. Turns on a task scheduled through the {@link TaskExecutor}, so a test turns it
 * by running the scheduled tasks. FX thread only; no nodes.
 */
public final class WallRotation {

    private final List<WallPage> pages;
    private final Duration interval;
    private final TaskExecutor tasks;
    private final ReadOnlyObjectWrapper<WallPage> page = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper caption = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper paused = new ReadOnlyBooleanWrapper();
    private TaskExecutor.Cancellable turn = TaskExecutor.Cancellable.NONE;
    private int index;
    private boolean running;

    public WallRotation(List<WallPage> pages, Duration interval, TaskExecutor tasks) {
        if (pages.isEmpty()) {
            throw new IllegalArgumentException("a rotation needs a page");
        }
        this.pages = List.copyOf(pages);
        this.interval = interval;
        this.tasks = tasks;
        show(0);
    }

    /** Whether the wall is on screen: the rotation turns only then, from the first page each time. */
    public void setRunning(boolean on) {
        if (on == running) {
            return;
        }
        running = on;
        if (on) {
            show(0);
        }
        reschedule();
    }

    /** P or Space: holds the page on screen, or lets it turn again (a full interval from now). */
    public void togglePause() {
        paused.set(!paused.get());
        reschedule();
    }

    /** → : the next page now; the interval starts again. */
    public void next() {
        show((index + 1) % pages.size());
        reschedule();
    }

    /** ← : the page before. */
    public void previous() {
        show((index - 1 + pages.size()) % pages.size());
        reschedule();
    }

    private void show(int next) {
        index = next;
        page.set(pages.get(next));
        caption.set(pages.size() > 1 ? (next + 1) + "/" + pages.size() + " · " + pages.get(next).title() : "");
    }

    private void reschedule() {
        turn.cancel();
        turn = TaskExecutor.Cancellable.NONE;
        if (running && !paused.get() && pages.size() > 1) {
            turn = tasks.schedule(interval, BackgroundTask.of("wall rotation", () -> { }).onSuccess(done -> {
                turn = TaskExecutor.Cancellable.NONE;
                next();
            }));
        }
    }

    public List<WallPage> pages() {
        return pages;
    }

    public ReadOnlyObjectProperty<WallPage> pageProperty() {
        return page.getReadOnlyProperty();
    }

    /** "2/4 · Release readiness"; empty when there is only one page. */
    public ReadOnlyStringProperty captionProperty() {
        return caption.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty pausedProperty() {
        return paused.getReadOnlyProperty();
    }
}
