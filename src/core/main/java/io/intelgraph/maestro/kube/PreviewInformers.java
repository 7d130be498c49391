package io.intelgraph.maestro.kube;

import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.intelgraph.maestro.model.preview.Preview;
import io.intelgraph.maestro.model.preview.PreviewLabels;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The previews as the HUD's informers see them: namespaces selected by the HUD's labels; the
 * deployments, pods and ingresses labelled as a preview's, in any namespace, read per namespace
 * through the informers' namespace index; the events of the preview namespaces only. After the
 * first list of each, reading the previews costs no request at all; the watches bring every change.
 */
public final class PreviewInformers implements AutoCloseable {

    private final WatchedCache<Namespace> namespaces;
    private final WatchedCache<Deployment> deployments;
    private final WatchedCache<Pod> pods;
    private final WatchedCache<Ingress> ingresses;
    private final PreviewNamespaceEvents events;

    private PreviewInformers(KubernetesClient client, Runnable onChange) {
        namespaces = new WatchedCache<>("preview namespaces", client.namespaces().withLabels(PreviewLabels.selector()));
        deployments = new WatchedCache<>("preview deployments",
                client.apps().deployments().inAnyNamespace().withLabel(PreviewLabels.PREVIEW, "true"));
        pods = new WatchedCache<>("preview pods", client.pods().inAnyNamespace().withLabel(PreviewLabels.PREVIEW, "true"));
        ingresses = new WatchedCache<>("preview ingresses",
                client.network().v1().ingresses().inAnyNamespace().withLabel(PreviewLabels.PREVIEW, "true"));
        events = new PreviewNamespaceEvents(client, onChange);
    }

    /**
     * Starts the informers without waiting for their first lists; {@code onChange} hears (on the
     * client's callback threads) of every change, sync and failure, and should read soon after.
     */
    public static PreviewInformers start(KubernetesClient client, Runnable onChange) {
        PreviewInformers informers = new PreviewInformers(client, onChange);
        informers.base().forEach(cache -> cache.start(onChange));
        return informers;
    }

    private Stream<WatchedCache<?>> base() {
        return Stream.of(namespaces, deployments, pods, ingresses);
    }

    /**
     * Starts watching the events of preview namespaces that appeared and stops watching those that
     * left; the first list of a new namespace's events is the only request this makes.
     */
    public void followPreviewNamespaces() {
        events.follow(previewNamespaces().map(ns -> ns.getMetadata().getName()).collect(Collectors.toUnmodifiableSet()));
    }

    /** The namespaces whose events are watched (the preview namespaces, as last followed). */
    public Set<String> eventNamespaces() {
        return events.followed();
    }

    /** Every informer has had its first list, the events of every followed namespace included. */
    public boolean synced() {
        return base().allMatch(WatchedCache::synced) && !events.syncing();
    }

    /** Why the caches may be out of date ("preview pods (Connection refused)"), empty while every watch runs. */
    public String problem() {
        return Stream.concat(base().map(WatchedCache::problem).flatMap(Optional::stream), events.problems().stream())
                .collect(Collectors.joining("; "));
    }

    /** The previews, read from the caches: no request. Namespaces that merely carry some labels are none. */
    public List<Preview> previews() {
        return previewNamespaces()
                .map(ns -> {
                    String name = ns.getMetadata().getName();
                    return new PreviewObjects(ns, deployments.inNamespace(name), pods.inNamespace(name),
                            ingresses.inNamespace(name), events.in(name)).toPreview();
                })
                .sorted(Comparator.comparingInt(Preview::prNumber))
                .toList();
    }

    private Stream<Namespace> previewNamespaces() {
        return namespaces.all().stream().filter(PreviewObjects::isHudPreview);
    }

    @Override
    public void close() {
        events.close();
        base().forEach(WatchedCache::close);
    }
}
