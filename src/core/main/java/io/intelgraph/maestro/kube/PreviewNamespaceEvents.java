package io.intelgraph.maestro.kube;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.client.KubernetesClient;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Kubernetes Events of the preview namespaces only: one informer per namespace, started when a
 * preview appears and stopped when it leaves. Events carry no labels to select them by, and a
 * field selector cannot name a set of namespaces; watching the whole cluster's events would wake
 * the HUD for every pod anywhere.
 */
final class PreviewNamespaceEvents implements AutoCloseable {

    private final KubernetesClient client;
    private final Runnable onChange;
    private final Map<String, WatchedCache<Event>> byNamespace = new HashMap<>();
    private boolean closed;

    PreviewNamespaceEvents(KubernetesClient client, Runnable onChange) {
        this.client = client;
        this.onChange = onChange;
    }

    /**
     * Watches exactly these namespaces' events from now on. Starting an informer does not wait for
     * its list (it calls back when synced), so the lock is never held across a request.
     */
    synchronized void follow(Set<String> namespaces) {
        if (closed) {
            return;
        }
        byNamespace.entrySet().removeIf(entry -> {
            if (namespaces.contains(entry.getKey())) {
                return false;
            }
            entry.getValue().close();
            return true;
        });
        for (String namespace : namespaces) {
            byNamespace.computeIfAbsent(namespace, ns -> new WatchedCache<>("events in " + ns,
                    client.v1().events().inNamespace(ns)).start(onChange));
        }
    }

    /** The events of {@code namespace}; none while it is not followed. */
    synchronized List<Event> in(String namespace) {
        WatchedCache<Event> cache = byNamespace.get(namespace);
        return cache == null ? List.of() : cache.all();
    }

    synchronized Set<String> followed() {
        return Set.copyOf(byNamespace.keySet());
    }

    synchronized boolean syncing() {
        return byNamespace.values().stream().anyMatch(WatchedCache::syncing);
    }

    synchronized List<String> problems() {
        return byNamespace.values().stream().map(WatchedCache::problem).flatMap(Optional::stream).sorted().toList();
    }

    @Override
    public synchronized void close() {
        closed = true;
        byNamespace.values().forEach(WatchedCache::close);
        byNamespace.clear();
    }
}
