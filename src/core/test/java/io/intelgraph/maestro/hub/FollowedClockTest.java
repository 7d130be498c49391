package io.intelgraph.maestro.hub;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FollowedClockTest {

    private static final Instant LOCAL = Instant.parse("2026-12-02T20:00:00Z");
    private static final Instant HUB = Instant.parse("2026-11-30T12:00:00Z");

    @Test
    void beforeTheFirstFrameItIsTheLocalClock() {
        assertEquals(LOCAL, new FollowedClock(Clock.fixed(LOCAL, ZoneOffset.UTC)).instant());
    }

    @Test
    void afterAFrameItRunsFromTheHubsTimeAtTheHubsRate() throws Exception {
        FollowedClock clock = new FollowedClock(Clock.fixed(LOCAL, ZoneOffset.UTC));
        clock.follow(new HubTime(HUB, 10));
        Thread.sleep(200);
        Duration ran = Duration.between(HUB, clock.instant());
        // 200 ms of real time at ten times: two seconds (more if this thread slept longer, never less).
        assertTrue(ran.toMillis() >= 2_000 && ran.toMillis() < 20_000, ran.toString());

        clock.follow(new HubTime(HUB, 0)); // a paused simulator
        Thread.sleep(50);
        assertEquals(HUB, clock.instant());
    }

    @Test
    void aRateIsFiniteAndNotNegative() {
        assertThrows(IllegalArgumentException.class, () -> new HubTime(HUB, -1));
        assertThrows(IllegalArgumentException.class, () -> new HubTime(HUB, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new HubTime(HUB, Double.POSITIVE_INFINITY));
    }
}
