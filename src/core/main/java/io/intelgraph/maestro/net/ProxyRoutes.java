package io.intelgraph.maestro.net;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.List;

/**
 * java.net.http's proxy choice from {@link ProxySettings}: the proxy for every host but the
 * {@code NO_PROXY} ones. Unlike the JDK's default selector, loopback is not exempt unless listed,
 * so a test can route a loopback server through a proxy.
 */
final class ProxyRoutes extends ProxySelector {

    private final ProxySettings settings;
    private final List<Proxy> viaProxy;

    ProxyRoutes(ProxySettings settings) {
        this.settings = settings;
        URI proxy = settings.proxy().orElseThrow();
        this.viaProxy = List.of(new Proxy(Proxy.Type.HTTP,
                InetSocketAddress.createUnresolved(proxy.getHost(), ProxySettings.port(proxy))));
    }

    @Override
    public List<Proxy> select(URI uri) {
        String host = uri.getHost();
        return host == null || settings.bypasses(host) ? List.of(Proxy.NO_PROXY) : viaProxy;
    }

    @Override
    public void connectFailed(URI uri, SocketAddress address, IOException e) {
        // Nothing to fall back to: the request fails with the connection's error, which names the proxy.
    }
}
