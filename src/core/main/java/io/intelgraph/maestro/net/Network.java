package io.intelgraph.maestro.net;

import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.util.Optional;

/**
 * How this process reaches GitHub and the hub: through a proxy or not, trusting extra authorities
 * or not. Every java.net.http client of those two starts from {@link #client()}. (The cluster side
 * is fabric8's, which reads its proxy and CA from the kubeconfig and the same environment variables.)
 *
 * @param proxy the proxy and its exceptions
 * @param caFile a PEM bundle trusted besides the JDK's authorities
 */
public record Network(ProxySettings proxy, Optional<Path> caFile) {

    public static final Network DIRECT = new Network(ProxySettings.DIRECT, Optional.empty());

    /** A client builder with the proxy, its credentials and the trust store set. */
    public HttpClient.Builder client() {
        HttpClient.Builder builder = HttpClient.newBuilder();
        proxy.proxy().ifPresent(url -> {
            builder.proxy(new ProxyRoutes(proxy));
            ProxyCredentials.of(url).ifPresent(builder::authenticator);
        });
        caFile.ifPresent(file -> builder.sslContext(sslContext(file)));
        return builder;
    }

    /** The TLS context trusting the extra CAs as well, when a CA file is configured (the hub's wss:// too). */
    public Optional<SSLContext> tls() {
        return caFile.map(Network::sslContext);
    }

    /**
     * The tunnel a connection to {@code uri} (a hub's {@code ws://} or {@code wss://} feed) goes
     * through, with the proxy URL's credentials; empty = direct (no proxy, or NO_PROXY names the host).
     */
    public Optional<ProxyTunnel> tunnelFor(URI uri) {
        return proxy.proxy().filter(url -> !proxy.bypasses(uri.getHost())).map(ProxyTunnel::through);
    }

    private static SSLContext sslContext(Path file) {
        try {
            return TrustBundle.withExtraAuthorities(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return proxy + caFile.map(f -> ", extra CAs from " + f).orElse("");
    }
}
