package io.intelgraph.maestro.ui.sound;

import io.intelgraph.maestro.transitions.Transition;
import javafx.scene.media.AudioClip;
import javafx.scene.media.Media;
import javafx.scene.media.MediaPlayer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Plays the HUD's own sounds (generated, CC0: see sounds/SOUNDS.md) or the user's
 * ({@code sound.break-file}, {@code sound.fix-file}) through {@link AudioClip}, which may be called
 * from any thread and plays asynchronously. AudioClip reports a missing audio device on a thread of
 * its own, as an exception nobody can catch; so before the first sound this player asks whether
 * audio works at all (not on a headless screen, and a media player can be made for the sound), and
 * where it does not — a headless wall, a container, no media libraries — it logs once and stays
 * silent: a sound is never worth failing the HUD for.
 */
public final class AudioClipPlayer implements SoundPlayer {

    private static final Logger LOG = LoggerFactory.getLogger(AudioClipPlayer.class);
    private static final long PROBE_SECONDS = 3;

    private final Map<Transition.Kind, String> sources = new EnumMap<>(Transition.Kind.class);
    private final Map<Transition.Kind, AudioClip> clips = new EnumMap<>(Transition.Kind.class);
    private final Function<String, Optional<String>> audioCheck;
    /** Null until the first sound; then empty when audio works, else why it does not. */
    private Optional<String> unavailable;

    public AudioClipPlayer(Optional<Path> breakFile, Optional<Path> fixFile) {
        this(breakFile, fixFile, AudioClipPlayer::check);
    }

    /** @param audioCheck why a source cannot be played here, or empty when it can */
    AudioClipPlayer(Optional<Path> breakFile, Optional<Path> fixFile, Function<String, Optional<String>> audioCheck) {
        this.audioCheck = audioCheck;
        sources.put(Transition.Kind.BREAK, source(breakFile, "sounds/break.wav"));
        sources.put(Transition.Kind.FIX, source(fixFile, "sounds/fix.wav"));
    }

    private static String source(Optional<Path> own, String bundled) {
        if (own.isPresent()) {
            if (Files.isReadable(own.get())) {
                return own.get().toAbsolutePath().toUri().toString();
            }
            LOG.warn("Sound file {} cannot be read; playing the HUD's own", own.get());
        }
        URL url = AudioClipPlayer.class.getResource(bundled);
        return url == null ? "" : url.toExternalForm();
    }

    @Override
    public synchronized void play(Transition.Kind kind, double volume) {
        if (unavailable == null) {
            unavailable = audioCheck.apply(sources.get(kind));
            unavailable.ifPresent(why -> LOG.warn("Sounds are off: {}", why));
        }
        if (unavailable.isPresent()) {
            return;
        }
        try {
            clips.computeIfAbsent(kind, k -> new AudioClip(sources.get(k))).play(volume);
        } catch (RuntimeException | LinkageError e) {
            unavailable = Optional.of("audio failed: " + e);
            LOG.warn("Sounds are off: {}", unavailable.get());
        }
    }

    /** Whether sounds are off for good, and why (tests); empty before the first sound too. */
    synchronized Optional<String> unavailable() {
        return unavailable == null ? Optional.empty() : unavailable;
    }

    /** Why {@code source} cannot be played here: a headless screen, or a media player that reports an error. */
    static Optional<String> check(String source) {
        if ("Headless".equalsIgnoreCase(System.getProperty("monocle.platform", ""))) {
            return Optional.of("the screen is headless (Monocle), there is nothing to play to");
        }
        if (source.isEmpty()) {
            return Optional.of("the HUD's sound files are missing from its resources");
        }
        try {
            MediaPlayer probe = new MediaPlayer(new Media(source));
            CountDownLatch answered = new CountDownLatch(1);
            AtomicReference<String> error = new AtomicReference<>();
            probe.setOnReady(answered::countDown);
            probe.setOnError(() -> {
                error.set(String.valueOf(probe.getError()));
                answered.countDown();
            });
            boolean ready = answered.await(PROBE_SECONDS, TimeUnit.SECONDS);
            probe.dispose();
            if (error.get() != null) {
                return Optional.of("audio is not available here (" + error.get() + ")");
            }
            return ready ? Optional.empty() : Optional.of("the media player did not answer in " + PROBE_SECONDS + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted while checking audio");
        } catch (RuntimeException | LinkageError e) {
            return Optional.of("audio is not available here (" + e + ")");
        }
    }
}
