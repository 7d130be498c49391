package io.intelgraph.maestro.kube;

import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.jdkhttp.JdkHttpClientImpl;
import io.fabric8.kubernetes.client.server.mock.KubernetesMixedDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.kubernetes.client.utils.HttpClientUtils;
import io.fabric8.kubernetes.client.vertx.VertxHttpClientFactory;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.fabric8.mockwebserver.ServerRequest;
import io.fabric8.mockwebserver.ServerResponse;
import io.intelgraph.maestro.net.LoopbackProxy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KubeClientsTest {

    /** fabric8's own test kubeconfig, whose cluster is reached through {@code socks5://proxy.config-1.example.com}. */
    private static String socksKubeconfig() throws IOException {
        try (InputStream in = KubeClientsTest.class.getResourceAsStream("/kubeconfig/config-1.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** As the HUD reads a kubeconfig (fabric8 reads the file again at {@code path}). */
    private static Config read(Path dir, String contents) throws IOException {
        Path file = Files.writeString(dir.resolve("config"), contents);
        return Config.fromKubeconfig(null, contents, file.toString());
    }

    @Test
    void theJdkClientUnlessTheKubeconfigNamesASocksProxy(@TempDir Path dir) throws IOException {
        String socks = socksKubeconfig();
        assertTrue(socks.contains("proxy-url: socks5://"), "the test data still names a SOCKS proxy");
        Config viaSocks = read(dir, socks);
        assertEquals("socks5://proxy.config-1.example.com", viaSocks.getHttpsProxy());
        assertInstanceOf(VertxHttpClientFactory.class, KubeClients.httpClientFor(viaSocks),
                "the JDK's client cannot go through SOCKS; Vert.x's can");

        Config viaHttp = read(dir, socks.replace("socks5://", "http://"));
        assertEquals("http://proxy.config-1.example.com", viaHttp.getHttpProxy()); // fabric8 files http:// under HTTP
        assertInstanceOf(PreferredHttpClientFactory.class, KubeClients.httpClientFor(viaHttp));

        assertInstanceOf(PreferredHttpClientFactory.class,
                KubeClients.httpClientFor(new ConfigBuilder(Config.empty()).withMasterUrl("https://k8s.example.com").build()));
    }

    @Test
    void aClientBuiltWithoutNamingItsHttpClientGetsTheJdkOneEveryTime() {
        assertInstanceOf(PreferredHttpClientFactory.class, HttpClientUtils.getHttpClientFactory(),
                "registered in META-INF/services and ranked above Vert.x's, not fabric8's random pick");
        try (KubernetesClient client = new KubernetesClientBuilder()
                .withConfig(new ConfigBuilder(Config.empty()).withMasterUrl("https://k8s.example.com").build()).build()) {
            assertInstanceOf(JdkHttpClientImpl.class, client.getHttpClient());
        }
    }

    @Test
    void throughAnHttpProxyTheJdkClientTunnelsToTheApiServer() throws IOException {
        Map<ServerRequest, Queue<ServerResponse>> expectations = new HashMap<>();
        var server = new KubernetesMockServer(new Context(), new MockWebServer(), expectations,
                new KubernetesMixedDispatcher(expectations), true);
        server.init(InetAddress.getLoopbackAddress(), 0);
        try (LoopbackProxy proxy = new LoopbackProxy(null);
                KubernetesClient client = KubeClients.connect(new ConfigBuilder(Config.empty())
                        .withMasterUrl(server.url("/")).withTrustCerts(true)
                        .withHttpsProxy("http://127.0.0.1:" + proxy.port()).withRequestRetryBackoffLimit(0).build())) {
            assertInstanceOf(JdkHttpClientImpl.class, client.getHttpClient());
            client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName("pr-7").endMetadata().build())
                    .create();
            assertEquals("pr-7", client.namespaces().withName("pr-7").get().getMetadata().getName());
            assertTrue(proxy.connects().stream().anyMatch(c -> c.target().endsWith(":" + server.getPort())),
                    "the API calls went through the proxy's tunnel: " + proxy.connects());
        } finally {
            server.destroy();
        }
    }
}
