package io.intelgraph.maestro.supplychain;

import io.intelgraph.maestro.model.evidence.DependencyKind;
import io.intelgraph.maestro.model.evidence.Sbom;
import io.intelgraph.maestro.model.evidence.SbomComponent;
import io.intelgraph.maestro.model.evidence.SbomComponents;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Real SBOMs written by cyclonedx-php-composer, Trivy, Syft, spdx-maven-plugin and the SPDX spec's
 * own example (see supplychain/SOURCE.md); the counts are theirs.
 */
class SbomReaderTest {

    private static final Path DIR = Path.of("src/core/test/resources/supplychain");
    private final SbomReader reader = new SbomReader();

    @Test
    void cycloneDx14FromComposer() throws IOException {
        Sbom sbom = reader.read(DIR.resolve("cyclonedx/laravel-7.12.0.cdx-1.4.json"));
        assertEquals(Sbom.Format.CYCLONEDX, sbom.format());
        assertEquals("1.4", sbom.specVersion());
        assertEquals("cyclonedx-php-composer-demo@dev-master", sbom.subject());
        assertEquals(62, sbom.components().size());
        assertEquals(113, sbom.dependencyEdges());
        assertEquals(Map.of("MIT", 57, "BSD-3-Clause", 4, "Apache-2.0", 1), sbom.licenseCounts());
        assertEquals(new SbomComponent("stack-cors", "1.3.0", "pkg:composer/asm89/stack-cors@1.3.0",
                List.of("MIT"), "library"), sbom.components().get(0));
        assertTrue(sbom.components().stream().anyMatch(c -> c.purl().equals("pkg:composer/laravel/framework@v7.30.6")));
    }

    @Test
    void cycloneDx15to17FromTrivy() throws IOException {
        Sbom centos = reader.read(DIR.resolve("cyclonedx/trivy-centos-7.cdx-1.5.json"));
        assertEquals("1.5", centos.specVersion());
        assertEquals(3, centos.components().size());
        assertEquals(3, centos.dependencyEdges());
        assertEquals(Map.of("GPLv3+", 1, "OpenSSL+", 1, Sbom.NO_LICENSE, 1), centos.licenseCounts());
        assertEquals("pkg:rpm/centos/bash@4.2.46-31.el7?arch=x86_64&distro=centos-7.6.1810", centos.components().get(0).purl());

        for (String version : new String[] {"1.6", "1.7"}) {
            Sbom npm = reader.read(DIR.resolve("cyclonedx/trivy-npm.cdx-" + version + ".json"));
            assertEquals(version, npm.specVersion());
            assertEquals("testdata/fixtures/repo/npm", npm.subject());
            assertEquals(13, npm.components().size());
            assertEquals(18, npm.dependencyEdges());
            assertEquals(12, npm.components().stream().filter(c -> !c.purl().isEmpty()).count());
            assertEquals(Map.of("MIT", 5, Sbom.NO_LICENSE, 8), npm.licenseCounts());
        }
    }

    @Test
    void spdx22And23FromTrivy() throws IOException {
        Sbom julia = reader.read(DIR.resolve("spdx/trivy-julia.spdx.json"));
        assertEquals(Sbom.Format.SPDX, julia.format());
        assertEquals("2.3", julia.specVersion());
        assertEquals("testdata/fixtures/repo/julia", julia.subject());
        assertEquals(5, julia.components().size());
        assertEquals(1, julia.dependencyEdges(), "one DEPENDS_ON relationship");
        assertEquals(Map.of(DependencyKind.UNSPECIFIED, 1), julia.dependencyKinds());
        assertEquals(Map.of(Sbom.NO_LICENSE, 5), julia.licenseCounts(), "NOASSERTION is no licence");
        assertEquals("library", julia.components().get(1).type());

        Sbom centos = reader.read(DIR.resolve("spdx/trivy-centos-7.spdx.json"));
        assertEquals("2.2", centos.specVersion());
        assertEquals("integration/testdata/fixtures/images/centos-7.tar.gz", centos.subject(), "the described container image");
        assertEquals(0, centos.dependencyEdges(), "CONTAINS is not a dependency");
        assertEquals(4, centos.components().size());
        assertEquals(Map.of("GPLv3+", 1, "OpenSSL", 1, Sbom.NO_LICENSE, 2), centos.licenseCounts());
        SbomComponent openssl = centos.components().get(3);
        assertEquals("openssl-libs", openssl.name());
        assertEquals("1:1.0.2k-19.el7", openssl.version());
    }

