package io.intelgraph.maestro.distill;

import io.intelgraph.maestro.model.distill.BranchRecommendation;
import io.intelgraph.maestro.model.build.Conclusion;
import io.intelgraph.maestro.model.evidence.EvidenceSummary;
import io.intelgraph.maestro.model.distill.Recommendation;
import io.intelgraph.maestro.model.build.RunStatus;
import io.intelgraph.maestro.model.evidence.SignatureState;
import io.intelgraph.maestro.store.BuildPlane;
import io.intelgraph.maestro.store.SourceHealth;
import io.intelgraph.maestro.testing.Runs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The feed follows the plane: a tile's recommendation changes soon after what it reads changes, not at the next slow round. */
class DistillFeedTest {

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
    private final BuildPlane plane = new BuildPlane(Clock.fixed(Runs.T0.plusSeconds(7200), ZoneOffset.UTC),
            SourceHealth.connecting("t", false));
    private DistillFeed feed;

    @AfterEach
    void stop() {
        feed.close();
        executor.shutdownNow();
    }

    @Test
    void aNewFailureAndThenItsReportsChangeTheAdviceWithoutWaitingForTheSchedule() throws Exception {
        plane.batch(() -> {
            plane.putRun(Runs.run(1, "o/r", "main", "CI", RunStatus.COMPLETED, Conclusion.SUCCESS, 0));
            plane.putRun(Runs.run(2, "o/r", "main", "CI", RunStatus.COMPLETED, Conclusion.SUCCESS, 10));
        });
        // The slow schedule is an hour: anything sooner comes from following the plane.
        feed = new DistillFeed(plane, new DistillEngine(BuiltInTeachers.all(), 42), executor).start(Duration.ofHours(1));
        assertEquals(Recommendation.PROMOTE, awaitEnsemble(r -> r.isPresent()).ensembleRecommendation());

        plane.putRun(Runs.run(3, "o/r", "main", "CI", RunStatus.COMPLETED, Conclusion.FAILURE, 20));
        assertEquals(Recommendation.INVESTIGATE, awaitEnsemble(r -> r.isPresent()
                && r.get().ensembleRecommendation() != Recommendation.PROMOTE).ensembleRecommendation());

        plane.putEvidence(new EvidenceSummary(3, 2, 1, 4, 0, 4, 6, 0, 1, true, SignatureState.UNVERIFIED));
        assertEquals(Recommendation.BLOCK, awaitEnsemble(r -> r.isPresent()
                && r.get().ensembleRecommendation() == Recommendation.BLOCK).ensembleRecommendation());

        // Its own results are snapshots too; they must not set off pass after pass.
        long version = plane.snapshot().version();
        Thread.sleep(3 * DistillFeed.SETTLE.toMillis());
        assertEquals(version, plane.snapshot().version(), "the plane settles once the advice is in");
    }

    private BranchRecommendation awaitEnsemble(java.util.function.Predicate<Optional<BranchRecommendation>> done)
            throws InterruptedException {
        Supplier<Optional<BranchRecommendation>> now = () -> plane.snapshot().tiles().isEmpty() ? Optional.empty()
                : plane.snapshot().recommendationOf(plane.snapshot().tiles().get(0));
        for (int i = 0; i < 200 && !done.test(now.get()); i++) {
            Thread.sleep(50);
        }
        return now.get().orElseThrow();
    }
}
