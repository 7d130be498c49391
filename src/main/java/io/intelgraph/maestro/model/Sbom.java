package io.intelgraph.maestro.model;

import java.util.List;
import java.util.Map;

/**
 * A software bill of materials as the panel shows it: its format and spec version, what it
 * describes, every component, the dependency edges it declares and a licence summary (licence id →
 * components; {@link #NO_LICENSE} for components without one).
 */
public record Sbom(String file, Format format, String specVersion, String subject, List<SbomComponent> components,
        int dependencyEdges, Map<String, Integer> licenseCounts) {

    public static final String NO_LICENSE = "(none)";

    public enum Format { CYCLONEDX, SPDX }

    public Sbom {
        components = List.copyOf(components);
        licenseCounts = Map.copyOf(licenseCounts);
    }
}
