package io.intelgraph.maestro.supplychain;

import io.intelgraph.maestro.model.build.WorkflowRun;
import io.intelgraph.maestro.model.evidence.RunEvidence;
import io.intelgraph.maestro.model.evidence.TestCaseResult;
import io.intelgraph.maestro.model.evidence.TestOutcome;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One test across a branch's recent runs, newest first: how it ended in each (or that the run's
 * reports did not have it), and whether it is flaky — failed in one run and passed in another of
 * the same commit, which no code change explains.
 */
public record TestHistory(List<Entry> entries, boolean flakyAcrossReruns) {

    /** The test in one run; {@code outcome} is empty when that run's reports do not list it. */
    public record Entry(long runNumber, int attempt, String sha, Optional<TestOutcome> outcome) {
    }

    public TestHistory {
        entries = List.copyOf(entries);
    }

    /** @param runs the runs with their evidence, newest first */
    public static TestHistory of(TestCaseResult test, List<RunWithEvidence> runs) {
        List<Entry> entries = new ArrayList<>();
        for (RunWithEvidence r : runs) {
            Optional<TestOutcome> outcome = r.evidence().tests().stream().flatMap(t -> t.cases().stream())
                    .filter(c -> c.className().equals(test.className()) && c.name().equals(test.name()))
                    .map(TestCaseResult::outcome).findFirst();
            entries.add(new Entry(r.run().runNumber(), r.run().runAttempt(), r.run().headSha(), outcome));
        }
        boolean flaky = false;
        for (Entry broke : entries) {
            if (broke.outcome().map(TestOutcome::broken).orElse(false)) {
                flaky |= entries.stream().anyMatch(e -> e.sha().equals(broke.sha())
                        && e.outcome().map(o -> o == TestOutcome.PASSED || o == TestOutcome.FLAKY).orElse(false));
            }
        }
        return new TestHistory(entries, flaky);
    }

    public record RunWithEvidence(WorkflowRun run, RunEvidence evidence) {
    }
}
