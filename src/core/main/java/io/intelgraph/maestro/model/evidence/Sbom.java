package io.intelgraph.maestro.model.evidence;

import java.util.Map;

/**
 * A software bill of materials as the panel shows it: its format and spec version, what it
 * describes, how many components it lists, the dependency edges it declares (by kind, as far as it
 * says) and a licence summary (licence id → components; {@link #NO_LICENSE} for components without
 * one). {@code components} holds the components a reader kept, packed: all of them for the panel,
 * only the first few for a summary (the counts are always over all).
 */
public record Sbom(String file, Format format, String specVersion, String subject, int componentCount,
        SbomComponents components, int dependencyEdges, Map<DependencyKind, Integer> dependencyKinds,
        Map<String, Integer> licenseCounts) {

    public static final String NO_LICENSE = "(none)";

    public enum Format { CYCLONEDX, SPDX }

    public Sbom {
        dependencyKinds = Map.copyOf(dependencyKinds);
        licenseCounts = Map.copyOf(licenseCounts);
    }

    /** Whether {@link #components()} holds every component, so a search over it is a search of the SBOM. */
    public boolean complete() {
        return components.size() == componentCount;
    }
}
