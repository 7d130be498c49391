package io.intelgraph.maestro.cli;

import io.intelgraph.maestro.config.ConfigLoader;
import io.intelgraph.maestro.config.HudConfig;
import io.intelgraph.maestro.github.TokenSource;
import io.intelgraph.maestro.store.BuildTile;
import io.intelgraph.maestro.store.TileKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code --sim-churn}: the app's simulated organisation changes as a real one does (branches and pull requests opened,
 * merged or closed, repositories added and archived), and its name says so; without the flag it stays as it started.
 */
class SimChurnFlagTest {

    @TempDir
    Path configDir;

    private HudConfig config(Double speed, Double churnMinutes) {
        return new ConfigLoader(Map.of(), configDir).load(new ConfigLoader.Flags(null, null, null, true, 7L, speed, 0,
                null, null, null, null, null, null, null, null, null, churnMinutes));
    }

    @Test
    void theSourcesNameSaysTheWorldChanges() throws Exception {
        try (HudRuntime churning = HudRuntime.create(config(null, 20.0), new TokenSource(Map.of(), false));
                HudRuntime still = HudRuntime.create(config(null, null), new TokenSource(Map.of(), false))) {
            assertEquals("SIMULATED build plane (seed 7, 10× speed, changing every ~20 min)", churning.sourceName());
            assertEquals("SIMULATED build plane (seed 7, 10× speed)", still.sourceName());
        }
    }

    @Test
    void thePolledTilesFollowTheChurn() throws Exception {
        // 600× speed and a change every 30 simulated seconds: about 20 changes a real second. The world's own pull
        // requests are numbered below 60; those churn opens, from 200.
        try (HudRuntime runtime = HudRuntime.create(config(600.0, 0.5), new TokenSource(Map.of(), false))) {
            CountDownLatch synced = new CountDownLatch(1);
            runtime.afterFirstSync(Duration.ofMinutes(5), synced::countDown);
            runtime.start();
            assertTrue(synced.await(60, TimeUnit.SECONDS));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (openedByChurn(runtime).isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            List<TileKey> opened = openedByChurn(runtime);
            assertFalse(opened.isEmpty(), "no pull request opened in 60 s");
            assertTrue(opened.stream().allMatch(key -> key.branch().matches("[a-z]+/[a-z0-9-]+-[0-9]+")), opened::toString);
        }
    }

    private static List<TileKey> openedByChurn(HudRuntime runtime) {
        return runtime.plane().snapshot().tiles().stream()
                .filter(tile -> tile.pullRequest().map(pr -> pr.number() >= 200).orElse(false))
                .map(BuildTile::key).toList();
    }
}
