package io.intelgraph.maestro.rego;

import java.util.LinkedHashMap;

import static io.intelgraph.maestro.rego.Operands.str;

/**
 * Builtins that reach the world around the evaluator — OPA's runtime.go, http.go, trace.go and its test runner's
 * test.sleep — answered as an engine embedded in a build tool can: no OPA config, no network, no explanation.
 */
final class RuntimeBuiltins implements BuiltinFamily {

    @Override
    public void register(BuiltinRegistry r) {
        // No OPA runtime around the in-process engine: what "opa eval" without a config reports.
        r.add("opa.runtime", 0, a -> new LinkedHashMap<>());
        // Declared so that policy tests can mock it ("with http.send as mock"); the engine makes no network calls,
        // so called unmocked it is unsupported, loudly.
        r.add("http.send", 1, a -> {
            throw RegoException.unsupported("builtin http.send — the in-process engine makes no network calls");
        });
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
}
