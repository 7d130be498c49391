package io.intelgraph.maestro.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.intelgraph.maestro.supplychain.JUnitReader;
import io.intelgraph.maestro.supplychain.ReportFormatException;
import org.junit.jupiter.api.Timeout;

import java.io.ByteArrayInputStream;

/** Any file offered as JUnit XML: a TestReport, or ReportFormatException naming the problem. */
class JUnitReaderFuzzTest {

    private final JUnitReader reader = new JUnitReader();

    @FuzzTest(maxDuration = "2m")
    @Timeout(5)
    void read(byte[] file) throws Exception {
        Contract.holds(() -> reader.read("TEST-fuzz.xml", new ByteArrayInputStream(file)), ReportFormatException.class);
    }
}
