package io.intelgraph.maestro.ui.sound;

import io.intelgraph.maestro.config.DailyWindow;
import io.intelgraph.maestro.config.WallConfig;
import io.intelgraph.maestro.model.build.BuildState;
import io.intelgraph.maestro.store.BuildTile;
import io.intelgraph.maestro.store.Freshness;
import io.intelgraph.maestro.transitions.Transition;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static io.intelgraph.maestro.model.build.BuildState.FAILED;
import static io.intelgraph.maestro.model.build.BuildState.PASSED;
import static io.intelgraph.maestro.testing.Snapshots.snapshot;
import static io.intelgraph.maestro.testing.Snapshots.tile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the wall plays, heard through a recording player. */
class BuildSoundsTest {

    /** 23:30 in Berlin (22:30 UTC): inside 22:00-07:00 local time, outside it in UTC. */
    private static final Clock LATE = Clock.fixed(Instant.parse("2026-12-02T22:30:00Z"), ZoneId.of("Europe/Berlin"));
    private static final Clock NOON = Clock.fixed(Instant.parse("2026-12-02T11:00:00Z"), ZoneId.of("Europe/Berlin"));

    private final List<String> played = new ArrayList<>();
    private final SoundPlayer recorder = (kind, volume) -> played.add(kind + " " + volume);
    private long version;

    private static WallConfig config(String filter, Optional<DailyWindow> quiet) {
        WallConfig d = WallConfig.DEFAULT;
        return new WallConfig(d.pages(), d.rotateEvery(), d.dim(), filter, 0.5, quiet, Optional.empty(), Optional.empty());
    }

    private void feed(BuildSounds sounds, BuildTile... tiles) {
        sounds.accept(snapshot(++version, Freshness.LIVE, tiles));
    }

    private void breakAndFixApiMain(BuildSounds sounds) {
        feed(sounds, tile("org/api", "main", PASSED));
        feed(sounds, tile("org/api", "main", FAILED));
        feed(sounds, tile("org/api", "main", PASSED));
    }

    @Test
    void aBreakAndAFixOfADefaultBranchAreHeard() {
        breakAndFixApiMain(new BuildSounds(config("default-branches", Optional.empty()), NOON, recorder));
        assertEquals(List.of("BREAK 0.5", "FIX 0.5"), played);
    }

    @Test
    void otherBranchesAreHeardOnlyWhenTheFilterSaysSo() {
        BuildSounds defaults = new BuildSounds(config("default-branches", Optional.empty()), NOON, recorder);
        feed(defaults, tile("org/api", "feature", PASSED));
        feed(defaults, tile("org/api", "feature", FAILED));
        assertEquals(List.of(), played);
        BuildSounds all = new BuildSounds(config("all", Optional.empty()), NOON, recorder);
        feed(all, tile("org/api", "feature", PASSED));
        feed(all, tile("org/api", "feature", FAILED));
        assertEquals(List.of("BREAK 0.5"), played);
    }

    @Test
    void manyChangesAtOnceAreOneSoundAndABreakOutranksAFix() {
        BuildSounds sounds = new BuildSounds(config("all", Optional.empty()), NOON, recorder);
        feed(sounds, tile("org/api", "main", PASSED), tile("org/web", "trunk", FAILED), tile("org/web", "x", PASSED));
        feed(sounds, tile("org/api", "main", FAILED), tile("org/web", "trunk", PASSED), tile("org/web", "x", FAILED));
        assertEquals(List.of("BREAK 0.5"), played);
    }

    @Test
    void mutedOrInQuietHoursLocalTimeNothingPlays() {
        BuildSounds muted = new BuildSounds(config("all", Optional.empty()), NOON, recorder);
        muted.setMuted(true);
        breakAndFixApiMain(muted);
        assertEquals(List.of(), played);
        Optional<DailyWindow> night = DailyWindow.parse("22:00-07:00");
        breakAndFixApiMain(new BuildSounds(config("all", night), LATE, recorder));
        assertEquals(List.of(), played, "23:30 in Berlin is quiet hours");
        breakAndFixApiMain(new BuildSounds(config("all", night), NOON, recorder));
        assertEquals(List.of("BREAK 0.5", "FIX 0.5"), played);
    }

    @Test
    void unmutingDoesNotReplayWhatHappenedMeanwhile() {
        BuildSounds sounds = new BuildSounds(config("all", Optional.empty()), NOON, recorder);
        feed(sounds, tile("org/api", "main", PASSED));
        sounds.setMuted(true);
        feed(sounds, tile("org/api", "main", FAILED));
        sounds.setMuted(false);
        feed(sounds, tile("org/api", "main", FAILED));
        assertEquals(List.of(), played);
        feed(sounds, tile("org/api", "main", BuildState.PASSED));
        assertEquals(List.of(Transition.Kind.FIX + " 0.5"), played);
    }

    @Test
    void withoutAudioThePlayerAsksOnceSaysWhyAndStaysQuiet() {
        List<String> asked = new ArrayList<>();
        AudioClipPlayer player = new AudioClipPlayer(Optional.empty(), Optional.empty(), source -> {
            asked.add(source);
            return Optional.of("no audio device");
        });
        player.play(Transition.Kind.BREAK, 1);
        player.play(Transition.Kind.FIX, 1);
        assertEquals(1, asked.size(), "asked once, before the first sound");
        assertTrue(asked.get(0).endsWith("sounds/break.wav"), asked.get(0));
        assertEquals(Optional.of("no audio device"), player.unavailable());
    }

    @Test
    void aHeadlessScreenHasNoSound() {
        // The tests' screen is Monocle's headless one: AudioClip would fail there on a thread of its own.
        assertEquals("Headless", System.getProperty("monocle.platform"));
        assertTrue(AudioClipPlayer.check("file:/x.wav").orElseThrow().contains("headless"));
    }
}
