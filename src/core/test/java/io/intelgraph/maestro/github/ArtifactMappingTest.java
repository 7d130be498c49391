package io.intelgraph.maestro.github;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.intelgraph.maestro.model.build.RunArtifact;
import io.intelgraph.maestro.model.evidence.Sbom;
import io.intelgraph.maestro.supplychain.SbomReader;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** GitHub's own shapes: an artifacts list recorded from api.github.com, and the docs' dependency-graph export. */
class ArtifactMappingTest {

    @Test
    void artifactsRecordedFromGitHub() throws IOException {
        PayloadNode body = PayloadNode.root(new ObjectMapper().readTree(Path.of("src/core/test/resources/github/rest/artifacts-two.json").toFile()), "response");
        List<RunArtifact> artifacts = body.array("artifacts").stream().map(RestMapper::artifact).toList();
        assertEquals(List.of(
                new RunArtifact(1242831517L, "artifact2", 152, false, Instant.parse("2024-05-13T20:55:47Z"), 7892624040L),
                new RunArtifact(1242831742L, "artifact1", 10, false, Instant.parse("2024-05-13T20:55:58Z"), 7892624040L)),
                artifacts);
    }

    @Test
    void theDependencyGraphExportUnwrapsToSpdx() throws IOException {
        Sbom sbom = new SbomReader().read(Path.of("src/core/test/resources/github/rest/dependency-graph/sbom.json"));
        assertEquals(Sbom.Format.SPDX, sbom.format());
        assertEquals("2.3", sbom.specVersion());
        assertEquals("github/example@main", sbom.subject(), "the described repository package, name@version");
        assertEquals(2, sbom.components().size());
        assertEquals("pkg:gem/rails@1.0.0", sbom.components().get(0).purl());
        assertEquals(1, sbom.dependencyEdges());
        assertEquals(Map.of("MIT", 1, Sbom.NO_LICENSE, 1), sbom.licenseCounts());
    }
}
