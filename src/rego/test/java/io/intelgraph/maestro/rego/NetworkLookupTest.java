package io.intelgraph.maestro.rego;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * net.lookup_ip_addr without the network: addresses given as addresses come back in Go's form, localhost is the
 * loopback, and a host name is refused (a policy could otherwise carry data out in the names it looks up) unless a
 * policy test mocks the call, as it mocks http.send.
 */
class NetworkLookupTest {

    private static final RegoPolicy POLICY = RegoPolicy.compile(Map.of("p.rego", """
            package p
            addresses := net.lookup_ip_addr(input.name)
            test_mocked if {
            	addresses == {"10.1.2.3"} with net.lookup_ip_addr as {"10.1.2.3"} with input.name as "api.github.com"
            }
            """));

    private static Object addresses(String name) {
        return POLICY.query("data.p.addresses = x", Map.of("name", name), null, true).getFirst().get("x");
    }

    @Test
    void addressesAndLocalhostAreAnsweredWithoutAResolver() {
        assertEquals(List.of("2001:db8::1"), addresses("2001:0db8:0:0:0:0:0:1"));
        assertEquals(List.of("10.0.0.1"), addresses("::ffff:10.0.0.1"), "an IPv4-mapped address prints as IPv4, as in Go");
        assertEquals(List.of("127.0.0.1", "::1"), addresses("preview.localhost"));
    }

    @Test
    void aHostNameIsRefusedUnlessMocked() {
        RegoException refused = assertThrows(RegoException.class, () -> addresses("exfiltrate.example.com"));
        assertTrue(refused.getMessage().contains("makes no network calls"), refused.getMessage());
        assertTrue(refused.getMessage().startsWith("unsupported:"), refused.getMessage());
        assertEquals(List.of(Map.of("x", true)), POLICY.query("data.p.test_mocked = x", Map.of(), null, true));
    }
}
