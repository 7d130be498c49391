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

    Verdict evaluate(String namespace, Object input);
}
