package io.intelgraph.maestro.model;

/**
 * One deny, warn or exception (a rule an {@code exception} rule waived, as conftest reports it) from a
 * policy check.
 *
 * @param line the offending line when it can be told (Dockerfiles), else 0
 */
public record PolicyFinding(String file, String namespace, Severity severity, String message, int line) {

    public enum Severity { DENY, WARN, EXCEPTION }
}