    /*
     * The expected counts below were computed from the files with jq, not with this reader:
     *   packages: jq '.packages | length' FILE
     *   edges:    the forward types (DEPENDS_ON, DYNAMIC_LINK, STATIC_LINK, HAS_PREREQUISITE: element → related)
     *             and the reverse ones (DEPENDENCY_OF, the six *_DEPENDENCY_OF, PREREQUISITE_FOR: related → element)
     *             mapped to (from, to, kind) pairs, minus those to NONE/NOASSERTION, grouped by (from, to).
     *   subject:  the packages named by documentDescribes, SPDXRef-DOCUMENT DESCRIBES X or X DESCRIBED_BY
     *             SPDXRef-DOCUMENT, as name@versionInfo.
     */

    @Test
    void spdxMavenPluginLinksAndTestDependenciesAreEdges() throws IOException {
        // spdx-maven-plugin 1.0.4 writes compile/runtime dependencies as DYNAMIC_LINK and test ones as
        // TEST_DEPENDENCY_OF (plus OPTIONAL_COMPONENT_OF for the optional and OTHER for the provided one,
        // which are not dependency relationships in SPDX 2.3 §11). The old reader counted 0 edges here.
        Sbom maven = reader.read(DIR.resolve("spdx/spdx-maven-plugin-1.0.4.spdx.json"));
        assertEquals(8, maven.componentCount());
        assertEquals(5, maven.dependencyEdges());
        assertEquals(Map.of(DependencyKind.DYNAMIC_LINK, 3, DependencyKind.TEST, 2), maven.dependencyKinds());
        assertEquals("spdx-demo@1.0.0", maven.subject(), "SPDXRef-DOCUMENT DESCRIBES the project's package, not the document name");
        assertEquals(Map.of("Apache-2.0", 2, "MIT", 2, "EPL-1.0", 1, "(GPL-2.0-with-classpath-exception AND EPL-2.0)", 1,
                Sbom.NO_LICENSE, 2), maven.licenseCounts());
        assertEquals("pkg:maven/org.apache.commons/commons-lang3@3.14.0", maven.components().get(0).purl());
    }

    @Test
    void spdxSpecExampleDescribesThroughDocumentDescribes() throws IOException {
        // documentDescribes names a file and a package; the package is the subject. One DYNAMIC_LINK;
        // CONTAINS, COPY_OF, GENERATED_FROM and SPECIFICATION_FOR are not dependencies.
        Sbom example = reader.read(DIR.resolve("spdx/spdx-spec-example-v2.3.spdx.json"));
        assertEquals("2.3", example.specVersion());
        assertEquals("glibc@2.11.1", example.subject());
        assertEquals(4, example.componentCount());
        assertEquals(1, example.dependencyEdges());
        assertEquals(Map.of(DependencyKind.DYNAMIC_LINK, 1), example.dependencyKinds());
        assertEquals(Map.of("(LGPL-2.0-only OR LicenseRef-3)", 1, "MPL-1.0", 1, Sbom.NO_LICENSE, 2), example.licenseCounts());
    }

    @Test
    void syftDescribesItsRootAfterThePackages() throws IOException {
        // Syft names the described root last, after every package; its CONTAINS relationships are no edges.
        Path syft = DIR.resolve("spdx/syft-relationship-order.spdx.json");
        String root = "user-image-input@sha256:2731251dc34951c0e50fcc643b4c5f74922dad1a5d98f302b504cf46cd5d9368";
        Sbom all = reader.read(syft);
        assertEquals(root, all.subject());
        assertEquals(3, all.componentCount());
        assertEquals(0, all.dependencyEdges());
        assertEquals(Map.of("MIT", 1, Sbom.NO_LICENSE, 2), all.licenseCounts());

        // Keeping one component, the root (the third package) is found by reading the file again...
        List<String> seen = new ArrayList<>();
        Sbom summary = reader.read(syft, 1, c -> seen.add(c.name()));
        assertEquals(root, summary.subject());
        assertEquals(3, summary.componentCount());
        assertEquals(List.of("package-1"), summary.components().stream().map(SbomComponent::name).toList());
        assertEquals(List.of("package-1", "package-2", "user-image-input"), seen, "each component once, in order");
        assertFalse(summary.complete());
        // ...which a stream cannot be: then the document's name stands in.
        try (var in = Files.newInputStream(syft)) {
            assertEquals("user-image-input", reader.read("syft.spdx.json", in, 1, c -> { }).subject());
        }
    }

    @Test
    void gitHubDependencyGraphDescribesTheRepository() throws IOException {
        Sbom graph = reader.read(Path.of("src/core/test/resources/github/rest/dependency-graph/sbom.json"));
        assertEquals("github/example@main", graph.subject());
        assertEquals(1, graph.dependencyEdges());
    }

