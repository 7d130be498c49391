package io.intelgraph.maestro.soak;

import io.intelgraph.maestro.sim.SimChurn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The short soak that runs with every build; the week-long one is {@link SoakMain}. */
class SoakTest {

    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    void aChurningOrganizationWithFaultsStaysTrueAndFlat() throws Exception {
        // Four simulated hours, polled every 3 simulated minutes or less often, a fault every 25 minutes;
        // churn four times as brisk as typical and a 20-minute retention, so that tiles of deleted
        // branches must leave well within the run.
        SoakReport report = Soak.run(Soak.Settings.of(Duration.ofHours(4), 42, Duration.ofMinutes(3),
                Duration.ofMinutes(25), Duration.ofMinutes(20), new SimChurn(Duration.ofMinutes(5), 28, 40, 6)));
        assertTrue(report.tilesLeft() > 0, "tiles of deleted branches left: " + report.tilesLeft());
        System.out.print(report.table());
        assertTrue(report.faultsInjected() >= 5, "every kind of fault at least once: " + report.faultsInjected());
        assertEquals(report.faultsInjected(), report.faultsCleared(), "every fault cleared");
        assertEquals(List.of(), report.mismatches());
        assertEquals(List.of(), report.growth());
    }
}
