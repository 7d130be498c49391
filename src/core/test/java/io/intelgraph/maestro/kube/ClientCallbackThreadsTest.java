package io.intelgraph.maestro.kube;

import org.junit.jupiter.api.Test;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClientCallbackThreadsTest {

    @Test
    void aCallbackArrivingAfterTheClientClosedIsDroppedNotThrown() throws Exception {
        ClientCallbackThreads supplier = new ClientCallbackThreads();
        Executor executor = supplier.get();
        CountDownLatch ran = new CountDownLatch(1);
        executor.execute(ran::countDown);
        assertTrue(ran.await(5, TimeUnit.SECONDS), "callbacks run while the client is open");

        supplier.onClose(executor); // what fabric8 does when the client closes
        assertTrue(((ExecutorService) executor).isShutdown(), "the pool is shut down with the client");
        AtomicBoolean late = new AtomicBoolean();
        // fabric8's own pool throws RejectedExecutionException here, from whichever thread hands it on.
        assertDoesNotThrow(() -> executor.execute(() -> late.set(true)));
        assertFalse(late.get());
    }
}
