package io.intelgraph.maestro.supplychain;

import dev.sigstore.KeylessVerificationException;
import dev.sigstore.KeylessVerifier;
import dev.sigstore.TrustedRootProvider;
import dev.sigstore.VerificationOptions;
import dev.sigstore.bundle.Bundle;
import dev.sigstore.bundle.BundleParseException;
import io.intelgraph.maestro.model.evidence.SignatureState;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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

    private final KeylessVerifier verifier;
    private final String trustedRootName;

    public BundleVerifier(Path trustedRoot) throws IOException {
        try {
            this.verifier = KeylessVerifier.builder().trustedRootProvider(TrustedRootProvider.from(trustedRoot)).build();
        } catch (Exception e) {
            throw new IOException("Cannot use the Sigstore trusted root " + trustedRoot + ": " + e.getMessage(), e);
        }
        this.trustedRootName = trustedRoot.getFileName().toString();
    }

    /**
     * The public-good Sigstore instance's trusted root as bundled with the HUD (a snapshot: keys
     * rotated after it need a newer file, set with {@code sigstore.trustedRoot}).
     */
    public static BundleVerifier publicGood() {
        try (InputStream in = BundleVerifier.class.getResourceAsStream("/sigstore/trusted_root.json")) {
            if (in == null) {
                throw new IllegalStateException("the bundled Sigstore trusted root is missing");
            }
            Path copy = Files.createTempFile("sigstore-trusted-root", ".json");
            copy.toFile().deleteOnExit();
            Files.write(copy, in.readAllBytes());
            return new BundleVerifier(copy);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Verdict verify(byte[] bundleJson, byte[] artifactSha256) {
        try {
            Bundle bundle = Bundle.from(new StringReader(new String(bundleJson, StandardCharsets.UTF_8)));
            verifier.verify(artifactSha256, bundle, VerificationOptions.empty());
            return new Verdict(SignatureState.VERIFIED, "");
        } catch (BundleParseException e) {
            return new Verdict(SignatureState.UNVERIFIED, "sigstore-java cannot parse the bundle: " + e.getMessage());
        } catch (KeylessVerificationException e) {
            return new Verdict(SignatureState.UNVERIFIED, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        } catch (RuntimeException e) {
            // The verifier itself failed: that is no verdict on the signature.
            return new Verdict(SignatureState.COULD_NOT_VERIFY, "could not verify: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }

    public String trustedRootName() {
        return trustedRootName;
    }
}
