package io.intelgraph.maestro.soak;

import io.intelgraph.maestro.sim.SimChurn;
import io.intelgraph.maestro.store.BuildPlane;

import java.time.Duration;

/**
 * The long soak: {@code ./mvnw -B -Psoak verify -Dsoak.days=7} (also {@code -Dsoak.seed}, and
 * {@code -Dsoak.pollSeconds}: the shortest poll interval in simulated seconds, 120 by default).
 * Prints the figures and the resource curve; exits non-zero on a mismatch or on growth.
 */
public final class SoakMain {

    private SoakMain() {
    }

    public static void main(String[] args) throws Exception {
        double days = Double.parseDouble(System.getProperty("soak.days", "7"));
        long seed = Long.getLong("soak.seed", 42L);
        long pollSeconds = Long.getLong("soak.pollSeconds", 120L);
        SoakReport report = Soak.run(Soak.Settings.of(Duration.ofMinutes((long) (days * 24 * 60)), seed,
                Duration.ofSeconds(pollSeconds), Duration.ofMinutes(90), BuildPlane.DEFAULT_RETENTION, SimChurn.typical()));
        System.out.print(report.table());
        boolean ok = report.mismatches().isEmpty() && report.growth().isEmpty()
                && report.faultsCleared() == report.faultsInjected();
        System.out.println(ok ? "SOAK PASSED" : "SOAK FAILED");
        System.exit(ok ? 0 : 1);
    }
}
