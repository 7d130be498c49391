package io.intelgraph.maestro.rego;

/**
 * A family of builtins, as one file of OPA's {@code topdown/} holds one (strings.go, aggregates.go …): it
 * registers each of its functions into a registry, and keeps whatever state they share (a regex cache).
 */
interface BuiltinFamily {

    void register(BuiltinRegistry registry);
}
