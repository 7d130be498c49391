package io.intelgraph.maestro.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.intelgraph.maestro.supplychain.ReportFormatException;
import io.intelgraph.maestro.supplychain.ScanReader;
import org.junit.jupiter.api.Timeout;

import java.io.ByteArrayInputStream;

/** Any file named *.sarif (always read as SARIF 2.1.0): a ScanReport, or ReportFormatException naming the problem. */
class SarifReaderFuzzTest {

    private final ScanReader reader = new ScanReader();

    @FuzzTest(maxDuration = "2m")
    @Timeout(5)
    void read(byte[] file) throws Exception {
        Contract.holds(() -> reader.read("scan.sarif", new ByteArrayInputStream(file)), ReportFormatException.class);
    }
}
