package io.intelgraph.maestro.ui.wall;

import io.intelgraph.maestro.config.DailyWindow;
import io.intelgraph.maestro.testing.OnFx;
import io.intelgraph.maestro.ui.task.CurrentThreadTaskExecutor;
import javafx.scene.Cursor;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The wall's care for its screen, on a clock the test turns: cursor, pixel shift, dimming. */
class BurnInGuardTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private final CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private record Screen(BorderPane content, BurnInGuard guard, Scene scene) {
    }

    private Screen screen(Clock clock) {
        return OnFx.read(() -> {
            BorderPane content = new BorderPane();
            BurnInGuard guard = new BurnInGuard(content, tasks, clock, DailyWindow.parse("22:00-07:00"));
            Scene scene = new Scene(new StackPane(content, guard.dimmer()), 800, 600);
            return new Screen(content, guard, scene);
        });
    }

    private void wall(Screen s, boolean on) {
        OnFx.read(() -> {
            s.guard().setWall(on, s.scene());
            return null;
        });
    }

    @Test
    void theCursorHidesOnTheWallAndComesBackOffIt() {
        Screen s = screen(Clock.fixed(Instant.parse("2026-12-02T11:00:00Z"), BERLIN));
        wall(s, true);
        assertEquals(Cursor.NONE, s.scene().getCursor());
        wall(s, false);
        assertEquals(Cursor.DEFAULT, s.scene().getCursor());
    }

    @Test
    void thePictureMovesAFewPixelsEveryFewMinutesAndNoFurther() {
        Screen s = screen(Clock.fixed(Instant.parse("2026-12-02T11:00:00Z"), BERLIN));
        wall(s, true);
        Set<String> places = new HashSet<>();
        for (int minute = 1; minute <= 60; minute++) {
            assertEquals(1, OnFx.read(tasks::runScheduled), "one task a minute");
            double x = s.content().getTranslateX();
            double y = s.content().getTranslateY();
            assertTrue(Math.abs(x) <= 4 && Math.abs(y) <= 4, "within 4 px: " + x + ", " + y);
            places.add(x + "," + y);
            if (minute == BurnInGuard.SHIFT_MINUTES - 1) {
                assertEquals(0, x + y, "still in place before " + BurnInGuard.SHIFT_MINUTES + " minutes");
            }
        }
        assertTrue(places.size() >= 8, "round a square, not back and forth: " + places);
        wall(s, false);
        assertEquals(0, s.content().getTranslateX() + s.content().getTranslateY(), "back in place off the wall");
        assertEquals(0, OnFx.read(tasks::runScheduled), "and nothing runs");
    }

    @Test
    void theWallDimsInItsHoursLocalTime() {
        // 21:30 UTC is 22:30 in Berlin: inside 22:00-07:00 there, not in UTC.
        Screen night = screen(Clock.fixed(Instant.parse("2026-12-02T21:30:00Z"), BERLIN));
        wall(night, true);
        assertTrue(OnFx.read(() -> night.guard().dimmer().isVisible()));
        assertEquals(0.4, night.guard().dimmer().getOpacity());
        wall(night, false);
        assertFalse(OnFx.read(() -> night.guard().dimmer().isVisible()), "never dimmed off the wall");
        Screen day = screen(Clock.fixed(Instant.parse("2026-12-02T11:00:00Z"), BERLIN));
        wall(day, true);
        assertFalse(OnFx.read(() -> day.guard().dimmer().isVisible()));
    }
}
