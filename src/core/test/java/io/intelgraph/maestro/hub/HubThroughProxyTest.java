package io.intelgraph.maestro.hub;

import io.intelgraph.maestro.model.build.Conclusion;
import io.intelgraph.maestro.model.build.RunStatus;
import io.intelgraph.maestro.net.LoopbackProxy;
import io.intelgraph.maestro.net.Network;
import io.intelgraph.maestro.net.ProxySettings;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import static io.intelgraph.maestro.testing.Runs.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
            try (HubClient client = HubClient.connect(feed, Optional.empty(), viaProxy.proxyFor(feed),
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
            assertTrue(exempt.proxyFor(feed).isEmpty());
            try (HubClient client = HubClient.connect(feed, Optional.empty(), exempt.proxyFor(feed),
                    new HubClient.Listener() { }, Duration.ofSeconds(10))) {
                assertTrue(client.awaitSeq(0, Duration.ofSeconds(5)));
            }
            assertEquals(1, proxy.connects().size(), "NO_PROXY: straight to the hub");
        }
    }
}
