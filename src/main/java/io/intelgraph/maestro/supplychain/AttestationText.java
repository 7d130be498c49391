package io.intelgraph.maestro.supplychain;

import io.intelgraph.maestro.model.Attestation;

import java.util.Locale;

/** An attestation in words, the same in the Signatures panel and on the command line. */
public final class AttestationText {

    private AttestationText() {
    }

    public static String describe(Attestation a) {
        StringBuilder text = new StringBuilder();
        text.append(a.state().symbol()).append(' ').append(a.state().words().toUpperCase(Locale.ROOT)).append("  ").append(a.file());
        if (!a.reason().isEmpty()) {
            text.append("\n   why: ").append(a.reason());
        }
        text.append("\n   signed by: ").append(a.identity().isEmpty() ? "(a key, no certificate)" : a.identity());
        if (!a.issuer().isEmpty()) {
            text.append("\n   issuer: ").append(a.issuer());
        }
        a.loggedAt().ifPresent(t -> text.append("\n   transparency log: entry ").append(a.logIndex()).append(" at ").append(t));
        a.subjects().forEach(s -> text.append("\n   subject: ").append(s));
        a.provenance().ifPresent(p -> {
            text.append("\n   SLSA provenance (").append(p.predicateType().replace("https://slsa.dev/provenance/", "")).append(')');
            text.append("\n     builder: ").append(p.builderId());
            text.append("\n     source: ").append(p.sourceUri()).append(p.sourceCommit().isEmpty() ? "" : " @ " + p.sourceCommit());
            if (!p.workflow().isEmpty()) {
                text.append("\n     workflow: ").append(p.workflow());
            }
            if (!p.invocationId().isEmpty()) {
                text.append("\n     run: ").append(p.invocationId());
            }
        });
        return text.toString();
    }
}
