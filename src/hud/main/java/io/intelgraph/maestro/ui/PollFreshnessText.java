package io.intelgraph.maestro.ui;

import io.intelgraph.maestro.github.PollScheduler;
import io.intelgraph.maestro.github.PollScheduler.Heat;
import io.intelgraph.maestro.github.PollScheduler.RepoFreshness;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The status bar's words for the poller's freshness: "312 hot · checked ≤10 s ago, 88 cold · ≤3 min"
 * — per heat, how many repositories and how long ago the least recently checked of them was read
 * (rounded up: a bound, never a promise). Empty when there is no poller (hub mode) or nothing watched.
 */
final class PollFreshnessText {

    private PollFreshnessText() {
    }

    static String of(List<RepoFreshness> freshness, Instant now) {
        List<String> parts = new ArrayList<>();
        for (Heat heat : PollScheduler.Heat.values()) {
            List<RepoFreshness> these = freshness.stream().filter(f -> f.heat() == heat).toList();
            if (these.isEmpty()) {
                continue;
            }
            Optional<Duration> oldest = these.stream().anyMatch(f -> f.lastChecked().isEmpty()) ? Optional.empty()
                    : these.stream().map(f -> Duration.between(f.lastChecked().orElseThrow(), now)).max(Duration::compareTo);
            String age = oldest.map(d -> "≤" + bound(d)).orElse("not all checked yet");
            // The first part says what the bound is; the next ones are read the same way.
            boolean first = parts.isEmpty();
            parts.add(these.size() + " " + heat.word() + " · " + (first && oldest.isPresent() ? "checked " + age + " ago" : age));
        }
        return String.join(", ", parts);
    }

    /** Seconds under a minute, then whole minutes; rounded up, at least 1 s. */
    static String bound(Duration age) {
        long seconds = Math.max(1, (age.toMillis() + 999) / 1000);
        return seconds < 60 ? seconds + " s" : (seconds + 59) / 60 + " min";
    }
}
