package io.intelgraph.maestro.cli;

import io.intelgraph.maestro.rego.RegoPolicy;
import picocli.CommandLine.Option;

/** The Rego engine's options, the same for {@code policy check} and {@code policy verify} (as conftest's). */
final class RegoOptions {

    @Option(names = "--rego-version", paramLabel = "VERSION",
            description = "Rego syntax of the policies: v1 (default, as conftest) or v0; a module with import rego.v1 is v1.")
    String regoVersion = "v1";
    @Option(names = "--timeout", paramLabel = "DURATION",
            description = "Longest one evaluation may run, e.g. 30s or 500ms (default 30s).")
    String timeout = "30s";
    @Option(names = "--max-collection", paramLabel = "N",
            description = "Most elements a collection built by the policies may hold (default 1000000).")
    long maxCollection = RegoPolicy.Limits.DEFAULT.maxCollection();

    RegoPolicy.Version version() {
        return RegoPolicy.Version.of(regoVersion);
    }

    RegoPolicy.Limits limits() {
        return new RegoPolicy.Limits(RegoPolicy.Limits.timeout(timeout), maxCollection);
    }
}
