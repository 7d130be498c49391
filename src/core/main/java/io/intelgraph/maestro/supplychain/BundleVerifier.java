package io.intelgraph.maestro.supplychain;

import dev.sigstore.KeylessVerificationException;
import dev.sigstore.KeylessVerifier;
import dev.sigstore.TrustedRootProvider;
import dev.sigstore.VerificationOptions;
import dev.sigstore.bundle.Bundle;
import dev.sigstore.bundle.BundleParseException;
import io.intelgraph.maestro.model.evidence.SignatureState;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Verifies Sigstore bundles offline with sigstore-java against a trusted root file: the Fulcio
 * certificate chain and its validity at the logged time, the transparency-log entry and its
 * inclusion, and the signature over the artifact digest or the DSSE envelope.
 */
public final class BundleVerifier {

    /** The verdict and, when not verified, sigstore-java's reason. */
    public record Verdict(SignatureState state, String reason) {
    }

    /** Null when there is no root ({@link TrustedRootChoice.Origin#NONE}): then nothing can be verified. */
    private final KeylessVerifier verifier;
    private final TrustedRootChoice root;

    /** Against a trusted root file the user names. */
    public BundleVerifier(Path trustedRoot) throws IOException {
        this(new TrustedRootChoice(trustedRoot, TrustedRootChoice.Origin.FILE, "", false));
    }

    public BundleVerifier(TrustedRootChoice root) throws IOException {
        if (root.origin() == TrustedRootChoice.Origin.NONE) {
            this.verifier = null;
        } else {
            try {
                this.verifier = KeylessVerifier.builder().trustedRootProvider(TrustedRootProvider.from(root.file())).build();
            } catch (Exception e) {
                throw new IOException("Cannot use the Sigstore trusted root " + root.file() + ": " + e.getMessage(), e);
            }
        }
        this.root = root;
    }

    /**
     * The public-good Sigstore instance's trusted root as bundled with the HUD: a snapshot, for runs that must not
     * reach the network (the simulated plane, tests); {@link TrustedRootSource} keeps a fresh one through TUF.
     */
    public static BundleVerifier publicGood() {
        return bundled("");
    }

    /**
     * A verifier for {@code root}; when that file cannot be used (a cached target damaged on disk), the bundled
     * snapshot if it is the public-good instance's root, else none — each with the reason in its detail.
     */
    public static BundleVerifier using(TrustedRootChoice root) {
        try {
            return new BundleVerifier(root);
        } catch (IOException e) {
            return root.publicGood() ? bundled(e.getMessage()) : unavailable(e.getMessage());
        }
    }

    private static BundleVerifier unavailable(String detail) {
        try {
            return new BundleVerifier(TrustedRootChoice.none(detail));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a verifier without a root reads no file
        }
    }

    /** Against the bundled snapshot; {@code detail} says why it, and not a fresher root, is used (empty: by choice). */
    private static BundleVerifier bundled(String detail) {
        try {
            return new BundleVerifier(TrustedRootChoice.publicGood(BundledTrustedRoot.file(), TrustedRootChoice.Origin.BUNDLED,
                    detail));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Verdict verify(byte[] bundleJson, byte[] artifactSha256) {
        if (verifier == null) {
            return new Verdict(SignatureState.COULD_NOT_VERIFY, "could not verify: no trusted root (" + root.detail() + ")");
        }
        try {
            Bundle bundle = Bundle.from(new StringReader(new String(bundleJson, StandardCharsets.UTF_8)));
            verifier.verify(artifactSha256, bundle, VerificationOptions.empty());
            return new Verdict(SignatureState.VERIFIED, "");
        } catch (BundleParseException e) {
            return new Verdict(SignatureState.UNVERIFIED, "sigstore-java cannot parse the bundle: " + e.getMessage());
        } catch (KeylessVerificationException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            // A root that may be out of date can be the reason itself (a key Sigstore rotated in since): the panel says so.
            return new Verdict(SignatureState.UNVERIFIED,
                    root.mayBeOutOfDate() ? why + " — checked against " + root.source() : why);
        } catch (RuntimeException e) {
            // The verifier itself failed: that is no verdict on the signature.
            return new Verdict(SignatureState.COULD_NOT_VERIFY, "could not verify: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }

    /** The trusted root this verifier checks against, and where it came from. */
    public TrustedRootChoice root() {
        return root;
    }
}
