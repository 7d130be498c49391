package io.intelgraph.maestro.distill;

import io.intelgraph.maestro.model.build.Conclusion;
import io.intelgraph.maestro.model.build.RunStatus;
import io.intelgraph.maestro.model.distill.BranchRecommendation;
import io.intelgraph.maestro.model.distill.Recommendation;
import io.intelgraph.maestro.model.evidence.EvidenceSummary;
import io.intelgraph.maestro.model.evidence.SignatureState;
import io.intelgraph.maestro.store.BuildPlane;
import io.intelgraph.maestro.store.SourceHealth;
import io.intelgraph.maestro.testing.Runs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The feed follows the plane on its own executor: a tile's recommendation changes soon after what
 * it reads changes, a burst makes one pass on the newest snapshot, and its own results set nothing off.
 */
class DistillFeedTest {

    private static final Clock CLOCK = Clock.fixed(Runs.T0.plusSeconds(7200), ZoneOffset.UTC);
    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private final BuildPlane plane = new BuildPlane(CLOCK, SourceHealth.connecting("t", false));
    /** Hands snapshots over on the writer's thread, so a test knows when the feed has been told. */
    private final BuildPlane direct = new BuildPlane(CLOCK, CLOCK, SourceHealth.connecting("t", false), Runnable::run);
    private DistillFeed feed;

    @AfterEach
    void stop() {
        feed.close();
        executor.shutdownNow();
        plane.close();
    }

    @Test
    void aNewFailureAndThenItsReportsChangeTheAdviceWithoutWaitingForTheSchedule() throws Exception {
        plane.batch(() -> {
            plane.putRun(Runs.run(1, "o/r", "main", "CI", RunStatus.COMPLETED, Conclusion.SUCCESS, 0));
            plane.putRun(Runs.run(2, "o/r", "main", "CI", RunStatus.COMPLETED, Conclusion.SUCCESS, 10));
        });
        feed = new DistillFeed(plane, new DistillEngine(BuiltInTeachers.all(), 42), executor).start();
        assertEquals(Recommendation.PROMOTE, awaitEnsemble(r -> r.isPresent()).ensembleRecommendation());

        plane.putRun(Runs.run(3, "o/r", "main", "CI", RunStatus.COMPLETED, Conclusion.FAILURE, 20));
        assertEquals(Recommendation.INVESTIGATE, awaitEnsemble(r -> r.isPresent()
                && r.get().ensembleRecommendation() != Recommendation.PROMOTE).ensembleRecommendation());

        plane.putEvidence(new EvidenceSummary(3, 2, 1, 4, 0, 4, 6, 0, 1, true, SignatureState.UNVERIFIED));
        assertEquals(Recommendation.BLOCK, awaitEnsemble(r -> r.isPresent()
                && r.get().ensembleRecommendation() == Recommendation.BLOCK).ensembleRecommendation());

        // Its own results are snapshots too; they must not set off pass after pass.
        long version = plane.snapshot().version();
        long passes = feed.enginePasses();
        Thread.sleep(300);
        assertEquals(version, plane.snapshot().version(), "the plane settles once the advice is in");
        assertEquals(passes, feed.enginePasses());
    }

    @Test
    void aBurstOfSnapshotsMakesOnePassOnTheNewest() throws Exception {
        CountDownLatch busy = new CountDownLatch(1);
        executor.execute(() -> {
            try {
                busy.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        feed = new DistillFeed(direct, new DistillEngine(BuiltInTeachers.all(), 42), executor).start();
        for (int i = 0; i < 50; i++) {
            direct.putRun(Runs.run(i, "o/r", "branch-" + i, "CI", RunStatus.COMPLETED,
                    i % 3 == 0 ? Conclusion.FAILURE : Conclusion.SUCCESS, i));
        }
        long newest = direct.snapshot().version();
        busy.countDown();
        settle(direct);
        assertEquals(1, feed.enginePasses(), "51 snapshots waited; the pass took the newest");
        assertEquals(50, direct.snapshot().recommendations().size(), "every branch of the newest snapshot judged");
        assertEquals(newest + 1, direct.snapshot().version(), "one snapshot more: the one carrying the results");
    }

    @Test
    void itsOwnResultsSetOffNoFurtherWork() throws Exception {
        direct.putRun(Runs.run(1, "o/r", "main", "CI", RunStatus.COMPLETED, Conclusion.FAILURE, 0));
        feed = new DistillFeed(direct, new DistillEngine(BuiltInTeachers.all(), 42), executor).start();
        settle(direct);
        assertEquals(1, feed.enginePasses());
        assertEquals(1, direct.snapshot().recommendations().size());
        long carrying = direct.snapshot().version();

        // A change the engine does not read (the source's health) makes a snapshot but no engine pass.
        direct.sourceLive(Optional.empty(), 10);
        settle(direct);
        assertEquals(1, feed.enginePasses());
        assertEquals(carrying + 1, direct.snapshot().version(), "no results published again for the same signals");

        direct.putRun(Runs.run(2, "o/r", "main", "CI", RunStatus.COMPLETED, Conclusion.SUCCESS, 10));
        settle(direct);
        assertEquals(2, feed.enginePasses(), "a change the engine reads: one pass");
        assertEquals(carrying + 3, direct.snapshot().version(), "the change and the results that follow it, nothing more");
    }

    /** Waits until the feed's executor is idle and the plane stopped changing. */
    private void settle(BuildPlane watched) throws Exception {
        long before;
        do {
            before = watched.snapshot().version();
            executor.submit(() -> { }).get(5, TimeUnit.SECONDS);
        } while (watched.snapshot().version() != before);
    }

    private BranchRecommendation awaitEnsemble(Predicate<Optional<BranchRecommendation>> done)
            throws InterruptedException {
        Supplier<Optional<BranchRecommendation>> now = () -> plane.snapshot().tiles().isEmpty() ? Optional.empty()
                : plane.snapshot().recommendationOf(plane.snapshot().tiles().get(0));
        for (int i = 0; i < 200 && !done.test(now.get()); i++) {
            Thread.sleep(50);
        }
        return now.get().orElseThrow();
    }
}
