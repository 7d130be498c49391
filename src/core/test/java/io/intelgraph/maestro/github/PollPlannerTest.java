package io.intelgraph.maestro.github;

import io.intelgraph.maestro.model.repo.RateLimit;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PollPlannerTest {

    private final PollPlanner planner = new PollPlanner(Duration.ofSeconds(10), Duration.ofMinutes(10), 0.8);
    private final Instant now = Instant.parse("2026-11-25T12:00:00Z");

    private Optional<RateLimit> remaining(int remaining, Duration toReset) {
        return Optional.of(new RateLimit(5000, remaining, 5000 - remaining, now.plus(toReset), "core"));
    }

    @Test
    void quietOrgsArePolledAtTheMinimumInterval() {
        // 304s are free: two charged requests a cycle with a full budget is nothing.
        assertEquals(Duration.ofSeconds(10), planner.next(remaining(5000, Duration.ofHours(1)), 2, now));
    }

    @Test
    void busyCyclesStretchTheIntervalToLastUntilTheReset() {
        // 4000 usable requests, 100 a cycle: 40 cycles in 3600 s -> 90 s apart.
        assertEquals(Duration.ofSeconds(90), planner.next(remaining(5000, Duration.ofHours(1)), 100, now));
    }

    @Test
    void anExhaustedBudgetWaitsForTheReset() {
        assertEquals(Duration.ofSeconds(301), planner.next(remaining(0, Duration.ofSeconds(300)), 5, now));
        assertEquals(Duration.ofMinutes(10), planner.next(remaining(0, Duration.ofHours(1)), 5, now), "capped");
    }

    @Test
    void withoutHeadersItPollsAtTheMinimum() {
        assertEquals(Duration.ofSeconds(10), planner.next(Optional.empty(), 50, now));
    }

    @Test
    void backoffGrowsWithJitterAndResets() {
        Backoff backoff = new Backoff(Duration.ofSeconds(5), Duration.ofMinutes(5), new SplittableRandom(1));
        long previousCeiling = 0;
        for (int i = 0; i < 10; i++) {
            long ceiling = Math.min(300_000, 5000L << i);
            long delay = backoff.nextDelay().toMillis();
            assertTrue(delay >= ceiling / 2 && delay <= ceiling, "attempt " + i + ": " + delay);
            assertTrue(ceiling >= previousCeiling);
            previousCeiling = ceiling;
        }
        backoff.reset();
        assertTrue(backoff.nextDelay().toMillis() <= 5000);
        Duration jittered = backoff.jitter(Duration.ofSeconds(60));
        assertTrue(jittered.compareTo(Duration.ofSeconds(60)) >= 0 && jittered.compareTo(Duration.ofSeconds(62)) <= 0);
    }
}
