package io.intelgraph.maestro.kube;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.http.HttpClient;
import io.fabric8.kubernetes.client.vertx.VertxHttpClientFactory;

import java.util.Locale;
import java.util.stream.Stream;

/**
 * The fabric8 clients the HUD talks to a cluster with. They speak HTTP through the JDK's client, which
 * the GitHub client has already loaded, rather than fabric8's default Vert.x and Netty (a second
 * event-loop stack of ~10 MB resident for a few calls a minute). The JDK's client cannot go through a
 * SOCKS proxy, so a kubeconfig or environment naming one gets the Vert.x client, as kubectl users
 * with {@code proxy-url: socks5://…} expect. Named explicitly here; elsewhere {@link PreferredHttpClientFactory}
 * ranks the JDK's first.
 */
public final class KubeClients {

    private KubeClients() {
    }

    /** A client for {@code config}, its callbacks on {@link ClientCallbackThreads}. */
    public static KubernetesClient connect(Config config) {
        return new KubernetesClientBuilder().withConfig(config).withHttpClientFactory(httpClientFor(config))
                .withTaskExecutorSupplier(new ClientCallbackThreads()).build();
    }

    /**
     * For fabric8's API emulation on loopback ({@code KubernetesMockServer.createClient(KubeClients::onLoopback)}):
     * its configuration names no proxy, so the JDK's client.
     */
    public static void onLoopback(KubernetesClientBuilder builder) {
        builder.withHttpClientFactory(new PreferredHttpClientFactory()).withTaskExecutorSupplier(new ClientCallbackThreads());
    }

    /** The HTTP client for {@code config}: the JDK's, unless a proxy it names is SOCKS. */
    public static HttpClient.Factory httpClientFor(Config config) {
        boolean socks = Stream.of(config.getHttpProxy(), config.getHttpsProxy())
                .anyMatch(proxy -> proxy != null && proxy.strip().toLowerCase(Locale.ROOT).startsWith("socks"));
        return socks ? new VertxHttpClientFactory() : new PreferredHttpClientFactory();
    }
}
