package io.intelgraph.maestro.model.build;

import java.time.Instant;

/** An artifact a workflow run uploaded ({@code GET .../actions/runs/{id}/artifacts}); expired ones cannot be downloaded. */
public record RunArtifact(long id, String name, long sizeBytes, boolean expired, Instant expiresAt, long runId) {
}
