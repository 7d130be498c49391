package io.intelgraph.maestro.ui.sound;

import io.intelgraph.maestro.transitions.Transition;

/** Plays the sound of a break or a fix. Any thread; never throws, never blocks for long. */
@FunctionalInterface
public interface SoundPlayer {

    /** @param volume 0 to 1 */
    void play(Transition.Kind kind, double volume);
}
