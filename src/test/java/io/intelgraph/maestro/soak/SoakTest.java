package io.intelgraph.maestro.soak;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The short soak that runs with every build; the week-long one is {@link SoakMain}. */
class SoakTest {

    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    void aChurningOrganizationWithFaultsStaysTrueAndFlat() throws Exception {
        // Six simulated hours, polled every 3 simulated minutes or less often, a fault every 40 minutes.
        SoakReport report = Soak.run(Soak.Settings.of(Duration.ofHours(6), 42, Duration.ofMinutes(3),
                Duration.ofMinutes(40)));
        System.out.print(report.table());
        assertTrue(report.faultsInjected() >= 5, "every kind of fault at least once: " + report.faultsInjected());
        assertEquals(report.faultsInjected(), report.faultsCleared(), "every fault cleared");
        assertEquals(java.util.List.of(), report.mismatches());
        assertEquals(java.util.List.of(), report.growth());
    }
}
