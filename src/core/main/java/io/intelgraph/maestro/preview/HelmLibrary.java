package io.intelgraph.maestro.preview;

import sun.misc.Signal;

import java.util.List;
import java.util.function.Supplier;

/**
 * helm-java's Helm is a Go library in this process, and during its first calls (a {@code helm template} is one) Go's
 * runtime takes SIGINT and SIGTERM for itself: its handlers replace the JVM's ({@code jcmd VM.info} names them). After
 * that, Ctrl-C, {@code kill} and a pod's stop did nothing — a {@code distill --policy-checks} waiting for a lock could
 * not be stopped, a hub would not end before Kubernetes killed it. Every Helm call goes through {@link #call}, which
 * gives SIGINT, SIGTERM and SIGHUP back to the JVM when it returns: exit with 128 + the signal, after the shutdown
 * hooks, as the JVM does. (During a call, Go keeps them.)
 */
final class HelmLibrary {

    private HelmLibrary() {
    }

    /** Runs one Helm call, then gives the shutdown signals back to the JVM. */
    static <T> T call(Supplier<T> helm) {
        try {
            return helm.get();
        } finally {
            reclaimShutdownSignals();
        }
    }

    private static void reclaimShutdownSignals() {
        for (String name : List.of("INT", "TERM", "HUP")) {
            try {
                Signal.handle(new Signal(name), signal -> System.exit(128 + signal.getNumber()));
            } catch (IllegalArgumentException e) {
                // Not a signal here (Windows has no HUP), or the JVM runs with -Xrs and keeps out of them.
            }
        }
    }
}
