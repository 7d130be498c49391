package io.intelgraph.maestro.hub;

import io.intelgraph.maestro.testing.Fixtures;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Polling slows to reconciliation while deliveries flow and speeds up when they stop. */
class WebhookPaceTest {

    /** A clock the test moves by hand. */
    private static final class HandClock extends Clock {
        Instant now = Instant.parse("2026-12-01T10:00:00Z");

        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        public Clock withZone(ZoneId zone) {
            return this;
        }

        public Instant instant() {
            return now;
        }
    }

    @Test
    void deliveriesSlowThePollerAndSilenceReleasesIt() {
        HandClock clock = new HandClock();
        List<Optional<Duration>> told = new ArrayList<>();
        WebhookPace pace = new WebhookPace(clock, Duration.ofMinutes(3), Duration.ofMinutes(5), told::add);

        pace.check();
        assertEquals(List.of(), told, "no deliveries yet: the poller keeps its pace");
        pace.delivered();
        clock.now = clock.now.plusSeconds(60);
        pace.delivered();
        assertEquals(List.of(Optional.of(Duration.ofMinutes(5))), told, "told once, when deliveries start");
        clock.now = clock.now.plusSeconds(179);
        pace.check();
        assertTrue(pace.flowing());
        clock.now = clock.now.plusSeconds(1);
        pace.check();
        assertFalse(pace.flowing());
        assertEquals(List.of(Optional.of(Duration.ofMinutes(5)), Optional.empty()), told);
        pace.check();
        assertEquals(2, told.size(), "released once");
    }

    @Test
    void aDeliveryThroughTheHubSlowsThePollerAndQuietReleasesIt() throws Exception {
        try (HubHarness harness = new HubHarness(HubHarness.emptyPlane(),
                HubHarness.settings().withPace(Duration.ofMillis(1500), Duration.ofMinutes(5)), Hub.Sources.none())) {
            assertEquals(200, harness.deliver("workflow_run", "p-1",
                    Fixtures.bytes("github/webhooks/workflow_run.completed.payload.json")).statusCode());
            synchronized (harness.paceCalls) {
                assertEquals(List.of(Optional.of(Duration.ofMinutes(5))), harness.paceCalls);
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(6).toNanos();
            while (System.nanoTime() < deadline) {
                synchronized (harness.paceCalls) {
                    if (harness.paceCalls.size() == 2) {
                        break;
                    }
                }
                Thread.sleep(50);
            }
            synchronized (harness.paceCalls) {
                assertEquals(List.of(Optional.of(Duration.ofMinutes(5)), Optional.empty()), harness.paceCalls);
            }
            assertEquals(200, harness.deliver("ping", "p-2", Fixtures.bytes("github/webhooks/ping.payload.json")).statusCode());
            synchronized (harness.paceCalls) {
                assertEquals(2, harness.paceCalls.size(), "a ping is not a delivery of changes");
            }
        }
    }
}
