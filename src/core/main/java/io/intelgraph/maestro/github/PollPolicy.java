package io.intelgraph.maestro.github;

/** How the poller paces itself. */
public sealed interface PollPolicy {

    /**
     * Every repository at every cycle, runs and PRs, one request after another, at an interval the
     * {@link PollPlanner} fits to the hourly budget: the HUD's poller before it knew of secondary
     * limits, kept for small target lists and for comparison.
     */
    record FixedInterval(PollPlanner planner) implements PollPolicy {
    }

    /**
     * Each repository at its own pace ({@link PollScheduler}), within every limit at once;
     * {@code concurrency} repositories are read at a time.
     */
    record Adaptive(PollScheduler.Settings settings, int concurrency) implements PollPolicy {
        public Adaptive {
            if (concurrency < 1) {
                throw new IllegalArgumentException("concurrency must be at least 1, was " + concurrency);
            }
        }

        /** GitHub's settings, four repositories at a time. */
        public static Adaptive github() {
            return new Adaptive(PollScheduler.Settings.github(), 4);
        }
    }
}
