package io.intelgraph.maestro.model.evidence;

import java.util.List;

/** One package of an SBOM. {@code version} and {@code purl} are empty when the SBOM does not say. */
public record SbomComponent(String name, String version, String purl, List<String> licenses, String type) {

    public SbomComponent {
        licenses = List.copyOf(licenses);
    }
}
