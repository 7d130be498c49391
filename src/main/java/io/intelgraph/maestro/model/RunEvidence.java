package io.intelgraph.maestro.model;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * What a workflow run left behind for a release decision: the SBOMs, scans and test reports in its
 * artifacts (and the repository's dependency-graph SBOM), the open code-scanning alerts on its
 * branch, and every problem met on the way, each naming the file or source — a bad file is
 * reported, never silently dropped.
 */
public record RunEvidence(long runId, List<Sbom> sboms, List<ScanReport> scans, List<TestReport> tests,
        List<CodeScanningAlert> alerts, List<String> problems) {

    public RunEvidence {
        sboms = List.copyOf(sboms);
        scans = List.copyOf(scans);
        tests = List.copyOf(tests);
        alerts = List.copyOf(alerts);
        problems = List.copyOf(problems);
    }

    /** Findings per severity over every scan, for the tile's badge. */
    public Map<Severity, Integer> severityCounts() {
        Map<Severity, Integer> counts = new java.util.EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            counts.put(s, 0);
        }
        scans.forEach(scan -> scan.severityCounts().forEach((s, n) -> counts.merge(s, n, Integer::sum)));
        return counts;
    }

    /** Test cases per outcome over every report. */
    public Map<TestOutcome, Integer> testCounts() {
        Map<TestOutcome, Integer> counts = new java.util.EnumMap<>(TestOutcome.class);
        for (TestOutcome o : TestOutcome.values()) {
            counts.put(o, 0);
        }
        tests.forEach(report -> report.counts().forEach((o, n) -> counts.merge(o, n, Integer::sum)));
        return counts;
    }

    public OptionalInt totalTests() {
        return tests.isEmpty() ? OptionalInt.empty() : OptionalInt.of(tests.stream().mapToInt(t -> t.cases().size()).sum());
    }
}
