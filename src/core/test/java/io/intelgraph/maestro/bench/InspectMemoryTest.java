package io.intelgraph.maestro.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The short version of {@link InspectMemoryBenchmark}, run with the tests: {@code inspect sbom} on a
 * 90,000-component CycloneDX SBOM (~40 MB) in a child JVM whose heap is 32 MB. A summary that held
 * every component (36 MB of records) or a {@code --json} built as one tree ran out of heap here.
 */
class InspectMemoryTest {

    private static final int COMPONENTS = 90_000;
    private static final String HEAP = "32m";

    @Test
    void summaryAndJsonOfABigSbomFitInASmallHeap(@TempDir Path dir) throws IOException, InterruptedException {
        Path sbom = dir.resolve("big.cdx.json");
        int components = BigReports.sbom(sbom, Long.MAX_VALUE, COMPONENTS, true);
        Path out = dir.resolve("out.txt");

        InspectMemory.Run summary = InspectMemory.run(HEAP, out, "inspect", "sbom", sbom.toString());
        assertEquals(0, summary.exit(), summary.describe());
        String text = Files.readString(out);
        assertTrue(text.contains(components + " components, " + components / 62 * 113 + " dependency edges"), text);
        assertTrue(text.contains("… and " + (components - 20) + " more"), text);

        InspectMemory.Run json = InspectMemory.run(HEAP, out, "inspect", "sbom", "--json", sbom.toString());
        assertEquals(0, json.exit(), json.describe());
        JsonNode root = new ObjectMapper().readTree(out.toFile());
        assertEquals(components, root.path("componentCount").asInt());
        assertEquals(components, root.path("components").size(), "every component, streamed");
        assertEquals("stack-cors-" + (components / 62 - 1), root.path("components").get(components - 62).path("name").asText());
    }
}
