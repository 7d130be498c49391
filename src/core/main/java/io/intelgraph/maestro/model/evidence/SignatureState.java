package io.intelgraph.maestro.model.evidence;

/**
 * Whether a run's artifact is signed and the signature checks out; each with a symbol, not colour
 * alone. {@link #COULD_NOT_VERIFY} is the verifier failing (a crash, a missing digest), which says
 * nothing about the signature, so it is never shown as {@link #UNVERIFIED}.
 */
public enum SignatureState {
    VERIFIED("✔", "signed, verified"),
    UNVERIFIED("✗", "signature NOT verified"),
    MISSING("∅", "not signed"),
    COULD_NOT_VERIFY("?", "could not verify");

    private final String symbol;
    private final String words;

    SignatureState(String symbol, String words) {
        this.symbol = symbol;
        this.words = words;
    }

    public String symbol() {
        return symbol;
    }

    public String words() {
        return words;
    }
}
