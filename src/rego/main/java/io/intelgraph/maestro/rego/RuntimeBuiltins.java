package io.intelgraph.maestro.rego;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import static io.intelgraph.maestro.rego.Operands.str;

/**
 * Builtins that reach the world around the evaluator — OPA's runtime.go, http.go, net.go's lookup, trace.go and its
 * test runner's test.sleep — answered as an engine embedded in a build tool can: no OPA config, no network, no
 * explanation.
 */
final class RuntimeBuiltins implements BuiltinFamily {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    @Override
    public void register(BuiltinRegistry r) {
        // No OPA runtime around the in-process engine: what "opa eval" without a config reports.
        r.add("opa.runtime", 0, a -> new LinkedHashMap<>());
        // Declared so that policy tests can mock it ("with http.send as mock"); the engine makes no network calls,
        // so called unmocked it is unsupported, loudly.
        r.add("http.send", 1, a -> {
            throw RegoException.unsupported("builtin http.send — the in-process engine makes no network calls");
        });
        // Answered without the network, as http.send is: an address given as one is itself (Go's resolver answers so
        // too), "localhost" is the loopback addresses (RFC 6761), and any other name is unsupported unless a test
        // mocks the call. A lookup of a name a policy built could carry data out through DNS.
        r.add("net.lookup_ip_addr", 1, a -> lookupWithoutNetwork(str(a.get(0))));
        // Trace notes go to OPA's explain output, which the in-process engine does not produce.
        r.add("trace", 1, a -> {
            str(a.get(0));
            return true;
        });
        // A policy test's pause, bounded: a test must not stall the build.
        r.add("test.sleep", 1, a -> {
            try {
                Thread.sleep(Math.min(1_000L, GoTime.duration(str(a.get(0))).longValue() / 1_000_000L));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Values.NULL;
        });
    }

    private static Set<Object> lookupWithoutNetwork(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.equals("localhost") || lower.endsWith(".localhost")) {
            return new LinkedHashSet<>(List.of("127.0.0.1", "::1"));
        }
        if (IPV4.matcher(name).matches() || name.contains(":")) {
            try {
                // A literal: InetAddress only checks its form, it asks no resolver.
                return new LinkedHashSet<>(List.of(Cidr.text(InetAddress.getByName(name).getAddress())));
            } catch (UnknownHostException e) {
                throw new RegoException("lookup " + name + ": no such host");
            }
        }
        throw RegoException.unsupported("builtin net.lookup_ip_addr of a host name (" + Values.quote(name)
                + ") — the in-process engine makes no network calls");
    }
}
