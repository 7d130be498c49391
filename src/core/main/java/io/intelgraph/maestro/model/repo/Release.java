package io.intelgraph.maestro.model.repo;

import java.time.Instant;

/** A GitHub release; {@code publishedAt} is null for drafts. */
public record Release(long id, String tagName, String name, boolean draft, boolean prerelease, String author,
        Instant publishedAt, String htmlUrl) {
}
