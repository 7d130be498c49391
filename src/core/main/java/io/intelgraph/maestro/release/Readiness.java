package io.intelgraph.maestro.release;

import java.util.List;

/** The release's checks; ready when none blocks. */
public record Readiness(List<ReadinessCheck> checks) {

    public Readiness {
        checks = List.copyOf(checks);
    }

    public boolean ready() {
        return checks.stream().noneMatch(ReadinessCheck::blocks);
    }

    public List<ReadinessCheck> blockers() {
        return checks.stream().filter(ReadinessCheck::blocks).toList();
    }
}
