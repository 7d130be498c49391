package io.intelgraph.maestro.supplychain;

import io.intelgraph.maestro.model.SignatureState;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A verifier that crashes has not judged the signature: "could not verify", never "unverified". */
class BundleVerifierTest {

    private static final Path DIR = Path.of("src/test/resources/supplychain/sigstore");

    @Test
    void aCrashInsideTheVerifierIsCouldNotVerifyWithItsReason() throws Exception {
        BundleVerifier verifier = new BundleVerifier(DIR.resolve("trusted_root.public-good.json"));
        byte[] bundle = Files.readAllBytes(DIR.resolve("happy-path-v0.3/bundle.sigstore.json"));
        // No digest at all: sigstore-java fails on its own null check, not on the signature.
        BundleVerifier.Verdict verdict = verifier.verify(bundle, null);
        assertEquals(SignatureState.COULD_NOT_VERIFY, verdict.state(), verdict.reason());
        assertTrue(verdict.reason().startsWith("could not verify: NullPointerException"), verdict.reason());
    }

    @Test
    void aSignatureThatDoesNotCheckOutIsStillUnverified() throws Exception {
        BundleVerifier verifier = new BundleVerifier(DIR.resolve("trusted_root.public-good.json"));
        byte[] bundle = Files.readAllBytes(DIR.resolve("happy-path-v0.3/bundle.sigstore.json"));
        BundleVerifier.Verdict verdict = verifier.verify(bundle, new byte[32]);
        assertEquals(SignatureState.UNVERIFIED, verdict.state(), verdict.reason());
    }
}
