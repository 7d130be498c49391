package io.intelgraph.maestro.config;

import io.intelgraph.maestro.store.TileQuery;
import io.intelgraph.maestro.userstate.UserStateStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WallConfigTest {

    @TempDir
    Path dir;

    @Test
    void theWallsKeysAreReadFromTheConfigFile() throws Exception {
        Files.writeString(dir.resolve("config.properties"), String.join("\n",
                "wall.pages=builds, release ,distill", "wall.rotate-seconds=30", "wall.dim=22:00-07:00",
                "sound.filter=org/api", "sound.volume=0.5", "sound.quiet=12:00-13:00",
                "sound.break-file=/tmp/oops.wav"));
        WallConfig wall = new ConfigLoader(Map.of(), dir).wall();
        assertEquals(List.of(WallPage.BUILDS, WallPage.RELEASE, WallPage.DISTILL), wall.pages());
        assertEquals(Duration.ofSeconds(30), wall.rotateEvery());
        assertEquals(Optional.of(new DailyWindow(LocalTime.of(22, 0), LocalTime.of(7, 0))), wall.dim());
        assertEquals("org/api", wall.soundFilter());
        assertEquals(0.5, wall.soundVolume());
        assertEquals(Optional.of(Path.of("/tmp/oops.wav")), wall.breakFile());
        assertEquals(Optional.empty(), wall.fixFile());
    }

    @Test
    void withoutAFileTheWallShowsBuildsAndSoundsDefaultBranches() {
        WallConfig wall = new ConfigLoader(Map.of(), dir).wall();
        assertEquals(WallConfig.DEFAULT, wall);
    }

    @Test
    void aBadValueIsReportedWithItsKey() throws Exception {
        Files.writeString(dir.resolve("config.properties"), "wall.pages=builds,weather\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ConfigLoader(Map.of(), dir).wall());
        assertTrue(e.getMessage().contains("wall.pages") && e.getMessage().contains("weather"), e.getMessage());
        Files.writeString(dir.resolve("config.properties"), "sound.quiet=late\n");
        e = assertThrows(IllegalArgumentException.class, () -> new ConfigLoader(Map.of(), dir).wall());
        assertTrue(e.getMessage().contains("sound.quiet"), e.getMessage());
    }

    @Test
    void dailyWindowsMayRunPastMidnight() {
        DailyWindow night = DailyWindow.parse("22:00-07:00").orElseThrow();
        assertTrue(night.contains(LocalTime.of(23, 30)));
        assertTrue(night.contains(LocalTime.of(3, 0)));
        assertTrue(night.contains(LocalTime.of(22, 0)));
        assertFalse(night.contains(LocalTime.of(7, 0)));
        assertFalse(night.contains(LocalTime.of(12, 0)));
        DailyWindow lunch = DailyWindow.parse("12:00-13:00").orElseThrow();
        assertTrue(lunch.contains(LocalTime.of(12, 30)));
        assertFalse(lunch.contains(LocalTime.of(21, 0)));
        assertEquals(Optional.empty(), DailyWindow.parse(" "));
    }

    @Test
    void muteAndHighContrastAreRememberedInUiState() {
        UserStateStore store = new UserStateStore(dir);
        store.save(new UserStateStore.UserState(TileQuery.ALL, true, false, true, true));
        UserStateStore.UserState loaded = store.load();
        assertTrue(loaded.soundMuted());
        assertTrue(loaded.highContrast());
        store.save(new UserStateStore.UserState(TileQuery.ALL, true, false));
        assertFalse(store.load().soundMuted());
    }
}
