package io.intelgraph.maestro.ui.wall;

import io.intelgraph.maestro.model.build.BuildState;

/**
 * Why a build needs someone's attention on the wall, worst first: the order tiles take there. The
 * first four are problems (a large tile each), the last three builds under way (a compact tile).
 */
public enum Concern {
    FAILED("failing"),
    ACTION_REQUIRED("action required"),
    BLOCKED_BY_POLICY("blocked by policy"),
    CRITICAL_VULNERABILITIES("critical vulnerabilities"),
    RUNNING("running"),
    WAITING("waiting"),
    QUEUED("queued");

    private final String words;

    Concern(String words) {
        this.words = words;
    }

    /** The concern in words, for counts ("3 failing"). */
    public String words() {
        return words;
    }

    /** A problem to look into, as opposed to a build still under way. */
    public boolean problem() {
        return ordinal() <= CRITICAL_VULNERABILITIES.ordinal();
    }

    /** The concern a build's state is by itself, if it is one. */
    static Concern of(BuildState state) {
        return switch (state) {
            case FAILED -> FAILED;
            case ACTION_REQUIRED -> ACTION_REQUIRED;
            case RUNNING -> RUNNING;
            case WAITING -> WAITING;
            case QUEUED -> QUEUED;
            case PASSED, CANCELLED, SKIPPED -> null;
        };
    }
}
