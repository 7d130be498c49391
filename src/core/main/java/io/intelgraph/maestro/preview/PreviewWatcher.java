package io.intelgraph.maestro.preview;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import io.intelgraph.maestro.model.preview.ClusterStatus;
import io.intelgraph.maestro.model.preview.Preview;
import io.intelgraph.maestro.model.preview.PreviewLabels;
import io.intelgraph.maestro.preview.PreviewService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;

/**
 * Keeps the previews live: informers (watch + periodic resync) on preview namespaces, their
 * deployments, pods and events trigger a re-read, coalesced so a burst of cluster events costs one
 * read; RBAC is asked again on every re-read so buttons follow permission changes.
 */
public final class PreviewWatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PreviewWatcher.class);
    private static final long RESYNC_MILLIS = 60_000;

    private final KubernetesClient client;
    private final PreviewService service;
    private final String clusterName;
    private final boolean simulated;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "preview-watcher");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean pending = new AtomicBoolean();
    private final List<SharedIndexInformer<?>> informers = new ArrayList<>();
    private BiConsumer<List<Preview>, ClusterStatus> sink;
    private List<Preview> lastSeen = List.of();

    public PreviewWatcher(KubernetesClient client, PreviewService service, String clusterName, boolean simulated) {
        this.client = client;
        this.service = service;
        this.clusterName = clusterName;
        this.simulated = simulated;
    }

    /** Starts the informers; {@code sink} receives every new picture (on the watcher's thread). */
    public void start(BiConsumer<List<Preview>, ClusterStatus> onChange) {
        this.sink = onChange;
        ResourceEventHandler<Object> handler = new ResourceEventHandler<>() {
            @Override
            public void onAdd(Object obj) {
                refreshSoon();
            }

            @Override
            public void onUpdate(Object oldObj, Object newObj) {
                refreshSoon();
            }

            @Override
            public void onDelete(Object obj, boolean deletedFinalStateUnknown) {
                refreshSoon();
            }
        };
        try {
            informers.add(client.namespaces().withLabels(PreviewLabels.selector()).inform(cast(handler), RESYNC_MILLIS));
            informers.add(client.apps().deployments().inAnyNamespace().withLabel(PreviewLabels.PREVIEW, "true")
                    .inform(cast(handler), RESYNC_MILLIS));
            informers.add(client.pods().inAnyNamespace().withLabel(PreviewLabels.PREVIEW, "true")
                    .inform(cast(handler), RESYNC_MILLIS));
            informers.add(client.v1().events().inAnyNamespace().inform(cast(handler), RESYNC_MILLIS));
        } catch (RuntimeException e) {
            LOG.warn("cannot watch previews on {}: {}", clusterName, e.getMessage());
        }
        refreshSoon();
    }

    @SuppressWarnings("unchecked")
    private static <T> ResourceEventHandler<T> cast(ResourceEventHandler<Object> handler) {
        return (ResourceEventHandler<T>) handler;
    }

    /** Re-reads soon; many calls before the read happens cost one read. */
    public void refreshSoon() {
        if (pending.compareAndSet(false, true)) {
            executor.schedule(this::refresh, 150, TimeUnit.MILLISECONDS);
        }
    }

    private void refresh() {
        pending.set(false);
        try {
            List<Preview> previews = service.cluster().list();
            lastSeen = previews;
            // Ask RBAC about a representative preview namespace; per-PR checks happen again on click.
            String deploy = service.deployBlockedBecause(1);
            String teardown = service.teardownBlockedBecause(1);
            sink.accept(previews, new ClusterStatus(clusterName, simulated, "", deploy, teardown));
        } catch (RuntimeException e) {
            String why = "Cannot reach the cluster " + clusterName + ": " + e.getMessage();
            LOG.warn(why);
            // Keep the last known previews on screen, marked by the problem, rather than showing none.
            sink.accept(lastSeen, new ClusterStatus(clusterName, simulated, why, why, why));
        }
    }

    @Override
    public void close() {
        informers.forEach(SharedIndexInformer::close);
        executor.shutdownNow();
    }
}
