package io.intelgraph.maestro.policy;

import java.util.List;

/**
 * Evaluates conftest-style policies ({@code deny}/{@code violation}/{@code warn} rules) in one
 * namespace against one input document. Implementations: the in-process interpreter, and the
 * {@code conftest}/{@code opa} binary when it is installed.
 */
public interface PolicyEngine {

    /** What the rules of one namespace say about one document. */
    record Verdict(List<String> denies, List<String> warnings) {
        public Verdict {
            denies = List.copyOf(denies);
            warnings = List.copyOf(warnings);
        }
    }

    String name();

    /** conftest's rule naming: deny/violation (optionally _suffixed) are denies, warn (_suffixed) warnings. */
    static java.util.Optional<io.intelgraph.maestro.model.PolicyFinding.Severity> severityOf(String rule) {
        if (rule.equals("warn") || rule.startsWith("warn_")) {
            return java.util.Optional.of(io.intelgraph.maestro.model.PolicyFinding.Severity.WARN);
        }
        if (rule.equals("deny") || rule.startsWith("deny_") || rule.equals("violation") || rule.startsWith("violation_")) {
            return java.util.Optional.of(io.intelgraph.maestro.model.PolicyFinding.Severity.DENY);
        }
        return java.util.Optional.empty();
    }

    Verdict evaluate(String namespace, Object input);
}
