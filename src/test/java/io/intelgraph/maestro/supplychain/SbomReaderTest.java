package io.intelgraph.maestro.supplychain;

import io.intelgraph.maestro.model.Sbom;
import io.intelgraph.maestro.model.SbomComponent;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Real SBOMs written by cyclonedx-php-composer and Trivy (see supplychain/SOURCE.md); the counts are theirs. */
class SbomReaderTest {

    private static final Path DIR = Path.of("src/test/resources/supplychain");
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
                java.util.List.of("MIT"), "library"), sbom.components().get(0));
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
        assertEquals(Map.of(Sbom.NO_LICENSE, 5), julia.licenseCounts(), "NOASSERTION is no licence");
        assertEquals("library", julia.components().get(1).type());

        Sbom centos = reader.read(DIR.resolve("spdx/trivy-centos-7.spdx.json"));
        assertEquals("2.2", centos.specVersion());
        assertEquals(4, centos.components().size());
        assertEquals(Map.of("GPLv3+", 1, "OpenSSL", 1, Sbom.NO_LICENSE, 2), centos.licenseCounts());
        SbomComponent openssl = centos.components().get(3);
        assertEquals("openssl-libs", openssl.name());
        assertEquals("1:1.0.2k-19.el7", openssl.version());
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
