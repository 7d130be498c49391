package io.intelgraph.maestro.ui;

import io.intelgraph.maestro.model.build.BuildState;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StateFilterTitleTest {

    @Test
    void theButtonNamesOneOrTwoStatesAndCountsMore() {
        assertEquals("States", StateFilterTitle.of(EnumSet.noneOf(BuildState.class)));
        assertEquals("States: FAILED", StateFilterTitle.of(EnumSet.of(BuildState.FAILED)));
        // In the failing-first order, whatever order they were ticked in.
        assertEquals("States: FAILED, ACTION REQUIRED",
                StateFilterTitle.of(EnumSet.of(BuildState.ACTION_REQUIRED, BuildState.FAILED)));
        assertEquals("States: 3", StateFilterTitle.of(EnumSet.of(BuildState.FAILED, BuildState.RUNNING, BuildState.QUEUED)));
    }
}
