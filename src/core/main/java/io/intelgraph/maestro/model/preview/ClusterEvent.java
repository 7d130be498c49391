package io.intelgraph.maestro.model.preview;

import java.time.Instant;

/** A Kubernetes Event in a preview namespace; {@code warning} events are listed first. */
public record ClusterEvent(boolean warning, String reason, String message, String involvedObject, Instant lastSeen,
        int count) {
}
