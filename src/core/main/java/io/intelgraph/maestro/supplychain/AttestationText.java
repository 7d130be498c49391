package io.intelgraph.maestro.supplychain;

import io.intelgraph.maestro.model.evidence.Attestation;

import java.util.Locale;
import java.util.function.UnaryOperator;

/** An attestation in words, the same in the Signatures panel and on the command line. */
public final class AttestationText {

    private AttestationText() {
    }

    public static String describe(Attestation a) {
        return describe(a, UnaryOperator.identity());
    }

    /**
     * As above, each value taken from the bundle passed through {@code shown} (a terminal escapes
     * it, so a newline in an identity cannot forge a line).
     */
    public static String describe(Attestation a, UnaryOperator<String> shown) {
        StringBuilder text = new StringBuilder();
        text.append(a.state().symbol()).append(' ').append(a.state().words().toUpperCase(Locale.ROOT)).append("  ")
                .append(shown.apply(a.file()));
        if (!a.reason().isEmpty()) {
            text.append("\n   why: ").append(shown.apply(a.reason()));
        }
        text.append("\n   signed by: ").append(a.identity().isEmpty() ? "(a key, no certificate)" : shown.apply(a.identity()));
        if (!a.issuer().isEmpty()) {
            text.append("\n   issuer: ").append(shown.apply(a.issuer()));
        }
        a.loggedAt().ifPresent(t -> text.append("\n   transparency log: entry ").append(a.logIndex()).append(" at ").append(t));
        a.subjects().forEach(s -> text.append("\n   subject: ").append(shown.apply(s)));
        a.provenance().ifPresent(p -> {
            text.append("\n   SLSA provenance (")
                    .append(shown.apply(p.predicateType().replace("https://slsa.dev/provenance/", ""))).append(')');
            text.append("\n     builder: ").append(shown.apply(p.builderId()));
            text.append("\n     source: ").append(shown.apply(p.sourceUri()))
                    .append(p.sourceCommit().isEmpty() ? "" : " @ " + shown.apply(p.sourceCommit()));
            if (!p.workflow().isEmpty()) {
                text.append("\n     workflow: ").append(shown.apply(p.workflow()));
            }
            if (!p.invocationId().isEmpty()) {
                text.append("\n     run: ").append(shown.apply(p.invocationId()));
            }
        });
        return text.toString();
    }
}
