package io.intelgraph.maestro.model.evidence;

/**
 * What a tile's badges show of a run's evidence: findings by severity (each scan once), the tests
 * that broke out of how many, the flaky ones, and how many files or sources could not be read.
 * {@code testsTotal} is -1 when the run published no test report (unknown, not zero).
 */
public record EvidenceSummary(long runId, int critical, int high, int medium, int low, int testsBroken, int testsTotal,
        int flaky, int problems, boolean scanned, SignatureState signature) {

    public static EvidenceSummary of(RunEvidence evidence) {
        var severities = evidence.severityCounts();
        var tests = evidence.testCounts();
        return new EvidenceSummary(evidence.runId(), severities.get(Severity.CRITICAL), severities.get(Severity.HIGH),
                severities.get(Severity.MEDIUM), severities.get(Severity.LOW),
                tests.get(TestOutcome.FAILED) + tests.get(TestOutcome.ERROR), evidence.totalTests().orElse(-1),
                tests.get(TestOutcome.FLAKY), evidence.problems().size(), !evidence.scans().isEmpty(),
                evidence.signatureState());
    }
}
