package io.intelgraph.maestro.cli;

import io.intelgraph.maestro.config.ConfigLoader;
import io.intelgraph.maestro.config.HudConfig;
import io.intelgraph.maestro.github.TokenSource;
import io.intelgraph.maestro.store.BuildSnapshot;
import io.intelgraph.maestro.store.Freshness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The start-up order on the simulator: a second start shows the first's picture, STALE, until its own first sync. */
class HudRuntimeStartTest {

    @TempDir
    Path configDir;

    private HudConfig config() {
        return new ConfigLoader(Map.of(), configDir).load(new ConfigLoader.Flags(null, null, null, true, 7L, null, 0,
                null, null, null, null, null, null));
    }

    @Test
    void aCommandThatShowsNoPictureKeepsNone() throws Exception {
        try (HudRuntime status = HudRuntime.create(config(), new TokenSource(Map.of(), false))) {
            CountDownLatch synced = new CountDownLatch(1);
            status.afterFirstSync(Duration.ofMinutes(5), synced::countDown);
            status.start();
            assertTrue(synced.await(60, TimeUnit.SECONDS));
        }
        assertFalse(Files.exists(configDir.resolve("cache")), "only the window keeps a picture for its next start");
    }

    @Test
    void aSecondStartShowsTheFirstsPictureStaleUntilItsOwnFirstSync() throws Exception {
        AtomicReference<BuildSnapshot> firstLive = new AtomicReference<>();
        try (HudRuntime first = HudRuntime.create(config(), new TokenSource(Map.of(), false))) {
            assertFalse(first.showCachedPicture().join(), "nothing saved yet");
            CountDownLatch synced = new CountDownLatch(1);
            first.afterFirstSync(Duration.ofMinutes(5), () -> {
                firstLive.set(first.plane().snapshot());
                synced.countDown();
            });
            first.start();
            assertTrue(synced.await(60, TimeUnit.SECONDS));
        } // closing saves the picture
        assertEquals(Freshness.LIVE, firstLive.get().health().freshness());

        try (HudRuntime second = HudRuntime.create(config(), new TokenSource(Map.of(), false))) {
            assertTrue(second.showCachedPicture().join());
            BuildSnapshot cached = second.plane().snapshot();
            assertTrue(second.plane().isCachedPicture(cached));
            assertEquals(Freshness.STALE, cached.health().freshness());
            assertFalse(cached.tiles().isEmpty());
            assertTrue(cached.tiles().stream().allMatch(tile -> tile.stale()), "every cached tile is marked stale");

            CountDownLatch synced = new CountDownLatch(1);
            AtomicReference<BuildSnapshot> atSync = new AtomicReference<>();
            second.afterFirstSync(Duration.ofMinutes(5), () -> {
                atSync.set(second.plane().snapshot());
                synced.countDown();
            });
            Thread.sleep(200);
            assertEquals(1, synced.getCount(), "a cached picture is not the first sync");
            second.start();
            assertTrue(synced.await(60, TimeUnit.SECONDS));
            assertFalse(second.plane().isCachedPicture(atSync.get()));
            assertEquals(Freshness.LIVE, atSync.get().health().freshness());
            assertTrue(atSync.get().tiles().stream().noneMatch(tile -> tile.stale()));
        }
    }

    @Test
    void aSavedPictureReadAfterTheFirstLiveOneIsDeclined() throws Exception {
        // The picture is read on a thread of its own while the sources start: when the live picture wins the
        // race, the saved one must not cover it.
        try (HudRuntime first = HudRuntime.create(config(), new TokenSource(Map.of(), false))) {
            first.showCachedPicture().join();
            awaitFirstSync(first);
        } // closing saves the picture
        assertTrue(Files.exists(configDir.resolve("cache")), "the first start saved its picture");

        try (HudRuntime second = HudRuntime.create(config(), new TokenSource(Map.of(), false))) {
            awaitFirstSync(second);
            BuildSnapshot live = second.plane().snapshot();
            assertFalse(second.showCachedPicture().join(), "the live picture came first");
            BuildSnapshot after = second.plane().snapshot();
            assertFalse(second.plane().isCachedPicture(after));
            assertEquals(Freshness.LIVE, after.health().freshness());
            assertEquals(live.tiles().size(), after.tiles().size());
            assertTrue(after.tiles().stream().noneMatch(tile -> tile.stale()));
        }
    }

    private static void awaitFirstSync(HudRuntime runtime) throws InterruptedException {
        CountDownLatch synced = new CountDownLatch(1);
        runtime.afterFirstSync(Duration.ofMinutes(5), synced::countDown);
        runtime.start();
        assertTrue(synced.await(60, TimeUnit.SECONDS));
    }
}
