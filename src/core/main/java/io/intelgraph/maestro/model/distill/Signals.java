package io.intelgraph.maestro.model.distill;

import java.util.Arrays;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * What the engine knows about one branch, signal by signal. A signal the HUD has not collected is
 * absent — unknown — never zero: "no scan" is not "no vulnerabilities".
 */
public record Signals(String branch, Map<Signal, Double> known) {

    /** The signals, each a number where larger is worse, with the unit it is measured in and the values it can take. */
    public enum Signal {
        /** Share of recent completed runs that failed (0–1). */
        FAILURE_RATE(Range.SHARE),
        /** Share of recent runs whose outcome flipped on a re-run of the same commit (0–1). */
        FLIP_RATE(Range.SHARE),
        /** Latest duration over the build target (cold 15 min, warm 5 min); 1 = on target. */
        DURATION_RATIO(Range.NOT_NEGATIVE),
        /** Minutes the latest run waited for a runner. */
        QUEUE_MINUTES(Range.NOT_NEGATIVE),
        /** Share of the latest run's tests that failed or errored (0–1). */
        TEST_FAILURE_RATE(Range.SHARE),
        /** Critical findings of the latest run's scans. */
        CRITICAL_FINDINGS(Range.NOT_NEGATIVE),
        /** High findings of the latest run's scans. */
        HIGH_FINDINGS(Range.NOT_NEGATIVE),
        /** 0 verified, 1 not signed, 2 a signature that does not verify. */
        SIGNATURE_RISK(new Range(0, 2, "a number from 0 to 2")),
        /** Policy denies standing for the branch. */
        POLICY_DENIES(Range.NOT_NEGATIVE),
        /** 0 the preview is ready, 1 it is not. */
        PREVIEW_UNHEALTHY(Range.FLAG),
        /** 1 when the branch's latest completed run failed, else 0. */
        LATEST_FAILED(Range.FLAG);

        private final Range range;

        Signal(Range range) {
            this.range = range;
        }

        /** Whether {@code value} is one this signal can take: finite, and within its range. */
        public boolean accepts(double value) {
            return value >= range.min() && value <= range.max();
        }

        /** The values it can take, in words: "a share from 0 to 1". */
        public String range() {
            return range.words();
        }

        /** Every signal's name, in order, for a message that lists them. */
        public static String names() {
            return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
        }
    }

    /** The values a signal can take; the infinities and NaN are never among them. */
    private record Range(double min, double max, String words) {
        static final Range SHARE = new Range(0, 1, "a share from 0 to 1");
        static final Range FLAG = new Range(0, 1, "a number from 0 to 1");
        static final Range NOT_NEGATIVE = new Range(0, Double.MAX_VALUE, "a number of 0 or more");
    }

    public Signals {
        known = Map.copyOf(known);
    }

    public OptionalDouble get(Signal signal) {
        Double value = known.get(signal);
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    public boolean knows(Signal signal) {
        return known.containsKey(signal);
    }
}
