package io.intelgraph.maestro.model.build;

import java.util.Arrays;
import java.util.Optional;

/** Every {@code status} GitHub documents for workflow runs, jobs and check runs. */
public enum RunStatus {
    REQUESTED("requested"),
    QUEUED("queued"),
    PENDING("pending"),
    WAITING("waiting"),
    IN_PROGRESS("in_progress"),
    COMPLETED("completed");

    private final String apiValue;

    RunStatus(String apiValue) {
        this.apiValue = apiValue;
    }

    public String apiValue() {
        return apiValue;
    }

    public static Optional<RunStatus> fromApi(String value) {
        return Arrays.stream(values()).filter(s -> s.apiValue.equals(value)).findFirst();
    }
}
