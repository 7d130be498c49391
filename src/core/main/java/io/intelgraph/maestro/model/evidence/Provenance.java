package io.intelgraph.maestro.model.evidence;

/**
 * What an SLSA provenance statement says about a build (v1 or v0.2): who built it (builder id),
 * how (build type, workflow), from what source (repository and commit), in which run.
 * Strings are empty when the statement does not say.
 */
public record Provenance(String predicateType, String builderId, String buildType, String sourceUri,
        String sourceCommit, String workflow, String invocationId) {
}
