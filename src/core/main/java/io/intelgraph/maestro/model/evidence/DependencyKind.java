package io.intelgraph.maestro.model.evidence;

/**
 * What kind of dependency an SBOM edge is, as far as the SBOM says: SPDX 2.3 names the scope
 * (BUILD_DEPENDENCY_OF, TEST_DEPENDENCY_OF, …) or the linkage (DYNAMIC_LINK, STATIC_LINK);
 * CycloneDX's {@code dependsOn} and SPDX's DEPENDS_ON / DEPENDENCY_OF say nothing more than
 * {@link #UNSPECIFIED}.
 */
public enum DependencyKind {
    UNSPECIFIED("dependency"),
    BUILD("build"),
    DEV("dev"),
    OPTIONAL("optional"),
    PROVIDED("provided"),
    TEST("test"),
    RUNTIME("runtime"),
    DYNAMIC_LINK("dynamic link"),
    STATIC_LINK("static link"),
    PREREQUISITE("prerequisite");

    private final String word;

    DependencyKind(String word) {
        this.word = word;
    }

    /** How the panel and the CLI name it. */
    public String word() {
        return word;
    }
}
