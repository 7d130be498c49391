package io.intelgraph.maestro.supplychain;

import io.intelgraph.maestro.model.evidence.Attestation;
import io.intelgraph.maestro.model.evidence.RunEvidence;
import io.intelgraph.maestro.model.evidence.SignatureState;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A verifier that crashes has not judged the signature: "could not verify", never "unverified". */
class BundleVerifierTest {

    private static final Path DIR = Path.of("src/core/test/resources/supplychain/sigstore");

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

    private static Attestation attestation(SignatureState state, String reason) {
        return new Attestation("a.sigstore.json", state, reason, "", "", Optional.empty(), -1, List.of(), Optional.empty());
    }

    private static RunEvidence withBundles(Attestation... bundles) {
        return new RunEvidence(1, List.of(), List.of(), List.of(), List.of(bundles), List.of(), List.of(), List.of());
    }

    @Test
    void aRunWhoseBundleCouldNotBeCheckedIsNeitherSignedNorUnverified() {
        Attestation crashed = attestation(SignatureState.COULD_NOT_VERIFY, "could not verify: NullPointerException");
        assertEquals(SignatureState.COULD_NOT_VERIFY, withBundles(attestation(SignatureState.VERIFIED, ""), crashed).signatureState());
        assertEquals(SignatureState.UNVERIFIED, withBundles(attestation(SignatureState.UNVERIFIED, "bad signature"), crashed)
                .signatureState(), "a bundle that does not check out outweighs one that could not be checked");
        assertTrue(AttestationText.describe(crashed).startsWith("? COULD NOT VERIFY  a.sigstore.json\n   why: could not verify: "),
                AttestationText.describe(crashed));
    }
}
