package io.intelgraph.maestro.distill;

import io.intelgraph.maestro.model.build.Conclusion;
import io.intelgraph.maestro.model.build.RunStatus;
import io.intelgraph.maestro.model.build.WorkflowRun;
import io.intelgraph.maestro.model.distill.Signals.Signal;
import io.intelgraph.maestro.model.distill.Signals;
import io.intelgraph.maestro.model.evidence.EvidenceSummary;
import io.intelgraph.maestro.model.evidence.SignatureState;
import io.intelgraph.maestro.model.policy.PolicyVerdict;
import io.intelgraph.maestro.model.repo.RepoId;
import io.intelgraph.maestro.store.BuildPlane;
import io.intelgraph.maestro.store.BuildTile;
import io.intelgraph.maestro.store.SourceHealth;
import io.intelgraph.maestro.testing.Runs;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SignalExtractorTest {

    private static BuildTile tile(List<WorkflowRun> runs) {
        BuildPlane plane = new BuildPlane(Clock.fixed(Runs.T0.plusSeconds(7200), ZoneOffset.UTC), SourceHealth.connecting("t", false));
        plane.batch(() -> runs.forEach(plane::putRun));
        return plane.snapshot().tiles().get(0);
    }

    @Test
    void runsGiveFailureFlipDurationAndQueue() {
        WorkflowRun failed = Runs.run(1, "o/r", "main", "CI", RunStatus.COMPLETED, Conclusion.FAILURE, 0);
        WorkflowRun passedOnRerun = Runs.run(2, "o/r", "main", "CI", RunStatus.COMPLETED, Conclusion.SUCCESS, 10, 2, "bob");
        WorkflowRun latest = Runs.run(3, "o/r", "main", "CI", RunStatus.COMPLETED, Conclusion.SUCCESS, 20);
        Signals s = SignalExtractor.of(tile(List.of(failed, passedOnRerun, latest)), Optional.empty(), Optional.empty(),
                OptionalInt.empty());
        assertEquals("o/r:main", s.branch());
        assertEquals(1.0 / 3, s.get(Signal.FAILURE_RATE).getAsDouble(), 1e-12);
        assertEquals(1.0 / 3, s.get(Signal.FLIP_RATE).getAsDouble(), 1e-12, "run 2 passed on its second attempt");
        // Runs take 295 s from start to update (Runs: started +5 s, updated +300 s); warm target 300 s.
        assertEquals(295.0 / 300, s.get(Signal.DURATION_RATIO).getAsDouble(), 1e-12);
        assertEquals(5.0 / 60, s.get(Signal.QUEUE_MINUTES).getAsDouble(), 1e-12);
        assertEquals(0.0, s.get(Signal.LATEST_FAILED).getAsDouble());
        assertFalse(s.knows(Signal.CRITICAL_FINDINGS), "no scan read: unknown, not zero");
        assertFalse(s.knows(Signal.PREVIEW_UNHEALTHY));
    }

    @Test
    void theReportsSummaryOfTheHeadlineRunAndThePolicy() {
        WorkflowRun latest = Runs.run(9, "o/r", "main", "CI", RunStatus.COMPLETED, Conclusion.FAILURE, 0);
        BuildTile tile = tile(List.of(latest));
        Signals s = SignalExtractor.of(tile, Optional.of(new EvidenceSummary(9, 2, 1, 4, 0, 4, 6, 0, 1, true,
                SignatureState.UNVERIFIED)), Optional.empty(), OptionalInt.of(3));
        assertEquals(4.0 / 6, s.get(Signal.TEST_FAILURE_RATE).getAsDouble(), 1e-12);
        assertEquals(2.0, s.get(Signal.CRITICAL_FINDINGS).getAsDouble());
        assertEquals(1.0, s.get(Signal.HIGH_FINDINGS).getAsDouble());
        assertEquals(2.0, s.get(Signal.SIGNATURE_RISK).getAsDouble());
        assertEquals(3.0, s.get(Signal.POLICY_DENIES).getAsDouble());
        assertEquals(295.0 / 900, s.get(Signal.DURATION_RATIO).getAsDouble(), 1e-12, "its first build: the cold target");

        Signals otherRun = SignalExtractor.of(tile, Optional.of(new EvidenceSummary(8, 2, 1, 4, 0, 4, 6, 0, 1, true,
                SignatureState.UNVERIFIED)), Optional.empty(), OptionalInt.empty());
        assertFalse(otherRun.knows(Signal.CRITICAL_FINDINGS), "another run's reports say nothing about this one");
    }

    @Test
    void aPolicyCheckOfTheHeadCommitIsThePolicyDeniesSignalAndGoesWithIt() {
        BuildPlane plane = new BuildPlane(Clock.fixed(Runs.T0.plusSeconds(7200), ZoneOffset.UTC), SourceHealth.connecting("t", false));
        WorkflowRun head = Runs.run(9, "o/r", "main", "CI", RunStatus.COMPLETED, Conclusion.SUCCESS, 0);
        plane.putRun(head);
        RepoId repo = RepoId.parse("o/r");
        assertFalse(SignalExtractor.all(plane.snapshot()).get(0).knows(Signal.POLICY_DENIES), "no check ran: unknown");

        plane.putPolicyVerdict(new PolicyVerdict(repo, head.headSha(), 4, 1, 0, Runs.T0));
        assertEquals(4.0, SignalExtractor.all(plane.snapshot()).get(0).get(Signal.POLICY_DENIES).getAsDouble());

        plane.putPolicyVerdict(new PolicyVerdict(repo, head.headSha(), 0, 0, 2, Runs.T0));
        assertFalse(SignalExtractor.all(plane.snapshot()).get(0).knows(Signal.POLICY_DENIES),
                "nothing denied because nothing could be checked is not a pass");

        plane.putPolicyVerdict(new PolicyVerdict(repo, head.headSha(), 0, 3, 0, Runs.T0));
        assertEquals(0.0, SignalExtractor.all(plane.snapshot()).get(0).get(Signal.POLICY_DENIES).getAsDouble());

        WorkflowRun next = Runs.run(10, "o/r", "main", "CI", RunStatus.COMPLETED, Conclusion.SUCCESS, 30);
        plane.putRun(next);
        assertFalse(SignalExtractor.all(plane.snapshot()).get(0).knows(Signal.POLICY_DENIES),
                "the branch moved on: the verdict was about another commit");
    }

    /** GitHub's clocks can disagree: a run "started" before it was created, or updated before it started. */
    @Test
    void skewedTimestampsGiveNoNegativeQueueOrDuration() {
        WorkflowRun r = Runs.run(1, "o/r", "main", "CI", RunStatus.COMPLETED, Conclusion.SUCCESS, 0);
        WorkflowRun skewed = new WorkflowRun(r.id(), r.repo(), r.workflowName(), r.displayTitle(), r.headBranch(), r.headSha(),
                r.event(), r.status(), r.conclusion(), r.runNumber(), r.runAttempt(), r.createdAt(), r.createdAt().minusSeconds(30),
                r.createdAt().minusSeconds(60), r.actor(), r.triggeringActor(), r.htmlUrl(), r.pullRequestNumbers());
        Signals s = SignalExtractor.of(tile(List.of(skewed)), Optional.empty(), Optional.empty(), OptionalInt.empty());
        assertEquals(0.0, s.get(Signal.QUEUE_MINUTES).getAsDouble());
        assertEquals(0.0, s.get(Signal.DURATION_RATIO).getAsDouble());
        for (Signal signal : s.known().keySet()) {
            assertTrue(signal.accepts(s.get(signal).getAsDouble()), signal + " within its range");
        }
    }
}
