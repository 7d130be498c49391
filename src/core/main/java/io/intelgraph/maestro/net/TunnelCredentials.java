package io.intelgraph.maestro.net;

/**
 * Lets java.net.http answer an HTTPS proxy's 407 with Basic credentials. The JDK refuses Basic in
 * CONNECT tunnels by default ({@code jdk.http.auth.tunneling.disabledSchemes=Basic} in
 * {@code net.properties}) and reads the setting once, when its HTTP classes load; so this runs first
 * thing in {@code main}. Safe here: the only authenticator given to a client is
 * {@link ProxyCredentials}, which answers the configured proxy's host and port and nothing else, and
 * only when the user put credentials in the proxy URL (curl sends them the same way).
 */
public final class TunnelCredentials {

    static final String DISABLED_SCHEMES = "jdk.http.auth.tunneling.disabledSchemes";

    private TunnelCredentials() {
    }

    /** Allows Basic to the proxy, unless the JVM was started with its own setting (which is kept). */
    public static void allowBasicToTheProxy() {
        if (System.getProperty(DISABLED_SCHEMES) == null) {
            System.setProperty(DISABLED_SCHEMES, "");
        }
    }
}
