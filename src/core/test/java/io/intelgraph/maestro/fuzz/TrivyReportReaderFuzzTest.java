package io.intelgraph.maestro.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.intelgraph.maestro.supplychain.ReportFormatException;
import io.intelgraph.maestro.supplychain.ScanReader;
import org.junit.jupiter.api.Timeout;

import java.io.ByteArrayInputStream;

/**
 * Any file offered as a scan report under a .json name, read as ScanReader reads artifacts: Trivy
 * JSON (or SARIF, when the first bytes say so), or ReportFormatException naming the problem.
 */
class TrivyReportReaderFuzzTest {

    private final ScanReader reader = new ScanReader();

    @FuzzTest(maxDuration = "2m")
    @Timeout(5)
    void read(byte[] file) throws Exception {
        Contract.holds(() -> reader.read("trivy.json", new ByteArrayInputStream(file)), ReportFormatException.class);
    }
}
