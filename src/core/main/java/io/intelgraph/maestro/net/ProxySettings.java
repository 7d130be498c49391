package io.intelgraph.maestro.net;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The proxy to reach the network through, and the hosts reached directly: {@code HTTPS_PROXY} /
 * {@code https_proxy} (or {@code http.proxy}) and {@code NO_PROXY} / {@code no_proxy} (or
 * {@code http.no-proxy}), as curl and most tools read them. The proxy's user and password, when its
 * URL has them, go to the proxy only ({@link ProxyCredentials}); {@link #toString} hides them.
 *
 * @param proxy {@code http://[user:password@]host:port}; empty = direct
 * @param noProxy host names, domain suffixes ({@code .corp.example} or {@code corp.example}), IP
 *        addresses, or {@code *} for every host
 */
public record ProxySettings(Optional<URI> proxy, List<String> noProxy) {

    public static final ProxySettings DIRECT = new ProxySettings(Optional.empty(), List.of());

    public ProxySettings {
        noProxy = noProxy.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).filter(h -> !h.isEmpty()).toList();
        proxy.ifPresent(ProxySettings::requireProxyUrl);
    }

    /** The environment's settings ({@code HTTPS_PROXY} before {@code https_proxy}, as curl reads them). */
    public static ProxySettings of(Map<String, String> env) {
        return of(first(env, "HTTPS_PROXY", "https_proxy"), first(env, "NO_PROXY", "no_proxy"));
    }

    /** From a proxy URL and a comma-separated no-proxy list, either possibly blank. */
    public static ProxySettings of(String proxyUrl, String noProxyList) {
        Optional<URI> proxy = Optional.ofNullable(proxyUrl).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> URI.create(s.contains("://") ? s : "http://" + s));
        List<String> noProxy = noProxyList == null ? List.of() : Arrays.asList(noProxyList.split(","));
        return new ProxySettings(proxy, noProxy);
    }

    /** Whether requests to {@code host} go around the proxy. */
    public boolean bypasses(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        for (String entry : noProxy) {
            String e = entry.startsWith("*.") ? entry.substring(1) : entry;
            int colon = e.lastIndexOf(':');
            if (colon > 0 && e.indexOf(':') == colon) {
                e = e.substring(0, colon); // host:port entries match the host (the port is not compared)
            }
            if (e.equals("*") || h.equals(e) || h.equals(e.startsWith(".") ? e.substring(1) : e)
                    || h.endsWith(e.startsWith(".") ? e : "." + e)) {
                return true;
            }
        }
        return false;
    }

    private static void requireProxyUrl(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http")) {
            throw new IllegalArgumentException("a proxy is reached with http:// (the tunnel inside is TLS), not "
                    + (scheme.isEmpty() ? "no scheme" : scheme + "://"));
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new IllegalArgumentException("the proxy URL names no host");
        }
    }

    private static String first(Map<String, String> env, String... names) {
        for (String name : names) {
            String value = env.get(name);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return proxy.map(p -> "proxy " + p.getScheme() + "://" + p.getHost() + ":" + port(p)
                + (p.getUserInfo() != null ? " (with credentials)" : "")).orElse("direct")
                + (noProxy.isEmpty() ? "" : ", not for " + String.join(",", noProxy));
    }

    static int port(URI proxy) {
        return proxy.getPort() == -1 ? 80 : proxy.getPort();
    }
}
