package io.intelgraph.maestro.store;

import io.intelgraph.maestro.model.build.Conclusion;
import io.intelgraph.maestro.model.build.RunStatus;
import io.intelgraph.maestro.model.repo.RepoId;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static io.intelgraph.maestro.testing.Runs.T0;
import static io.intelgraph.maestro.testing.Runs.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The last session's picture, shown at start-up until the first poll: STALE, never live, then replaced. */
class CachedPictureTest {

    private static final Instant SAVED_AT = T0.minusSeconds(7200);
    private static final String NOTE = "Cached picture from 14:03, not live: updating…";

    private final BuildPlane plane = new BuildPlane(Clock.fixed(T0.plusSeconds(3600), ZoneOffset.UTC),
            Clock.fixed(T0.plusSeconds(3600), ZoneOffset.UTC), SourceHealth.connecting("test", false), Runnable::run);

    /** What an earlier session saw: tiles on o/a main and o/a gone-branch, live. */
    private static BuildSnapshot earlierSession() {
        BuildPlane earlier = new BuildPlane(Clock.fixed(T0.plusSeconds(60), ZoneOffset.UTC),
                Clock.fixed(T0.plusSeconds(60), ZoneOffset.UTC), SourceHealth.connecting("test", false), Runnable::run);
        earlier.batch(() -> {
            earlier.putRuns(RepoId.parse("o/a"), List.of(
                    run(1, "o/a", "main", "CI", RunStatus.COMPLETED, Conclusion.FAILURE, 0),
                    run(2, "o/a", "gone-branch", "CI", RunStatus.COMPLETED, Conclusion.SUCCESS, 5)));
            earlier.sourceLive(Optional.empty(), 30);
        });
        return earlier.snapshot();
    }

    private void showEarlierSession() {
        BuildSnapshot earlier = earlierSession();
        assertTrue(plane.showCached(earlier.tiles(), earlier.repos(), SAVED_AT, NOTE));
    }

    @Test
    void cachedTilesAreStaleWithTheirAgeAndTheSnapshotSaysItIsCached() {
        showEarlierSession();
        BuildSnapshot shown = plane.snapshot();
        assertEquals(2, shown.tiles().size());
        assertTrue(plane.isCachedPicture(shown));
        assertEquals(Freshness.STALE, shown.health().freshness(), "a cached picture is never shown as live");
        assertEquals(NOTE, shown.health().message());
        assertEquals(SAVED_AT, shown.health().lastSuccess());
        shown.tiles().forEach(tile -> {
            assertTrue(tile.stale(), tile.key() + " is marked stale");
            assertEquals(NOTE, tile.staleReason());
        });
    }

    @Test
    void aFailedFirstPollKeepsThePictureStale() {
        showEarlierSession();
        plane.sourceStale("GitHub did not answer", T0.plusSeconds(3700), Optional.empty());
        BuildSnapshot shown = plane.snapshot();
        assertTrue(plane.isCachedPicture(shown));
        assertEquals(2, shown.tiles().size());
        shown.tiles().forEach(tile -> assertTrue(tile.stale()));
    }

    @Test
    void theFirstLivePollReplacesThePictureAndDropsWhatItDidNotBringBack() {
        showEarlierSession();
        plane.batch(() -> {
            plane.putRuns(RepoId.parse("o/a"), List.of(run(3, "o/a", "main", "CI", RunStatus.COMPLETED,
                    Conclusion.SUCCESS, 100)));
            plane.sourceLive(Optional.empty(), 30);
        });
        BuildSnapshot live = plane.snapshot();
        assertFalse(plane.isCachedPicture(live));
        assertEquals(Freshness.LIVE, live.health().freshness());
        assertEquals(List.of(new TileKey(RepoId.parse("o/a"), "main")), live.tiles().stream().map(BuildTile::key).toList(),
                "the cached gone-branch tile is not carried into the live picture");
        assertEquals(3, live.tiles().getFirst().headline().id());
        assertFalse(live.tiles().getFirst().stale());
    }

    @Test
    void declinedOnceTheSourceHasWritten() {
        plane.putRuns(RepoId.parse("o/b"), List.of(run(9, "o/b", "main", "CI", RunStatus.COMPLETED,
                Conclusion.SUCCESS, 0)));
        BuildSnapshot earlier = earlierSession();
        assertFalse(plane.showCached(earlier.tiles(), earlier.repos(), SAVED_AT, NOTE));
        assertFalse(plane.isCachedPicture(plane.snapshot()));
        assertEquals(1, plane.snapshot().tiles().size());
    }
}
