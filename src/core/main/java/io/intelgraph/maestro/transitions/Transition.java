package io.intelgraph.maestro.transitions;

import io.intelgraph.maestro.model.build.BuildState;
import io.intelgraph.maestro.store.BuildTile;

/**
 * A watched branch broke or was fixed between two snapshots.
 *
 * @param tile the branch as the newer snapshot shows it
 * @param previous the settled state it left ({@link BuildState#PASSED} for a break, {@link BuildState#FAILED} for a fix)
 */
public record Transition(Kind kind, BuildTile tile, BuildState previous) {

    /** A break is passing → failing, a fix failing → passing; runs in between do not count. */
    public enum Kind {
        BREAK,
        FIX
    }
}
