package io.intelgraph.maestro.model.preview;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One per-PR preview environment as the cluster shows it.
 *
 * @param expiresAt null when the preview has no expiry annotation
 * @param podPhases pods per phase (Running, Pending, Failed ...)
 * @param url the ingress URL, empty without an ingress
 * @param events warnings first, then newest first
 */
public record Preview(int prNumber, String repo, String namespace, String headSha, Instant createdAt, Instant expiresAt,
        int readyReplicas, int desiredReplicas, Map<String, Integer> podPhases, int restarts, String url,
        List<ClusterEvent> events, boolean terminating) {

    public Preview {
        podPhases = Map.copyOf(podPhases);
        events = List.copyOf(events);
    }

    public boolean ready() {
        return !terminating && desiredReplicas > 0 && readyReplicas >= desiredReplicas;
    }

    public boolean expired(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }
}
