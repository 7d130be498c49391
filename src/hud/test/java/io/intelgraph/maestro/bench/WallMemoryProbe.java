package io.intelgraph.maestro.bench;

import io.intelgraph.maestro.sim.SimScale;
import io.intelgraph.maestro.ui.HudComposition;
import io.intelgraph.maestro.ui.HudContext;
import io.intelgraph.maestro.userstate.UserStateStore;
import javafx.stage.Stage;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * One memory figure, in a JVM of its own (started with the launcher's options by {@link WallBenchmark}):
 * the window open on 87 tiles (the catalog's organisation, 17 running) or 2,000 (400 repositories, 100
 * running) for 20 s, then resident memory and the heap still live after a full GC.
 */
final class WallMemoryProbe {

    static final String PREFIX = "MEMORY ";
    private static final long SETTLE_MS = 20_000;

    private WallMemoryProbe() {
    }

    static void run(int tiles, boolean wall) throws Exception {
        boolean small = tiles < 100;
        try (WallWorkload workload = WallWorkload.open(small ? SimScale.CATALOG : WallBenchmark.ORGANISATION,
                small ? 17 : 100)) {
            Path userState = Files.createTempDirectory("wall-memory");
            HudComposition hud = HeadlessFx.onFx(() -> {
                HudComposition created = HudComposition.create(new HudContext(workload.plane(), workload.client(), () -> { },
                        new UserStateStore(userState), wall, true));
                created.window().show(new Stage());
                return created;
            });
            Thread.sleep(SETTLE_MS);
            for (int i = 0; i < 3; i++) {
                System.gc();
                Thread.sleep(300);
            }
            long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            System.out.printf(Locale.ROOT, "%s%.1f %.1f (%d tiles shown as %d, %s)%n", PREFIX, residentMegabytes(),
                    heap / 1e6, tiles, workload.tiles(), wall ? "wall" : "desktop");
            HeadlessFx.onFx(() -> {
                hud.close();
                return null;
            });
        }
    }

    /** VmRSS of /proc/self/status, in MB (Linux; 0 elsewhere). */
    private static double residentMegabytes() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return 0;
        }
        return Files.readAllLines(status).stream().filter(l -> l.startsWith("VmRSS:"))
                .mapToDouble(l -> Double.parseDouble(l.replaceAll("[^0-9]", "")) / 1000).findFirst().orElse(0);
    }
}
