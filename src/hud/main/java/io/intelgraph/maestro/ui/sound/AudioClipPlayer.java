package io.intelgraph.maestro.ui.sound;

import io.intelgraph.maestro.transitions.Transition;
import javafx.scene.media.AudioClip;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Plays the HUD's own sounds (generated, CC0: see sounds/SOUNDS.md) or the user's
 * ({@code sound.break-file}, {@code sound.fix-file}) through {@link AudioClip}, which may be called
 * from any thread and plays asynchronously. Where there is no audio (a headless wall, a container,
 * no media module) it logs once and stays silent: a sound is never worth failing the HUD for.
 */
public final class AudioClipPlayer implements SoundPlayer {

    private static final Logger LOG = LoggerFactory.getLogger(AudioClipPlayer.class);

    private final Map<Transition.Kind, String> sources = new EnumMap<>(Transition.Kind.class);
    private final Map<Transition.Kind, AudioClip> clips = new EnumMap<>(Transition.Kind.class);
    private final AtomicBoolean broken = new AtomicBoolean();

    public AudioClipPlayer(Optional<Path> breakFile, Optional<Path> fixFile) {
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
    public void play(Transition.Kind kind, double volume) {
        if (broken.get()) {
            return;
        }
        try {
            clip(kind).play(volume);
        } catch (RuntimeException | LinkageError e) {
            // MediaException, a missing native media library, no audio device: once in the log, then quiet.
            if (broken.compareAndSet(false, true)) {
                LOG.warn("Sounds are off: audio is not available here ({})", e.toString());
            }
        }
    }

    private synchronized AudioClip clip(Transition.Kind kind) {
        return clips.computeIfAbsent(kind, k -> new AudioClip(sources.get(k)));
    }
}
