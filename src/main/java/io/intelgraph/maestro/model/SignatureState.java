package io.intelgraph.maestro.model;

/** Whether a run's artifact is signed and the signature checks out; each with a symbol, not colour alone. */
public enum SignatureState {
    VERIFIED("✔", "signed, verified"),
    UNVERIFIED("✗", "signature NOT verified"),
    MISSING("∅", "not signed");

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
