package io.intelgraph.maestro.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * How the HUD behaves on a wall: the pages it rotates through, sounds on breaks and fixes, dimming.
 * Read from {@code config.properties} by {@link ConfigLoader#wall()}.
 *
 * @param pages the rotation's pages, in order; one page means no rotation
 * @param rotateEvery how long each page stays
 * @param dim when the wall is dimmed (a black overlay at {@link #DIM_OVERLAY_OPACITY}), local time
 * @param soundFilter which branches' breaks and fixes sound ({@code default-branches}, {@code all}, or a filter expression)
 * @param soundVolume 0 to 1
 * @param soundQuiet when no sound plays, local time
 * @param breakFile a sound of one's own for a break, instead of the HUD's
 * @param fixFile a sound of one's own for a fix
 */
public record WallConfig(List<WallPage> pages, Duration rotateEvery, Optional<DailyWindow> dim, String soundFilter,
        double soundVolume, Optional<DailyWindow> soundQuiet, Optional<Path> breakFile, Optional<Path> fixFile) {

    /** How opaque the black overlay that dims the wall is. */
    public static final double DIM_OVERLAY_OPACITY = 0.4;

    public static final WallConfig DEFAULT = new WallConfig(List.of(WallPage.BUILDS), Duration.ofSeconds(20),
            Optional.empty(), "default-branches", 0.8, Optional.empty(), Optional.empty(), Optional.empty());

    public WallConfig {
        pages = List.copyOf(pages);
        if (pages.isEmpty()) {
            throw new IllegalArgumentException("wall.pages names no page");
        }
        if (rotateEvery.toSeconds() < 3) {
            throw new IllegalArgumentException("wall.rotate-seconds must be 3 or more");
        }
        if (soundVolume < 0 || soundVolume > 1) {
            throw new IllegalArgumentException("sound.volume must be 0 to 1");
        }
    }
}
