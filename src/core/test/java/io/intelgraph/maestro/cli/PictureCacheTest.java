package io.intelgraph.maestro.cli;

import io.intelgraph.maestro.model.build.Conclusion;
import io.intelgraph.maestro.model.build.RunStatus;
import io.intelgraph.maestro.model.repo.RepoId;
import io.intelgraph.maestro.store.BuildPlane;
import io.intelgraph.maestro.store.BuildSnapshot;
import io.intelgraph.maestro.store.BuildTile;
import io.intelgraph.maestro.store.Freshness;
import io.intelgraph.maestro.store.SourceHealth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static io.intelgraph.maestro.testing.Runs.T0;
import static io.intelgraph.maestro.testing.Runs.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PictureCacheTest {

    @TempDir
    Path configDir;

    private static BuildPlane plane() {
        return new BuildPlane(Clock.fixed(T0.plusSeconds(60), ZoneOffset.UTC), Clock.fixed(T0, ZoneOffset.UTC),
                SourceHealth.connecting("github.com", false), Runnable::run);
    }

    private static BuildPlane livePlane() {
        BuildPlane plane = plane();
        plane.batch(() -> {
            plane.putRuns(RepoId.parse("o/a"), List.of(
                    run(1, "o/a", "main", "CI", RunStatus.COMPLETED, Conclusion.FAILURE, 0),
                    run(2, "o/a", "dev", "CI", RunStatus.IN_PROGRESS, Conclusion.NONE, 5)));
            plane.sourceLive(Optional.empty(), 30);
        });
        return plane;
    }

    @Test
    void theNextStartShowsTheSavedTilesStaleWithTheirTime() {
        PictureCache cache = new PictureCache(configDir.resolve("cache/picture.json"), ZoneOffset.UTC);
        BuildPlane earlier = livePlane();
        cache.save(earlier.snapshot(), earlier);
        assertTrue(Files.isRegularFile(cache.file()));

        BuildPlane next = plane();
        assertTrue(cache.showIn(next));
        BuildSnapshot shown = next.snapshot();
        assertTrue(next.isCachedPicture(shown));
        assertEquals(earlier.snapshot().tiles().stream().map(BuildTile::key).toList(),
                shown.tiles().stream().map(BuildTile::key).toList());
        assertEquals(Freshness.STALE, shown.health().freshness(), "never shown as live");
        assertEquals(T0, shown.health().lastSuccess(), "the time the earlier session last synced");
        assertTrue(shown.health().message().startsWith("Cached picture from "), shown.health().message());
        assertTrue(shown.health().message().contains("not live"), shown.health().message());
        shown.tiles().forEach(tile -> assertEquals(shown.health().message(), tile.staleReason()));
    }

    @Test
    void aCachedOrNotLivePictureIsNotSaved() {
        PictureCache cache = new PictureCache(configDir.resolve("picture.json"), ZoneOffset.UTC);
        BuildPlane connecting = plane();
        connecting.putRuns(RepoId.parse("o/a"), List.of(run(1, "o/a", "main", "CI", RunStatus.COMPLETED,
                Conclusion.SUCCESS, 0)));
        cache.save(connecting.snapshot(), connecting);
        assertFalse(Files.exists(cache.file()), "not synced yet: nothing to keep");

        PictureCache other = new PictureCache(configDir.resolve("other.json"), ZoneOffset.UTC);
        BuildPlane earlier = livePlane();
        other.save(earlier.snapshot(), earlier);
        BuildPlane showing = plane();
        assertTrue(other.showIn(showing));
        // Even if a cached snapshot were marked live, it is an old picture: not written back as this session's.
        cache.save(showing.snapshot(), showing);
        assertFalse(Files.exists(cache.file()));
    }

    @Test
    void anUnreadableCacheIsIgnored() throws IOException {
        PictureCache cache = new PictureCache(configDir.resolve("picture.json"), ZoneOffset.UTC);
        Files.writeString(cache.file(), "{\"type\":\"snapshot\",\"seq\":0,\"protocol\":999}");
        BuildPlane next = plane();
        assertFalse(cache.showIn(next));
        assertEquals(Freshness.CONNECTING, next.snapshot().health().freshness());
        Files.writeString(cache.file(), "not json");
        assertFalse(cache.showIn(next));
    }

    @Test
    void eachSourceHasItsOwnFile() {
        assertNotEquals(PictureCache.in(configDir, "github.com|o").file(), PictureCache.in(configDir, "github.com|p").file());
        assertEquals(PictureCache.in(configDir, "github.com|o").file(), PictureCache.in(configDir, "github.com|o").file());
    }

    @Test
    void theNoteSaysWhenAndThatItIsNotLive() {
        PictureCache cache = new PictureCache(configDir.resolve("picture.json"), ZoneOffset.UTC);
        assertEquals("Cached picture from 2024-01-02 03:04, not live: updating…",
                cache.note(Instant.parse("2024-01-02T03:04:05Z")));
    }
}
