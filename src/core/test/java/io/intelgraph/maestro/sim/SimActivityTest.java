package io.intelgraph.maestro.sim;

import io.intelgraph.maestro.model.build.RunStatus;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An organisation of hundreds has a few dozen busy repositories at a time, not hundreds. */
class SimActivityTest {

    private static final Instant ORIGIN = Instant.parse("2026-11-25T12:00:00Z");

    private static long busyAt(SimWorld world, Instant at) {
        return world.repos(at).stream().filter(repo -> world.runs(repo, at).stream()
                .anyMatch(run -> run.status() != RunStatus.COMPLETED)).count();
    }

    @Test
    void aTenthBusyMakesAFewDozenOfFourHundredBusyAtATime() {
        SimScale scale = new SimScale(400, 3, 100);
        SimWorld organisation = new SimWorld(42, ORIGIN, SimChurn.OFF, scale, SimActivity.organisation());
        SimWorld everyoneBusy = new SimWorld(42, ORIGIN, SimChurn.OFF, scale);
        for (int minutes = 0; minutes <= 30; minutes += 10) {
            Instant at = ORIGIN.plus(Duration.ofMinutes(minutes));
            long busy = busyAt(organisation, at);
            assertTrue(busy >= 15 && busy <= 80, "a few dozen busy at " + minutes + " min: " + busy);
            long all = busyAt(everyoneBusy, at);
            assertTrue(all > 100, "against well over a hundred when every repository is busy: " + all);
        }
    }

    @Test
    void theCatalogsWorldIsTheSameWithEveryRepositoryBusy() {
        SimWorld plain = new SimWorld(7, ORIGIN);
        SimWorld busy = new SimWorld(7, ORIGIN, SimChurn.OFF, SimScale.CATALOG, SimActivity.ALL_BUSY);
        Instant at = ORIGIN.plus(Duration.ofHours(2));
        assertEquals(plain.latestRuns(at), busy.latestRuns(at));
    }
}
