package io.intelgraph.maestro.model.build;

/**
 * What a person reading a tile needs to know, derived from status + conclusion. The order is the
 * "failing first" order of the wall display: what needs attention comes first.
 */
public enum BuildState {
    FAILED("FAILED"),
    ACTION_REQUIRED("ACTION REQUIRED"),
    RUNNING("RUNNING"),
    WAITING("WAITING"),
    QUEUED("QUEUED"),
    CANCELLED("CANCELLED"),
    PASSED("PASSED"),
    SKIPPED("SKIPPED");

    private final String word;

    BuildState(String word) {
        this.word = word;
    }

    /** The word shown on the tile next to the colour and the symbol. */
    public String word() {
        return word;
    }

    public boolean isActive() {
        return this == RUNNING || this == QUEUED || this == WAITING;
    }

    public static BuildState of(RunStatus status, Conclusion conclusion) {
        return switch (status) {
            case IN_PROGRESS -> RUNNING;
            case QUEUED, REQUESTED, PENDING -> QUEUED;
            case WAITING -> WAITING;
            case COMPLETED -> switch (conclusion) {
                case SUCCESS -> PASSED;
                case FAILURE, TIMED_OUT, STARTUP_FAILURE -> FAILED;
                case ACTION_REQUIRED -> ACTION_REQUIRED;
                case CANCELLED -> CANCELLED;
                case SKIPPED, NEUTRAL, STALE -> SKIPPED;
                // completed without a conclusion: GitHub is still writing it, show it as running.
                case NONE -> RUNNING;
            };
        };
    }
}
