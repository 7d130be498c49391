package io.intelgraph.maestro.ui;

import io.intelgraph.maestro.model.build.BuildState;

import java.util.Set;
import java.util.stream.Collectors;

/** What the states menu's button says (a class of its own: a control's class cannot load without the toolkit). */
final class StateFilterTitle {

    /** More ticked states than this are counted on the button, not named. */
    private static final int NAMED_AT_MOST = 2;

    private StateFilterTitle() {
    }

    /** "States" when none is ticked (all show), the words of one or two in failing-first order, else how many. */
    static String of(Set<BuildState> checked) {
        if (checked.isEmpty()) {
            return "States";
        }
        if (checked.size() > NAMED_AT_MOST) {
            return "States: " + checked.size();
        }
        return "States: " + checked.stream().sorted().map(BuildState::word).collect(Collectors.joining(", "));
    }
}
