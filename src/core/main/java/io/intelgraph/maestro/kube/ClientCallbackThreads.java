package io.intelgraph.maestro.kube;

import io.fabric8.kubernetes.client.KubernetesClientBuilder;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads a fabric8 client runs its informer and watch callbacks on. fabric8's own pool rejects
 * the callbacks still arriving while the client closes, and the rejection escapes from a pool thread
 * as an uncaught exception; this pool drops them instead, since an event after close concerns nobody.
 * fabric8 calls {@link #onClose} when the client closes.
 */
public final class ClientCallbackThreads implements KubernetesClientBuilder.ExecutorSupplier {

    private static final AtomicInteger POOLS = new AtomicInteger();

    @Override
    public Executor get() {
        int pool = POOLS.incrementAndGet();
        AtomicInteger threads = new AtomicInteger();
        return new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS, new SynchronousQueue<>(),
                task -> Thread.ofPlatform().daemon().name("kube-callbacks-" + pool + "-" + threads.incrementAndGet())
                        .unstarted(task),
                new ThreadPoolExecutor.DiscardPolicy());
    }

    @Override
    public void onClose(Executor executor) {
        if (executor instanceof ExecutorService pool) {
            pool.shutdownNow();
        }
    }
}