    @Test
    void everySpdxDependencyRelationshipCountsOnceInItsDirection() throws IOException {
        // One relationship of each SPDX 2.3 type that is a dependency, stated as the spec words it, plus
        // what must not count: A DEPENDS_ON B again as B DEPENDENCY_OF A, an edge to NONE, CONTAINS,
        // BUILD_TOOL_OF, OPTIONAL_COMPONENT_OF, DEPENDENCY_MANIFEST_OF; and DESCRIBED_BY for the subject.
        String[][] relationships = {
            {"A", "DEPENDS_ON", "B"}, {"B", "DEPENDENCY_OF", "A"}, {"C", "BUILD_DEPENDENCY_OF", "A"},
            {"D", "DEV_DEPENDENCY_OF", "A"}, {"E", "OPTIONAL_DEPENDENCY_OF", "A"}, {"F", "PROVIDED_DEPENDENCY_OF", "A"},
            {"G", "TEST_DEPENDENCY_OF", "A"}, {"H", "RUNTIME_DEPENDENCY_OF", "A"}, {"A", "DYNAMIC_LINK", "I"},
            {"A", "STATIC_LINK", "J"}, {"A", "HAS_PREREQUISITE", "K"}, {"L", "PREREQUISITE_FOR", "A"},
            {"A", "DEPENDS_ON", "C"}, {"B", "DEPENDS_ON", "NONE"}, {"A", "CONTAINS", "B"}, {"M", "BUILD_TOOL_OF", "A"},
            {"N", "OPTIONAL_COMPONENT_OF", "A"}, {"O", "DEPENDENCY_MANIFEST_OF", "A"}, {"A", "DESCRIBED_BY", "SPDXRef-DOCUMENT"}};
        StringBuilder json = new StringBuilder("{\"spdxVersion\": \"SPDX-2.3\", \"SPDXID\": \"SPDXRef-DOCUMENT\", \"name\": \"doc\","
                + " \"relationships\": [");
        for (String[] r : relationships) {
            json.append(json.charAt(json.length() - 1) == '[' ? "" : ",").append(String.format(
                    "{\"spdxElementId\": \"%s\", \"relationshipType\": \"%s\", \"relatedSpdxElement\": \"%s\"}", r[0], r[1], r[2]));
        }
        json.append("], \"packages\": [{\"SPDXID\": \"A\", \"name\": \"app\", \"versionInfo\": \"2.0\"}]}");
        Sbom sbom = reader.read("kinds.spdx.json", new ByteArrayInputStream(json.toString().getBytes(StandardCharsets.UTF_8)));
        assertEquals(11, sbom.dependencyEdges(), "A→B (stated twice), A→C (build: the scoped statement wins), and A→D…L");
        assertEquals(Map.of(DependencyKind.UNSPECIFIED, 1, DependencyKind.BUILD, 1, DependencyKind.DEV, 1,
                DependencyKind.OPTIONAL, 1, DependencyKind.PROVIDED, 1, DependencyKind.TEST, 1, DependencyKind.RUNTIME, 1,
                DependencyKind.DYNAMIC_LINK, 1, DependencyKind.STATIC_LINK, 1, DependencyKind.PREREQUISITE, 2),
                sbom.dependencyKinds());
        assertEquals("app@2.0", sbom.subject(), "A DESCRIBED_BY SPDXRef-DOCUMENT, named before its package");
    }

    @Test
    void packedComponentsUnpackAsTheyWere() {
        SbomComponent odd = new SbomComponent("näme", "", "pkg:x/y@1", List.of("MIT", "Apache-2.0"), "");
        SbomComponent plain = new SbomComponent("a", "1", "", List.of(), "library");
        SbomComponents packed = SbomComponents.of(List.of(odd, plain));
        assertEquals(List.of(odd, plain), packed);
        assertEquals(List.of(odd), ComponentSearch.apply(packed, "NÄME apache"));
        assertEquals(List.of(), ComponentSearch.apply(packed, "library"), "the type is not searched, as before");
    }

    @Test
    void aTruncatedFileNamesTheFileAndWhere() throws IOException {
        byte[] whole = Files.readAllBytes(DIR.resolve("cyclonedx/laravel-7.12.0.cdx-1.4.json"));
        byte[] half = Arrays.copyOf(whole, whole.length / 2);
        ReportFormatException e = assertThrows(ReportFormatException.class,
                () -> reader.read("bom.cdx.json", new ByteArrayInputStream(half)));
        assertEquals("bom.cdx.json", e.file());
        assertTrue(e.problem().startsWith("not valid JSON at line "), e.problem());
    }

    @Test
    void aScanReportIsNotAnSbom() {
        ReportFormatException e = assertThrows(ReportFormatException.class,
                () -> reader.read(DIR.resolve("trivy/alpine-310.json")));
        assertEquals("alpine-310.json: not an SBOM: neither \"bomFormat\": \"CycloneDX\" nor \"spdxVersion\" found", e.getMessage());
    }
}
