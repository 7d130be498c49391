package io.intelgraph.maestro.slo;

import java.time.Duration;

/**
 * A run over its build-time target, as a tile shows it: {@code ⏱ 17m > 15m}, by symbol and numbers,
 * with the words for a tooltip or a screen reader.
 */
public record SloMark(String workflow, long runId, Duration duration, Duration target, BuildKind kind) {

    public String text() {
        return "⏱ " + numbers();
    }

    /** "17m > 15m": the mark without its symbol, for a surface that draws the stopwatch itself. */
    public String numbers() {
        return minutes(duration, true) + " > " + minutes(target, false);
    }

    public String words() {
        return workflow + " took " + minutes(duration, true) + ", over its " + kind.word() + " build target of "
                + minutes(target, false);
    }

    /** Whole minutes (a duration rounded up, so 15m 20s over a 15m target reads 16m), seconds under a minute. */
    static String minutes(Duration d, boolean roundUp) {
        long seconds = d.toSeconds();
        if (seconds < 60) {
            return seconds + "s";
        }
        long minutes = roundUp ? (seconds + 59) / 60 : seconds / 60;
        return minutes + "m";
    }
}
