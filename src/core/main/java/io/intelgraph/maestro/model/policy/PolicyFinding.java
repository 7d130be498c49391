package io.intelgraph.maestro.model.policy;

import io.intelgraph.maestro.model.evidence.Severity;

/**
 * One deny, warn or exception (a rule an {@code exception} rule waived, as conftest reports it) from a
 * policy check.
 *
 * @param rule the rule that said it ({@code deny}, {@code deny_run_as_root}, {@code warn_labels} …; for an
 *        exception, the rule excepted)
 * @param line the offending line when it can be told (Dockerfiles), else 0
 */
public record PolicyFinding(String file, String namespace, Severity severity, String rule, String message, int line) {

    public enum Severity { DENY, WARN, EXCEPTION }
}
