package io.intelgraph.maestro.ui;

import io.intelgraph.maestro.model.build.Conclusion;
import io.intelgraph.maestro.model.build.RunStatus;
import io.intelgraph.maestro.model.repo.RepoId;
import io.intelgraph.maestro.store.BuildPlane;
import io.intelgraph.maestro.store.BuildSnapshot;
import io.intelgraph.maestro.store.SourceHealth;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static io.intelgraph.maestro.testing.Runs.T0;
import static io.intelgraph.maestro.testing.Runs.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** "first poll on the plane": the plane's first live tiles, once; never the cached picture or an empty plane. */
class FirstPollMarkTest {

    private static final Clock CLOCK = Clock.fixed(T0.plusSeconds(3600), ZoneOffset.UTC);

    private final BuildPlane plane = new BuildPlane(CLOCK, CLOCK, SourceHealth.connecting("test", false), Runnable::run);
    private final List<String> marks = new ArrayList<>();

    @Test
    void theFirstLiveTilesAreMarkedOnceAndTheCachedPictureIsNot() {
        plane.showCached(earlierSession().tiles(), earlierSession().repos(), T0, "Cached picture, not live");
        FirstPollMark.watch(plane, marks::add);
        assertEquals(List.of(), marks, "neither the empty plane nor the cached picture is the first poll");

        poll(2);
        poll(3);

        assertEquals(List.of(FirstPollMark.NAME), marks);
    }

    @Test
    void aPlaneLiveAlreadyIsMarkedAtOnce() {
        poll(2);
        FirstPollMark.watch(plane, marks::add);
        poll(3);

        assertEquals(List.of(FirstPollMark.NAME), marks);
    }

    private void poll(int runId) {
        plane.batch(() -> {
            plane.putRuns(RepoId.parse("o/a"), List.of(run(runId, "o/a", "main", "CI", RunStatus.COMPLETED,
                    Conclusion.SUCCESS, 100 + runId)));
            plane.sourceLive(Optional.empty(), 30);
        });
    }

    private static BuildSnapshot earlierSession() {
        BuildPlane earlier = new BuildPlane(CLOCK, CLOCK, SourceHealth.connecting("test", false), Runnable::run);
        earlier.batch(() -> {
            earlier.putRuns(RepoId.parse("o/a"), List.of(run(1, "o/a", "main", "CI", RunStatus.COMPLETED,
                    Conclusion.FAILURE, 0)));
            earlier.sourceLive(Optional.empty(), 30);
        });
        return earlier.snapshot();
    }
}
