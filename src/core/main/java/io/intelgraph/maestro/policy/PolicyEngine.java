package io.intelgraph.maestro.policy;

import io.intelgraph.maestro.model.policy.PolicyFinding;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Evaluates conftest-style policies ({@code deny}/{@code violation}/{@code warn} rules) in one
 * namespace against one input document. Implementations: the in-process interpreter, and the
 * {@code conftest}/{@code opa} binary when it is installed.
 */
public interface PolicyEngine {

    /**
     * What the rules of one namespace say about one document, counted as conftest counts: each message
     * is a failure or warning, each rule excepted by an {@code exception} rule an exception (its rule the
     * excepted name, its text conftest's query {@code data.<ns>.exception[_][_] == "<name>"}), every other
     * rule body a success.
     */
    record Verdict(List<Message> denies, List<Message> warnings, List<Message> exceptions, int successes) {
        public Verdict {
            denies = List.copyOf(denies);
            warnings = List.copyOf(warnings);
            exceptions = List.copyOf(exceptions);
        }
    }

    /** One message and the rule that produced it ({@code deny}, {@code deny_run_as_root}, {@code warn} …). */
    record Message(String rule, String text) {
    }

    String name();

    /** The namespaces (Rego packages) of the loaded policies: what conftest's --all-namespaces checks. */
    Set<String> namespaces();

    /** conftest's rule naming: deny/violation (optionally _suffixed) are denies, warn (_suffixed) warnings. */
    static Optional<PolicyFinding.Severity> severityOf(String rule) {
        if (rule.equals("warn") || rule.startsWith("warn_")) {
            return Optional.of(PolicyFinding.Severity.WARN);
        }
        if (rule.equals("deny") || rule.startsWith("deny_") || rule.equals("violation") || rule.startsWith("violation_")) {
            return Optional.of(PolicyFinding.Severity.DENY);
        }
        return Optional.empty();
    }

    /**
     * conftest's exceptions of one deny/warn rule: one for each time the namespace's {@code exception}
     * rule lists its name ({@code excepted}); none when it is not excepted and its messages stand.
     */
    static List<Message> exceptionsOf(String namespace, String rule, List<String> excepted) {
        String name = exceptionName(rule);
        return excepted.stream().filter(name::equals)
                .map(x -> new Message(name, "data." + namespace + ".exception[_][_] == \"" + name + "\"")).toList();
    }

    /** The name conftest's exceptions use for a rule: without its deny_/violation_/warn_ prefix. */
    static String exceptionName(String rule) {
        for (String prefix : List.of("violation_", "deny_", "warn_")) {
            if (rule.startsWith(prefix)) {
                return rule.substring(prefix.length());
            }
        }
        return rule;
    }

    Verdict evaluate(String namespace, Object input);
}
