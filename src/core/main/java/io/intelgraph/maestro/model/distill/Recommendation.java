package io.intelgraph.maestro.model.distill;

/** What the build-intelligence engine advises for a branch; a closed set, each with a symbol and a word. */
public enum Recommendation {
    PROMOTE("▲", "promote"),
    HOLD("■", "hold"),
    RERUN("↻", "re-run"),
    INVESTIGATE("?", "investigate"),
    BLOCK("⊖", "block");

    private final String symbol;
    private final String word;

    Recommendation(String symbol, String word) {
        this.symbol = symbol;
        this.word = word;
    }

    public String symbol() {
        return symbol;
    }

    public String word() {
        return word;
    }
}
