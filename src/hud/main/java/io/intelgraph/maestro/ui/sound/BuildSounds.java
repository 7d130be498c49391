package io.intelgraph.maestro.ui.sound;

import io.intelgraph.maestro.config.DailyWindow;
import io.intelgraph.maestro.config.WallConfig;
import io.intelgraph.maestro.store.BuildSnapshot;
import io.intelgraph.maestro.transitions.BuildTransitions;
import io.intelgraph.maestro.transitions.Transition;
import io.intelgraph.maestro.transitions.TransitionFilter;

import java.time.Clock;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The wall's ears: a plane subscriber that sounds a break or a fix of a watched branch
 * ({@code sound.filter}) unless muted or in quiet hours ({@code sound.quiet}, local time). One
 * sound a snapshot, a break before a fix: ten branches breaking at once is one alarm, not ten.
 * Runs on the subscription's own serial executor, never on the FX thread.
 */
public final class BuildSounds implements Consumer<BuildSnapshot> {

    private final BuildTransitions transitions = new BuildTransitions();
    private final TransitionFilter filter;
    private final double volume;
    private final Optional<DailyWindow> quiet;
    private final Clock clock;
    private final SoundPlayer player;
    private volatile boolean muted;

    /** @param clock in the wall's time zone: quiet hours are local time */
    public BuildSounds(WallConfig config, Clock clock, SoundPlayer player) {
        this.filter = TransitionFilter.parse(config.soundFilter());
        this.volume = config.soundVolume();
        this.quiet = config.soundQuiet();
        this.clock = clock;
        this.player = player;
    }

    /** The UI's mute toggle (any thread). */
    public void setMuted(boolean on) {
        muted = on;
    }

    @Override
    public void accept(BuildSnapshot snapshot) {
        // Transitions are followed even while silent, so unmuting does not replay what happened meanwhile.
        List<Transition> found = transitions.next(snapshot).stream()
                .filter(t -> filter.accepts(t.tile(), snapshot)).toList();
        if (found.isEmpty() || muted || volume == 0
                || quiet.map(q -> q.contains(LocalTime.now(clock))).orElse(false)) {
            return;
        }
        boolean broke = found.stream().anyMatch(t -> t.kind() == Transition.Kind.BREAK);
        player.play(broke ? Transition.Kind.BREAK : Transition.Kind.FIX, volume);
    }
}
