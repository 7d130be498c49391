package io.intelgraph.maestro.ui.sound;

import io.intelgraph.maestro.transitions.Transition;
import javafx.application.Platform;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The sounds through a real audio stack (scripts/sound-check.sh: JavaFX media → ALSA → a PulseAudio
 * sink that plays in real time into a pipe). {@code play KIND} plays the HUD's own sound through
 * {@link AudioClipPlayer} as the wall does; {@code hear FILE KIND} reads what the sink played (raw
 * s16le, 2 channels, 44.1 kHz) and compares its notes, length and level with the shipped sound's.
 * Exit 0 only when the sound played and sounded right.
 */
public final class SoundCheck {

    private SoundCheck() {
    }

    public static void main(String[] args) throws Exception {
        Transition.Kind kind = Transition.Kind.valueOf(args[args.length - 1].toUpperCase(Locale.ROOT));
        switch (args[0]) {
            case "play" -> play(kind);
            case "hear" -> hear(Path.of(args[1]), kind);
            default -> throw new IllegalArgumentException("play KIND | hear FILE KIND");
        }
    }

    private static void play(Transition.Kind kind) throws InterruptedException {
        Platform.startup(() -> { });
        AudioClipPlayer player = new AudioClipPlayer(Optional.empty(), Optional.empty());
        player.play(kind, 1.0);
        Optional<String> off = player.unavailable();
        System.out.println(kind + " " + off.map(why -> "not played: " + why).orElse("played"));
        // The clip plays asynchronously, after the media pipeline starts and through the device's buffer: the sounds
        // are under a second, the rest is for the pipeline and the buffer to drain before the process ends.
        Thread.sleep(3000);
        Platform.exit();
        System.exit(off.isPresent() ? 2 : 0);
    }

    private static void hear(Path recording, Transition.Kind kind) throws IOException {
        NoteTrack heard;
        try (InputStream in = Files.newInputStream(recording)) {
            heard = NoteTrack.ofPcm(in, 2, 44_100);
        }
        NoteTrack shipped;
        try (InputStream in = SoundCheck.class.getResourceAsStream("sounds/" + kind.name().toLowerCase(Locale.ROOT) + ".wav")) {
            shipped = NoteTrack.ofWav(in);
        }
        System.out.printf(Locale.ROOT, "%s shipped: %s, peak %.2f, %.2f s audible%n", kind, shipped.notes(), shipped.peak(),
                shipped.audibleSeconds());
        System.out.printf(Locale.ROOT, "%s heard:   %s, peak %.2f, %.2f s audible%n", kind, heard.notes(), heard.peak(),
                heard.audibleSeconds());
        // The same notes in the same order, most of the sound's length, and loud: JavaFX plays a mono clip at half
        // level on each of two channels (its pan law), so half the file's peak at volume 1.0 is full volume.
        boolean same = heard.notes().equals(shipped.notes())
                && heard.audibleSeconds() >= shipped.audibleSeconds() * 0.7
                && heard.peak() >= shipped.peak() * 0.4;
        System.out.println(same ? kind + " PASS" : kind + " FAIL: what the device was sent is not the HUD's sound");
        System.exit(same ? 0 : 1);
    }
}
