package io.intelgraph.maestro.kube;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.intelgraph.maestro.model.preview.ClusterEvent;
import io.intelgraph.maestro.model.preview.Preview;
import io.intelgraph.maestro.model.preview.PreviewLabels;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A preview namespace and the objects in it that its card shows, however they were read (a fresh
 * list for a command, the informers' caches for the HUD); {@link #toPreview()} makes the model record.
 */
public record PreviewObjects(Namespace namespace, List<Deployment> deployments, List<Pod> pods, List<Ingress> ingresses,
        List<Event> events) {

    public PreviewObjects {
        deployments = List.copyOf(deployments);
        pods = List.copyOf(pods);
        ingresses = List.copyOf(ingresses);
        events = List.copyOf(events);
    }

    /** Named pr-N with all the HUD's labels: a namespace that merely carries some of them is no preview. */
    public static boolean isHudPreview(Namespace namespace) {
        return PreviewLabels.whyNotHudPreview(namespace.getMetadata().getName(), namespace.getMetadata().getLabels()).isEmpty();
    }

    /** Only for a namespace {@link #isHudPreview} accepts (its PR label is a number). */
    public Preview toPreview() {
        var metadata = namespace.getMetadata();
        Map<String, String> labels = metadata.getLabels();
        Map<String, String> annotations = Optional.ofNullable(metadata.getAnnotations()).orElse(Map.of());
        int ready = 0;
        int desired = 0;
        for (Deployment deployment : deployments) {
            desired += Optional.ofNullable(deployment.getSpec().getReplicas()).orElse(1);
            if (deployment.getStatus() != null) {
                ready += Optional.ofNullable(deployment.getStatus().getReadyReplicas()).orElse(0);
            }
        }
        Map<String, Integer> phases = new HashMap<>();
        int restarts = 0;
        for (Pod pod : pods) {
            String phase = pod.getStatus() == null || pod.getStatus().getPhase() == null ? "Unknown" : pod.getStatus().getPhase();
            phases.merge(phase, 1, Integer::sum);
            if (pod.getStatus() != null && pod.getStatus().getContainerStatuses() != null) {
                restarts += pod.getStatus().getContainerStatuses().stream()
                        .mapToInt(c -> Optional.ofNullable(c.getRestartCount()).orElse(0)).sum();
            }
        }
        // Caches hold objects in no particular order: the first ingress by name, as a list would give it.
        String url = ingresses.stream().sorted(Comparator.comparing(i -> i.getMetadata().getName()))
                .map(PreviewObjects::url).filter(u -> !u.isEmpty()).findFirst().orElse("");
        List<ClusterEvent> clusterEvents = events.stream().map(PreviewObjects::clusterEvent)
                .sorted(Comparator.comparing(ClusterEvent::warning).reversed()
                        .thenComparing(ClusterEvent::lastSeen, Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(ClusterEvent::involvedObject).thenComparing(ClusterEvent::reason)
                        .thenComparing(ClusterEvent::message))
                .toList();
        return new Preview(Integer.parseInt(labels.get(PreviewLabels.PR)),
                PreviewLabels.repoOf(labels.get(PreviewLabels.REPO)), metadata.getName(),
                annotations.getOrDefault(PreviewLabels.HEAD_SHA, ""),
                instant(metadata.getCreationTimestamp()), instant(annotations.get(PreviewLabels.EXPIRES_AT)),
                ready, desired, phases, restarts, url, clusterEvents, metadata.getDeletionTimestamp() != null);
    }

    private static ClusterEvent clusterEvent(Event event) {
        return new ClusterEvent("Warning".equals(event.getType()), nullToEmpty(event.getReason()),
                nullToEmpty(event.getMessage()), event.getInvolvedObject() == null ? ""
                        : event.getInvolvedObject().getKind() + "/" + event.getInvolvedObject().getName(),
                instant(event.getLastTimestamp()), Optional.ofNullable(event.getCount()).orElse(1));
    }

    private static String url(Ingress ingress) {
        if (ingress.getSpec() == null || ingress.getSpec().getRules() == null || ingress.getSpec().getRules().isEmpty()) {
            return "";
        }
        boolean tls = ingress.getSpec().getTls() != null && !ingress.getSpec().getTls().isEmpty();
        return (tls ? "https://" : "http://") + ingress.getSpec().getRules().get(0).getHost();
    }

    private static Instant instant(String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
