package io.intelgraph.maestro.ui.wall;

import io.intelgraph.maestro.config.DailyWindow;
import io.intelgraph.maestro.config.WallConfig;
import io.intelgraph.maestro.ui.task.BackgroundTask;
import io.intelgraph.maestro.ui.task.TaskExecutor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.Region;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Optional;

/**
 * What a screen left on all day needs, while the wall is up: no cursor over it, the picture moved a
 * few pixels every {@value #SHIFT_MINUTES} minutes (round a small square, so no edge stays lit in
 * one place), and dimmed in {@code wall.dim}'s hours by a black overlay at
 * {@link WallConfig#DIM_OVERLAY_OPACITY}. One task a minute drives both, through the
 * {@link TaskExecutor}: a test turns it.
 */
public final class BurnInGuard {

    static final int SHIFT_MINUTES = 3;
    /** The offsets visited in turn, in pixels: never more than {@value #REACH} from where the picture belongs. */
    private static final int REACH = 4;
    private static final int[][] OFFSETS = {{0, 0}, {REACH, 0}, {REACH, REACH}, {0, REACH}, {-REACH, REACH},
            {-REACH, 0}, {-REACH, -REACH}, {0, -REACH}, {REACH, -REACH}};

    private final Node shifted;
    private final Region dimmer = new Region();
    private final TaskExecutor tasks;
    private final Clock clock;
    private final Optional<DailyWindow> dim;
    private final ReadOnlyBooleanWrapper dimmed = new ReadOnlyBooleanWrapper();
    private TaskExecutor.Cancellable tick = TaskExecutor.Cancellable.NONE;
    private Scene scene;
    private boolean on;
    private int minutes;
    private int offset;

    /**
     * @param shifted the window's content, moved against burn-in
     * @param clock   in the wall's time zone: dimming hours are local time
     */
    public BurnInGuard(Node shifted, TaskExecutor tasks, Clock clock, Optional<DailyWindow> dim) {
        this.shifted = shifted;
        this.tasks = tasks;
        this.clock = clock;
        this.dim = dim;
        dimmer.setId("wall-dimmer");
        dimmer.setStyle("-fx-background-color: black;");
        dimmer.setOpacity(WallConfig.DIM_OVERLAY_OPACITY);
        dimmer.setMouseTransparent(true);
        dimmer.visibleProperty().bind(dimmed);
    }

    /** The overlay to lay over the window's content (black, shown only while dimmed). */
    public Region dimmer() {
        return dimmer;
    }

    /** Wall mode on or off, on the window's scene: hides or gives back the cursor, starts or stops the task. */
    public void setWall(boolean wall, Scene target) {
        on = wall;
        scene = target;
        tick.cancel();
        tick = TaskExecutor.Cancellable.NONE;
        if (scene != null) {
            scene.setCursor(wall ? Cursor.NONE : Cursor.DEFAULT);
        }
        minutes = 0;
        offset = 0;
        place();
        dimmed.set(wall && dimHours());
        if (wall) {
            schedule();
        }
    }

    /** Stops the task, touching no node (any thread: the window is closing). */
    public void stop() {
        on = false;
        tick.cancel();
    }

    private void schedule() {
        tick = tasks.schedule(Duration.ofMinutes(1), BackgroundTask.of("wall burn-in", () -> { }).onSuccess(done -> {
            tick = TaskExecutor.Cancellable.NONE;
            if (on) {
                minute();
                schedule();
            }
        }));
    }

    /** One minute on the wall: dim or not by the clock, and every few minutes move on. */
    void minute() {
        dimmed.set(dimHours());
        if (++minutes % SHIFT_MINUTES == 0) {
            offset = (offset + 1) % OFFSETS.length;
            place();
        }
    }

    private void place() {
        shifted.setTranslateX(OFFSETS[offset][0]);
        shifted.setTranslateY(OFFSETS[offset][1]);
    }

    private boolean dimHours() {
        return dim.map(d -> d.contains(LocalTime.now(clock))).orElse(false);
    }

    public ReadOnlyBooleanProperty dimmedProperty() {
        return dimmed.getReadOnlyProperty();
    }
}
