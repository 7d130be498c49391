package io.intelgraph.maestro.hub;

import io.intelgraph.maestro.model.build.Conclusion;
import io.intelgraph.maestro.model.build.RunStatus;
import io.intelgraph.maestro.net.LoopbackProxy;
import io.intelgraph.maestro.net.Network;
import io.intelgraph.maestro.net.ProxySettings;
import io.intelgraph.maestro.net.ProxyTunnel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import static io.intelgraph.maestro.testing.Runs.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A display's feed from the hub through HTTPS_PROXY (a CONNECT tunnel), and around it for a NO_PROXY host. */
class HubThroughProxyTest {

    @Test
    void theFeedIsTunnelledThroughTheProxyUnlessTheHostIsExempt() throws Exception {
        try (HubHarness harness = new HubHarness(HubHarness.emptyPlane(), HubHarness.settings(), Hub.Sources.none());
             LoopbackProxy proxy = new LoopbackProxy(null)) {
            URI feed = URI.create(harness.hub.server().feedUrl());
            Network viaProxy = new Network(ProxySettings.of(Map.of("HTTPS_PROXY", "http://127.0.0.1:" + proxy.port())),
                    Optional.empty());
            try (HubClient client = HubClient.connect(feed, Optional.empty(), viaProxy.tunnelFor(feed),
                    new HubClient.Listener() { }, Duration.ofSeconds(10))) {
                assertTrue(client.awaitSeq(0, Duration.ofSeconds(5)));
                harness.plane.putRun(run(1, "o/a", "main", "CI", RunStatus.COMPLETED, Conclusion.SUCCESS, 0));
                assertTrue(client.awaitSeq(harness.hub.feed().seq(), Duration.ofSeconds(5)));
                assertEquals(harness.plane.snapshot(), client.latest());
            }
            assertEquals(1, proxy.connects().size(), proxy.connects().toString());
            assertTrue(proxy.connects().getFirst().target().endsWith(":" + feed.getPort()), proxy.connects().toString());

            Network exempt = new Network(ProxySettings.of("http://127.0.0.1:" + proxy.port(), feed.getHost()),
                    Optional.empty());
            assertTrue(exempt.tunnelFor(feed).isEmpty());
            try (HubClient client = HubClient.connect(feed, Optional.empty(), exempt.tunnelFor(feed),
                    new HubClient.Listener() { }, Duration.ofSeconds(10))) {
                assertTrue(client.awaitSeq(0, Duration.ofSeconds(5)));
            }
            assertEquals(1, proxy.connects().size(), "NO_PROXY: straight to the hub");
        }
    }

    @Test
    void theProxyUrlsCredentialsOpenTheTunnelAndARefusalSaysWhy() throws Exception {
        String basic = "Basic " + Base64.getEncoder().encodeToString("alice:s:cret".getBytes(StandardCharsets.UTF_8));
        try (HubHarness harness = new HubHarness(HubHarness.emptyPlane(), HubHarness.settings(), Hub.Sources.none());
             LoopbackProxy proxy = new LoopbackProxy(basic)) {
            URI feed = URI.create(harness.hub.server().feedUrl());
            Optional<ProxyTunnel> tunnel = tunnel("http://alice:s%3Acret@127.0.0.1:" + proxy.port(), feed);
            assertFalse(tunnel.orElseThrow().toString().contains("s:cret"), tunnel.toString());
            try (HubClient client = HubClient.connect(feed, Optional.empty(), tunnel, new HubClient.Listener() { },
                    Duration.ofSeconds(10))) {
                assertTrue(client.awaitSeq(0, Duration.ofSeconds(5)));
            }
            assertEquals(List.of(basic), proxy.connects().stream().map(LoopbackProxy.Connect::proxyAuthorization).toList());

            IOException wrong = assertThrows(IOException.class, () -> tunnel("http://alice:nope@127.0.0.1:" + proxy.port(), feed)
                    .orElseThrow().open(feed.getHost(), feed.getPort(), Duration.ofSeconds(5)));
            assertTrue(wrong.getMessage().contains("refused the credentials in its URL (407)"), wrong.getMessage());
            assertFalse(wrong.getMessage().contains("nope"), wrong.getMessage());
            IOException none = assertThrows(IOException.class, () -> tunnel("http://127.0.0.1:" + proxy.port(), feed)
                    .orElseThrow().open(feed.getHost(), feed.getPort(), Duration.ofSeconds(5)));
            assertTrue(none.getMessage().contains("asks for credentials (407)"), none.getMessage());
            assertThrows(IllegalStateException.class, () -> HubClient.connect(feed, Optional.empty(),
                    tunnel("http://alice:nope@127.0.0.1:" + proxy.port(), feed), new HubClient.Listener() { },
                    Duration.ofSeconds(5)));
        }
    }

    @Test
    void wssGoesThroughTheTunnelWithTheHubsCertificateChecked(@TempDir Path dir) throws Exception {
        Path keystore = TestKeystores.keystore(dir, "keystore-password");
        SSLContext trust = TestKeystores.trusting(keystore, "keystore-password");
        try (HubHarness harness = new HubHarness(HubHarness.emptyPlane(), HubHarness.settings().withTls(
                Optional.of(TlsContexts.fromPkcs12(keystore, "keystore-password".toCharArray()))), Hub.Sources.none());
             LoopbackProxy proxy = new LoopbackProxy(null)) {
            URI feed = URI.create(harness.hub.server().feedUrl());
            assertEquals("wss", feed.getScheme());
            Optional<ProxyTunnel> tunnel = tunnel("http://127.0.0.1:" + proxy.port(), feed);
            try (HubClient client = HubClient.connect(feed, Optional.of(trust), tunnel, new HubClient.Listener() { },
                    Duration.ofSeconds(10))) {
                assertTrue(client.awaitSeq(0, Duration.ofSeconds(5)));
                harness.plane.putRun(run(2, "o/b", "main", "CI", RunStatus.COMPLETED, Conclusion.FAILURE, 0));
                assertTrue(client.awaitSeq(harness.hub.feed().seq(), Duration.ofSeconds(5)));
                assertEquals(harness.plane.snapshot(), client.latest());
            }
            assertEquals(1, proxy.connects().size(), proxy.connects().toString());
            // Without the hub's certificate trusted, TLS inside the tunnel fails: the proxy cannot stand in for the hub.
            assertThrows(IllegalStateException.class, () -> HubClient.connect(feed, Optional.empty(), tunnel,
                    new HubClient.Listener() { }, Duration.ofSeconds(5)));
        }
    }

    private static Optional<ProxyTunnel> tunnel(String proxyUrl, URI feed) {
        return new Network(ProxySettings.of(proxyUrl, ""), Optional.empty()).tunnelFor(feed);
    }
}
