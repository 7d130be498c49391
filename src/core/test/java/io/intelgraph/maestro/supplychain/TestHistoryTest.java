package io.intelgraph.maestro.supplychain;

import io.intelgraph.maestro.model.build.Conclusion;
import io.intelgraph.maestro.model.build.RunStatus;
import io.intelgraph.maestro.model.build.WorkflowRun;
import io.intelgraph.maestro.model.evidence.RunEvidence;
import io.intelgraph.maestro.model.evidence.TestCaseResult;
import io.intelgraph.maestro.model.evidence.TestOutcome;
import io.intelgraph.maestro.model.evidence.TestReport;
import io.intelgraph.maestro.testing.Runs;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** pytest's report_flaky.xml read as the reports of three runs: the test's history and flakiness by commit. */
class TestHistoryTest {

    private static final Path DIR = Path.of("src/core/test/resources/supplychain/junit");

    private static RunEvidence evidence(long runId, TestReport... reports) {
        return new RunEvidence(runId, List.of(), List.of(), List.of(reports), List.of(), List.of(), List.of(), List.of());
    }

    private static WorkflowRun run(long id, String sha) {
        WorkflowRun base = Runs.run(id, "o/r", "main", "CI", RunStatus.COMPLETED, Conclusion.FAILURE, 0);
        return new WorkflowRun(base.id(), base.repo(), base.workflowName(), base.displayTitle(), base.headBranch(), sha,
                base.event(), base.status(), base.conclusion(), id, base.runAttempt(), base.createdAt(), base.runStartedAt(),
                base.updatedAt(), base.actor(), base.triggeringActor(), base.htmlUrl(), base.pullRequestNumbers());
    }

    @Test
    void failedThenPassedOnTheSameCommitIsFlaky() throws IOException {
        TestReport pytest = new JUnitReader().read(DIR.resolve("pytest.xml"));
        TestReport mocha = new JUnitReader().read(DIR.resolve("mocha.xml"));
        TestCaseResult failing = pytest.failuresFirst().get(0);
        TestCaseResult passing = pytest.cases().stream().filter(c -> c.outcome() == TestOutcome.PASSED).findFirst().orElseThrow();
        TestReport passedNow = new TestReport("pytest.xml", List.of(new TestCaseResult(failing.suite(), failing.className(),
                failing.name(), failing.time(), TestOutcome.PASSED, "", "", 1)));

        TestHistory history = TestHistory.of(failing, List.of(
                new TestHistory.RunWithEvidence(run(3, "bbb"), evidence(3, passedNow)),
                new TestHistory.RunWithEvidence(run(2, "aaa"), evidence(2, pytest)),
                new TestHistory.RunWithEvidence(run(1, "aaa"), evidence(1, mocha))));
        assertEquals(List.of(Optional.of(TestOutcome.PASSED), Optional.of(TestOutcome.FAILED), Optional.empty()),
                history.entries().stream().map(TestHistory.Entry::outcome).toList(), "run 1's reports do not have the test");
        assertFalse(history.flakyAcrossReruns(), "it passed on another commit: a fix, not flakiness");

        TestHistory rerun = TestHistory.of(failing, List.of(
                new TestHistory.RunWithEvidence(run(3, "aaa"), evidence(3, passedNow)),
                new TestHistory.RunWithEvidence(run(2, "aaa"), evidence(2, pytest))));
        assertTrue(rerun.flakyAcrossReruns(), "failed and passed on commit aaa");
        assertFalse(TestHistory.of(passing, List.of(new TestHistory.RunWithEvidence(run(2, "aaa"), evidence(2, pytest))))
                .flakyAcrossReruns());
    }
}
