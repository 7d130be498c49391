package io.intelgraph.maestro.model.preview;

/**
 * Which cluster the HUD talks to and whether it can act on it.
 *
 * @param name "context @ server", or "SIMULATED cluster"
 * @param problem why previews cannot be shown or changed (no kubeconfig, unreachable ...), empty when fine
 * @param deployBlocked why Deploy is disabled (RBAC, no cluster), empty when allowed
 * @param teardownBlocked why Tear down / Clean up are disabled, empty when allowed
 */
public record ClusterStatus(String name, boolean simulated, String problem, String deployBlocked, String teardownBlocked) {

    public static ClusterStatus none(String why) {
        return new ClusterStatus("no cluster", false, why, why, why);
    }

    public boolean available() {
        return problem.isEmpty();
    }
}
