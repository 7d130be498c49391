package io.intelgraph.maestro.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.intelgraph.maestro.supplychain.ReportFormatException;
import io.intelgraph.maestro.supplychain.SbomReader;
import org.junit.jupiter.api.Timeout;

import java.io.ByteArrayInputStream;

/** Any file offered as a CycloneDX or SPDX JSON SBOM: an Sbom, or ReportFormatException naming the problem. */
class SbomReaderFuzzTest {

    private final SbomReader reader = new SbomReader();

    @FuzzTest(maxDuration = "2m")
    @Timeout(5)
    void read(byte[] file) throws Exception {
        Contract.holds(() -> reader.read("fuzz.sbom.json", new ByteArrayInputStream(file)), ReportFormatException.class);
    }
}
