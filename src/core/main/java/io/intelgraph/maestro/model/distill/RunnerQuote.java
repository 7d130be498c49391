package io.intelgraph.maestro.model.distill;

/**
 * A CI runner offer: what a minute costs, how long jobs wait for it, how often its jobs finish
 * without an infrastructure failure (0–1), how isolated a job is on it, and whether it has a GPU
 * or is a burst (spot) pool.
 */
public record RunnerQuote(String name, double costPerMinute, double expectedQueueMinutes, double reliability,
        Isolation isolation, boolean gpu, boolean burst) {

    /** How isolated one job is from others: shared host, a fresh VM per job, dedicated hardware. */
    public enum Isolation { SHARED, EPHEMERAL_VM, DEDICATED }
}
