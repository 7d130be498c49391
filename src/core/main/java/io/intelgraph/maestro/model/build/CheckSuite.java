package io.intelgraph.maestro.model.build;

import java.time.Instant;

/** A check suite: all check runs of one app for one commit. */
public record CheckSuite(long id, String headBranch, String headSha, RunStatus status, Conclusion conclusion, Instant updatedAt) {
}
