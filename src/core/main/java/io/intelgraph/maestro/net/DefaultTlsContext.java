package io.intelgraph.maestro.net;

import javax.net.ssl.SSLContext;
import java.security.NoSuchAlgorithmException;

/**
 * The JDK's default TLS context, made on a background thread as the program starts. Every java.net.http client asks
 * for it when it is built, even one that speaks only plain HTTP (the simulator), and the first ask reads and parses the
 * JDK's CA certificates: about 150 ms that sat on the window's critical path (README, "Startup and memory"). Begun first
 * thing in {@code main}, it is ready by the time the command line is parsed; a client built earlier waits for the same
 * trust managers, which the JDK makes once.
 */
public final class DefaultTlsContext {

    private DefaultTlsContext() {
    }

    public static void prepareInBackground() {
        Thread.ofPlatform().daemon().name("tls-context").start(DefaultTlsContext::prepare);
    }

    private static void prepare() {
        try {
            SSLContext.getDefault();
        } catch (NoSuchAlgorithmException e) {
            // Nothing to prepare: the first client that needs TLS reports it where it is used.
        }
    }
}
