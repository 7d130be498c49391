package io.intelgraph.maestro.supplychain;

import io.intelgraph.maestro.model.evidence.Attestation;
import io.intelgraph.maestro.model.evidence.Provenance;
import io.intelgraph.maestro.model.evidence.SignatureState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sigstore's own conformance bundles (sigstore/sigstore-conformance, see supplychain/SOURCE.md),
 * verified offline by sigstore-java against the trusted root the case names.
 */
class BundleReaderTest {

    private static final Path DIR = Path.of("src/core/test/resources/supplychain/sigstore");
    private static final String BEACON = "https://github.com/sigstore-conformance/extremely-dangerous-public-oidc-beacon/"
            + ".github/workflows/extremely-dangerous-oidc-beacon.yml@refs/heads/main";

    private static BundleReader reader(String trustedRoot) throws IOException {
        return new BundleReader(new BundleVerifier(DIR.resolve(trustedRoot)));
    }

    @Test
    void anSlsaProvenanceAttestationFromGitHubActionsVerifies() throws IOException {
        Attestation a = reader("trusted_root.public-good.json").read(DIR.resolve("happy-path-intoto-in-dsse-v3/bundle.sigstore.json"));
        assertEquals(SignatureState.VERIFIED, a.state(), a.reason());
        assertEquals("", a.reason());
        assertEquals(BEACON, a.identity(), "the certificate names the workflow that signed");
        assertEquals("https://token.actions.githubusercontent.com", a.issuer());
        assertEquals(155690850L, a.logIndex());
        assertEquals(Instant.ofEpochSecond(1734374576L), a.loggedAt().orElseThrow());
        assertEquals(List.of("a.txt sha256:a0cfc71271d6e278e57cd332ff957c3f7043fdda354c4cbb190a30d56efa01bf"), a.subjects());
        Provenance p = a.provenance().orElseThrow();
        assertEquals("https://slsa.dev/provenance/v1", p.predicateType());
        assertEquals("https://github.com/loosebazooka/aa-test/.github/workflows/provenance.yaml@refs/heads/main", p.builderId(),
                "actions/attest-build-provenance names the workflow as the builder");
        assertEquals("git+https://github.com/loosebazooka/aa-test@refs/heads/main", p.sourceUri());
        assertEquals(".github/workflows/provenance.yaml@refs/heads/main", p.workflow());
        assertTrue(p.sourceCommit().startsWith("ebff8dfbd609b7b22237c7"), p.sourceCommit());
    }

    @Test
    void aPlainSignatureBundleVerifiesAgainstItsDigest() throws IOException {
        Attestation a = reader("trusted_root.public-good.json").read(DIR.resolve("happy-path-v0.3/bundle.sigstore.json"));
        assertEquals(SignatureState.VERIFIED, a.state(), a.reason());
        assertEquals(BEACON, a.identity());
        assertEquals("https://token.actions.githubusercontent.com", a.issuer());
        assertTrue(a.provenance().isEmpty());
        assertEquals(1, a.subjects().size());
    }

    @Test
    void theConformanceFailuresAreNotVerifiedAndSayWhy() throws IOException {
        Attestation badSignature = reader("trusted_root.public-good.json").read(DIR.resolve("dsse-invalid-sig_fail/bundle.sigstore.json"));
        assertEquals(SignatureState.UNVERIFIED, badSignature.state());
        assertEquals("DSSE signature was not valid", badSignature.reason());

        Attestation expired = reader("intoto-expired-certificate_fail/trusted_root.json")
                .read(DIR.resolve("intoto-expired-certificate_fail/bundle.sigstore.json"));
        assertEquals(SignatureState.UNVERIFIED, expired.state());
        assertTrue(expired.reason().startsWith("Fulcio certificate was not valid"), expired.reason());

        ReportFormatException malformed = assertThrows(ReportFormatException.class, () -> reader("trusted_root.public-good.json")
                .read(DIR.resolve("bundle-malformed-json_fail/bundle.sigstore.json")));
        assertTrue(malformed.problem().startsWith("not valid JSON at line "), malformed.problem());
    }

    /**
     * A case sigstore-java 2.0.0 does not pass (the conformance suite expects it to): its log entry is
     * of the "intoto" kind, which sigstore-java reads as DSSE and rejects. Shown as unverified, with
     * sigstore-java's words — never as verified.
     */
    @Test
    void aLogEntryKindSigstoreJavaCannotReadIsUnverifiedNotPassed() throws IOException {
        Attestation a = reader("intoto-with-custom-trust-root/trusted_root.json")
                .read(DIR.resolve("intoto-with-custom-trust-root/bundle.sigstore.json"));
        assertEquals(SignatureState.UNVERIFIED, a.state());
        assertEquals("Could not parse DSSE from log entry body", a.reason());
        assertEquals("https://github.com/actions/runner/github-hosted", a.provenance().orElseThrow().builderId());
    }

    @Test
    void theBundledPublicGoodRootVerifiesToo() throws IOException {
        Attestation a = new BundleReader(BundleVerifier.publicGood()).read(DIR.resolve("happy-path-v0.3/bundle.sigstore.json"));
        assertEquals(SignatureState.VERIFIED, a.state(), a.reason());
    }

    @Test
    void aDamagedCachedRootGivesWayToTheBundledSnapshotAndSaysWhy(@TempDir Path dir) throws IOException {
        Path damaged = Files.writeString(dir.resolve("trusted_root.json"), "{\"mediaType\": ");

        BundleVerifier verifier = BundleVerifier.using(TrustedRootChoice.publicGood(damaged, TrustedRootChoice.Origin.TUF_CACHED,
                "offline"));

        assertEquals(TrustedRootChoice.Origin.BUNDLED, verifier.root().origin());
        assertTrue(verifier.root().detail().startsWith("Cannot use the Sigstore trusted root " + damaged + ": "),
                verifier.root().detail());
        Attestation a = new BundleReader(verifier).read(DIR.resolve("happy-path-v0.3/bundle.sigstore.json"));
        assertEquals(SignatureState.VERIFIED, a.state(), a.reason());
    }

    /** Another instance's root has no snapshot to stand in for it: the public-good one would pass its bundles' forgers. */
    @Test
    void aDamagedRootOfAnotherInstanceLeavesNothingToVerifyWith(@TempDir Path dir) throws IOException {
        Path damaged = Files.writeString(dir.resolve("trusted_root.json"), "{\"mediaType\": ");

        BundleVerifier verifier = BundleVerifier.using(new TrustedRootChoice(damaged, TrustedRootChoice.Origin.TUF_CACHED,
                "offline", false));

        assertEquals(TrustedRootChoice.Origin.NONE, verifier.root().origin());
        Attestation a = new BundleReader(verifier).read(DIR.resolve("happy-path-v0.3/bundle.sigstore.json"));
        assertEquals(SignatureState.COULD_NOT_VERIFY, a.state(), a.reason());
        assertTrue(a.reason().startsWith("could not verify: no trusted root (Cannot use the Sigstore trusted root " + damaged),
                a.reason());
        assertEquals("trusted root: none (Cannot use the Sigstore trusted root " + damaged,
                verifier.root().describe().substring(0, ("trusted root: none (Cannot use the Sigstore trusted root " + damaged).length()));
    }
}
