package io.intelgraph.maestro.model.evidence;

/** How one test case ended. FLAKY: it failed and then passed when re-run in the same build. */
public enum TestOutcome {
    FAILED("✕"), ERROR("‼"), FLAKY("≈"), SKIPPED("–"), PASSED("✓");

    private final String symbol;

    TestOutcome(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    public boolean broken() {
        return this == FAILED || this == ERROR;
    }
}
