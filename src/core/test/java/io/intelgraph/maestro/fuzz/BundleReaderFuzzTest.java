package io.intelgraph.maestro.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.intelgraph.maestro.supplychain.BundleReader;
import io.intelgraph.maestro.supplychain.BundleVerifier;
import io.intelgraph.maestro.supplychain.ReportFormatException;
import org.junit.jupiter.api.Timeout;

import java.io.ByteArrayInputStream;

/**
 * Any file offered as a Sigstore bundle, read and verified offline against the bundled trusted root:
 * an Attestation (verified or not, with the reason), or ReportFormatException naming the problem.
 */
class BundleReaderFuzzTest {

    private static final BundleReader READER = new BundleReader(BundleVerifier.publicGood());

    @FuzzTest(maxDuration = "2m")
    @Timeout(5)
    void read(byte[] file) throws Exception {
        Contract.holds(() -> READER.read("fuzz.sigstore.json", new ByteArrayInputStream(file)),
                ReportFormatException.class);
    }
}
