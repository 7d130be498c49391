package io.intelgraph.maestro.github;

import java.net.URI;
import java.util.Locale;

/**
 * The configured API's origin (RFC 6454: scheme, host, port, default ports filled in): the only
 * place the token may go. A {@code Link} header, a {@code url} field or a redirect can point
 * anywhere; whatever points elsewhere is fetched without credentials, or not at all.
 */
record ApiOrigin(String scheme, String host, int port) {

    static ApiOrigin of(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        int port = uri.getPort() != -1 ? uri.getPort() : switch (scheme) {
            case "https" -> 443;
            case "http" -> 80;
            default -> -1;
        };
        return new ApiOrigin(scheme, host, port);
    }

    /** Whether {@code uri} is on this origin (so it may carry the token). */
    boolean contains(URI uri) {
        return !host.isEmpty() && equals(of(uri));
    }

    /** Whether this origin is this machine, where plain http cannot be read by anyone on a network. */
    boolean loopback() {
        return host.equals("localhost") || host.endsWith(".localhost") || host.startsWith("127.") || host.equals("[::1]");
    }

    @Override
    public String toString() {
        return scheme + "://" + host + ":" + port;
    }
}
