package io.intelgraph.maestro.hub;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Host check against DNS rebinding: what each bind address accepts, and what a refused request gets. */
class HostCheckTest {

    private static boolean accepts(HostCheck check, String host) {
        return check.refusal(Optional.of(host)).isEmpty();
    }

    @Test
    void onLoopbackItTakesLocalhostAndAddressesAndRefusesOtherNames() throws Exception {
        HostCheck check = HostCheck.forBind(InetAddress.getByName("127.0.0.1"), List.of());
        for (String ok : List.of("localhost", "LOCALHOST:3080", "127.0.0.1", "127.0.0.1:3080", "[::1]", "[::1]:3080",
                "hud.localhost:3080")) {
            assertTrue(accepts(check, ok), ok);
        }
        for (String rebound : List.of("evil.example", "evil.example:3080", "localhost.evil.example", "127.0.0.1.evil.example")) {
            assertFalse(accepts(check, rebound), rebound);
        }
        assertTrue(check.refusal(Optional.empty()).isEmpty(), "no Host: not a browser");
        assertFalse(check.acceptsAnyName());
        assertEquals("Host evil.example is not a name of this hub (a page that renamed the hub's address is refused); "
                + "reach it by its address or localhost, or allow the name in MAESTRO_HUB_HOSTS",
                check.refusal(Optional.of("evil.example:3080")).orElseThrow());
    }

    @Test
    void namesAllowedAreTakenAndADotAllowsSubdomains() throws Exception {
        HostCheck check = HostCheck.forBind(InetAddress.getByName("0.0.0.0"),
                List.of(" hub.example.com ", ".corp.example", ""));
        assertFalse(check.acceptsAnyName());
        assertTrue(accepts(check, "HUB.example.com:443"));
        assertTrue(accepts(check, "dash.corp.example"));
        assertTrue(accepts(check, "corp.example."));
        assertTrue(accepts(check, "10.1.2.3:3080"), "the pod's address (kubelet's probes)");
        assertFalse(accepts(check, "localhost"), "not bound to loopback: localhost is another machine's name here");
        assertFalse(accepts(check, "evilcorp.example"));
        assertFalse(accepts(check, "hub.example.com.evil.example"));
    }

    @Test
    void onEveryInterfaceWithoutNamesAnyHostIsTaken() throws Exception {
        HostCheck check = HostCheck.forBind(InetAddress.getByName("0.0.0.0"), List.of());
        assertTrue(check.acceptsAnyName());
        assertTrue(accepts(check, "intelgraph-pr-123-hub.pr-123.svc"));
        assertTrue(accepts(check, "evil.example"));
    }

    @Test
    void aRequestNamingAnotherHostGets421AndOneLineWhileTheHubServesTheRest() throws Exception {
        try (HubHarness harness = HubHarness.withSecrets()) {
            HubClient good = harness.client();
            try (Socket socket = RawSockets.connect(harness.hub, 0)) {
                socket.getOutputStream().write("GET /api/builds HTTP/1.1\r\nHost: evil.example:3080\r\n\r\n"
                        .getBytes(StandardCharsets.US_ASCII));
                String head = RawSockets.head(socket.getInputStream());
                assertTrue(head.startsWith("HTTP/1.1 421 Misdirected Request\r\n"), head);
                String body = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(body.contains("Host evil.example is not a name of this hub"), body);
                assertFalse(body.contains("tiles"), "nothing of the plane in it");
            }
            try (Socket feed = RawSockets.connect(harness.hub, 0)) {
                feed.getOutputStream().write(("GET /api/buildhub HTTP/1.1\r\nHost: evil.example\r\nUpgrade: websocket\r\n"
                        + "Connection: Upgrade\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                        + "Origin: http://evil.example\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                assertEquals("HTTP/1.1 421 Misdirected Request", RawSockets.head(feed.getInputStream()).split("\r\n", 2)[0],
                        "the page's own origin, renamed onto the hub: refused before the Origin check would pass it");
            }
            assertEquals("HTTP/1.1 200 OK", RawSockets.exchange(harness.hub,
                    "GET /health HTTP/1.1\r\nHost: localhost:3080\r\n\r\n".getBytes(StandardCharsets.US_ASCII)));
            assertEquals(200, harness.get("/health").statusCode(), "the JDK's client names the address");
            assertTrue(harness.get("/metrics").body().contains("maestro_hub_http_responses_total{code=\"421\"} 2"));
            assertTrue(good.awaitSeq(harness.hub.feed().seq(), Duration.ofSeconds(5)));
        }
    }
}
