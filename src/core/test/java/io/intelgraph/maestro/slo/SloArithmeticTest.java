package io.intelgraph.maestro.slo;

import io.intelgraph.maestro.model.build.Conclusion;
import io.intelgraph.maestro.model.build.Job;
import io.intelgraph.maestro.model.build.RunStatus;
import io.intelgraph.maestro.model.build.WorkflowRun;
import io.intelgraph.maestro.model.repo.RepoId;
import io.intelgraph.maestro.testing.Runs;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Percentiles, critical path and queue, targets, and the tile's words. */
class SloArithmeticTest {

    private static List<Duration> minutes(int... values) {
        return IntStream.of(values).mapToObj(Duration::ofMinutes).toList();
    }

    @Test
    void nearestRankPercentiles() {
        // The textbook case: 15, 20, 35, 40, 50 → p30 is 20 (rank ⌈1.5⌉ = 2), p40 20, p50 35, p100 50.
        List<Duration> five = minutes(50, 15, 40, 20, 35);
        assertEquals(Duration.ofMinutes(20), Percentiles.of(five, 30).orElseThrow());
        assertEquals(Duration.ofMinutes(20), Percentiles.of(five, 40).orElseThrow());
        assertEquals(Duration.ofMinutes(35), Percentiles.of(five, 50).orElseThrow());
        assertEquals(Duration.ofMinutes(50), Percentiles.of(five, 100).orElseThrow());
        // p95 of fewer than 20 runs is the slowest of them; of 20 it is the 19th.
        assertEquals(Duration.ofMinutes(50), Percentiles.of(five, 95).orElseThrow());
        List<Duration> twenty = IntStream.rangeClosed(1, 20).mapToObj(Duration::ofMinutes).toList();
        assertEquals(Duration.ofMinutes(19), Percentiles.of(twenty, 95).orElseThrow());
        assertEquals(Duration.ofMinutes(10), Percentiles.of(twenty, 50).orElseThrow());
        assertEquals(Duration.ofMinutes(7), Percentiles.of(minutes(7), 50).orElseThrow(), "one run is every percentile");
        assertEquals(Optional.empty(), Percentiles.of(List.of(), 50));
        assertThrows(IllegalArgumentException.class, () -> Percentiles.of(five, 0));
        assertEquals(new Stats(5, Optional.of(Duration.ofMinutes(35)), Optional.of(Duration.ofMinutes(50))), Stats.of(five));
    }

    private static Job job(String name, Instant start, Instant end) {
        return new Job(1, 1, 1, name, RunStatus.COMPLETED, Conclusion.SUCCESS, start, end, "", "", List.of(), List.of());
    }

    @Test
    void theCriticalPathRunsFromTheFirstJobsStartToTheLastJobsEnd() {
        WorkflowRun run = Runs.run(1, "o/app", "main", "CI", RunStatus.COMPLETED, Conclusion.SUCCESS, 0);
        Instant queued = run.runStartedAt();
        // lint and build side by side, then test: 2 min queue, 2 + 9 min of jobs.
        List<Job> jobs = List.of(job("lint", queued.plusSeconds(120), queued.plusSeconds(180)),
                job("build", queued.plusSeconds(125), queued.plusSeconds(240)),
                job("test", queued.plusSeconds(240), queued.plusSeconds(780)),
                new Job(4, 1, 1, "skipped", RunStatus.COMPLETED, Conclusion.SKIPPED, null, null, "", "", List.of(), List.of()));
        RunTiming timing = RunTiming.of(run, jobs);
        assertTrue(timing.fromJobs());
        assertEquals(Duration.ofMinutes(2), timing.queue());
        assertEquals(Duration.ofMinutes(11), timing.duration());
        RunTiming without = RunTiming.of(run, List.of());
        assertFalse(without.fromJobs());
        assertEquals(Duration.ofSeconds(295), without.duration(), "the run's own span, queue included");
    }

    @Test
    void targetsByDefaultRepositoryAndWorkflow() {
        RepoId app = RepoId.parse("o/app");
        SloTargets targets = new SloTargets(Duration.ofMinutes(15), Duration.ofMinutes(5), Map.of(
                SloTargets.key("o/app", BuildKind.COLD), Duration.ofMinutes(20),
                SloTargets.key("o/app/Security scan", BuildKind.WARM), Duration.ofMinutes(8)));
        assertEquals(Duration.ofMinutes(20), targets.target(app, "CI", BuildKind.COLD));
        assertEquals(Duration.ofMinutes(5), targets.target(app, "CI", BuildKind.WARM));
        assertEquals(Duration.ofMinutes(8), targets.target(app, "security-scan", BuildKind.WARM), "case and dashes ignored");
        assertEquals(Duration.ofMinutes(15), targets.target(RepoId.parse("o/other"), "CI", BuildKind.COLD));
        assertThrows(IllegalArgumentException.class, () -> new SloTargets(Duration.ZERO, Duration.ofMinutes(5), Map.of()));
    }

    @Test
    void theTileSaysBySymbolAndNumbersAndTheTooltipInWords() {
        SloMark mark = new SloMark("CI", 7, Duration.ofSeconds(16 * 60 + 20), Duration.ofMinutes(15), BuildKind.COLD);
        assertEquals("⏱ 17m > 15m", mark.text());
        assertEquals("CI took 17m, over its cold build target of 15m", mark.words());
        assertEquals("⏱ 6m > 5m", new SloMark("CI", 7, Duration.ofSeconds(301), Duration.ofMinutes(5), BuildKind.WARM).text(),
                "a second over reads as the next minute, never as 5m > 5m");
    }
}
