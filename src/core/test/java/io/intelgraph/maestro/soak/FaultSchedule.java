package io.intelgraph.maestro.soak;

import io.intelgraph.maestro.sim.SimFault;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The faults the soak injects, in turn, one at a time. Each is made for the runs path of one
 * watched repository ({@code /repos/intelgraph-sim/NAME/actions/runs}); source-wide kinds widen it
 * to every repository. This list is the one place to add kinds.
 */
record FaultSchedule(List<Kind> kinds) {

    /** One kind of fault, made for a repository's runs path. */
    record Kind(String name, Function<String, SimFault> make) {
    }

    static final String ALL_REPOSITORIES = "/repos/";

    static FaultSchedule standard() {
        return new FaultSchedule(List.of(
                new Kind("502 on every repository", runs -> SimFault.status(ALL_REPOSITORIES, 502, "Bad Gateway", 3)),
                new Kind("503 on one repository", runs -> SimFault.status(runs, 503, "Service Unavailable", 2)),
                new Kind("429 with Retry-After", runs -> new SimFault(ALL_REPOSITORIES, 429, Map.of("Retry-After", "2"),
                        "{\"message\":\"Too many requests\"}", 1)),
                new Kind("403 secondary rate limit", runs -> SimFault.secondaryRateLimit(runs, 3, 1)),
                new Kind("malformed body", runs -> SimFault.malformedJson(runs, 2)),
                // Longer than the soak client's deadline (Soak.REQUEST_TIMEOUT), so it must give up on it.
                new Kind("stalled body", runs -> SimFault.stalledBody(runs, Soak.REQUEST_TIMEOUT.plusSeconds(1), 1)),
                // java.net.http retries an idempotent GET once by itself: two resets are one failure seen.
                new Kind("connection reset", runs -> SimFault.connectionReset(runs, 2)),
                new Kind("huge body", runs -> SimFault.hugeBody(runs, 12_000_000, 1))));
    }

    Kind get(int n) {
        return kinds.get(n % kinds.size());
    }
}
