package io.intelgraph.maestro.model.evidence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A Sigstore bundle found with a run: the verdict of verifying it offline against the trusted root
 * (and why not, when it failed), who signed it (certificate identity and OIDC issuer), when the
 * transparency log recorded it, what it is about (subjects with digests) and, for an SLSA
 * statement, its provenance.
 */
public record Attestation(String file, SignatureState state, String reason, String identity, String issuer,
        Optional<Instant> loggedAt, long logIndex, List<String> subjects, Optional<Provenance> provenance) {

    public Attestation {
        subjects = List.copyOf(subjects);
    }
}
