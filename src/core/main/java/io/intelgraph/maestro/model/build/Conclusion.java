package io.intelgraph.maestro.model.build;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every {@code conclusion} GitHub documents. {@link #NONE} stands for the JSON {@code null} that
 * GitHub sends while a run has not completed, so no caller has to handle a Java null.
 */
public enum Conclusion {
    SUCCESS("success"),
    FAILURE("failure"),
    NEUTRAL("neutral"),
    CANCELLED("cancelled"),
    SKIPPED("skipped"),
    TIMED_OUT("timed_out"),
    ACTION_REQUIRED("action_required"),
    STALE("stale"),
    STARTUP_FAILURE("startup_failure"),
    NONE(null);

    private final String apiValue;

    Conclusion(String apiValue) {
        this.apiValue = apiValue;
    }

    /** The API spelling, or null for {@link #NONE}. */
    public String apiValue() {
        return apiValue;
    }

    /** Maps the API value; a JSON null maps to {@link #NONE}, an undocumented value to empty. */
    public static Optional<Conclusion> fromApi(String value) {
        if (value == null) {
            return Optional.of(NONE);
        }
        return Arrays.stream(values()).filter(c -> value.equals(c.apiValue)).findFirst();
    }
}
