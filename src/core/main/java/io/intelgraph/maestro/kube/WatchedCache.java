package io.intelgraph.maestro.kube;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.dsl.Informable;
import io.fabric8.kubernetes.client.informers.ExceptionHandler;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import io.fabric8.kubernetes.client.informers.cache.Cache;

import java.util.List;
import java.util.Optional;

/**
 * One kind of object kept by a fabric8 informer: one list when it starts, a watch after that, and
 * reads from its cache (indexed by namespace). It says when it has synced and what went wrong.
 * No resync: a resync only replays the cache, and the watch already reports every change.
 */
final class WatchedCache<T extends HasMetadata> implements AutoCloseable {

    private final String what;
    private final SharedIndexInformer<T> informer;
    private volatile Throwable failure;

    /** @param what what it watches, for the sentence when it fails ("preview namespaces", "events in pr-5") */
    WatchedCache(String what, Informable<T> source) {
        this.what = what;
        this.informer = source.runnableInformer(0);
    }

    /**
     * Starts it without waiting for the first list. {@code onChange} hears, on the client's callback
     * threads, of every object added, changed or deleted, of the first sync (even of nothing) and of
     * every failure.
     */
    WatchedCache<T> start(Runnable onChange) {
        informer.addEventHandler(new ResourceEventHandler<T>() {
            @Override
            public void onAdd(T obj) {
                onChange.run();
            }

            @Override
            public void onUpdate(T oldObj, T newObj) {
                onChange.run();   // fabric8 calls this only when the resource version changed
            }

            @Override
            public void onDelete(T obj, boolean deletedFinalStateUnknown) {
                onChange.run();
            }

            @Override
            public void onNothing() {
                onChange.run();
            }
        });
        // fabric8's default gives up on a failed first list and on a watch closed by an error; a HUD
        // left open over a cluster restart or a network change must keep trying (with its backoff).
        informer.exceptionHandler((started, t) -> {
            failure = t;
            onChange.run();
            return !ExceptionHandler.isDeserializationException(t);
        });
        informer.start().whenComplete((ok, t) -> onChange.run());
        return this;
    }

    List<T> all() {
        return informer.getStore().list();
    }

    List<T> inNamespace(String namespace) {
        return informer.getIndexer().byIndex(Cache.NAMESPACE_INDEX, namespace);
    }

    /** The first list has arrived (what the cache holds is the cluster's, not merely empty). */
    boolean synced() {
        return informer.hasSynced();
    }

    /** Still on its first list, with nothing gone wrong yet. */
    boolean syncing() {
        return !synced() && failure == null && informer.isRunning();
    }

    /** What went wrong, while it is not watching; empty when it watches (again). */
    Optional<String> problem() {
        Throwable last = failure;
        if (last == null || informer.isWatching()) {
            return Optional.empty();
        }
        return Optional.of(what + " (" + (last.getMessage() == null ? last.getClass().getSimpleName() : last.getMessage()) + ")");
    }

    @Override
    public void close() {
        informer.stop();
    }
}
