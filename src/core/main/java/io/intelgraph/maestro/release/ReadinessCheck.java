package io.intelgraph.maestro.release;

/** One condition of a release, met or not, with the reason in words. */
public record ReadinessCheck(String name, Verdict verdict, String reason) {

    /**
     * PASS and FAIL are known; UNKNOWN (the facts could not be read) blocks as a failure does,
     * since a release is not ready until it is known to be; SKIPPED is a check this surface does
     * not make (it says where it is made) and does not block.
     */
    public enum Verdict {
        PASS("✓"), FAIL("✕"), UNKNOWN("?"), SKIPPED("–");

        private final String symbol;

        Verdict(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }
    }

    public static ReadinessCheck pass(String name, String reason) {
        return new ReadinessCheck(name, Verdict.PASS, reason);
    }

    public static ReadinessCheck fail(String name, String reason) {
        return new ReadinessCheck(name, Verdict.FAIL, reason);
    }

    public static ReadinessCheck unknown(String name, String reason) {
        return new ReadinessCheck(name, Verdict.UNKNOWN, reason);
    }

    public static ReadinessCheck skipped(String name, String reason) {
        return new ReadinessCheck(name, Verdict.SKIPPED, reason);
    }

    public boolean blocks() {
        return verdict == Verdict.FAIL || verdict == Verdict.UNKNOWN;
    }
}
