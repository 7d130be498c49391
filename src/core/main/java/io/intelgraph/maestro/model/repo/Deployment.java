package io.intelgraph.maestro.model.repo;

/** A deployment and, for deployment_status events, its latest state (success, failure, in_progress, ...). */
public record Deployment(long id, String environment, String ref, String sha, String creator, String state) {
}
