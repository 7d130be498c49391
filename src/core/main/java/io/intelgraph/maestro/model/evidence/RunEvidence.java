package io.intelgraph.maestro.model.evidence;

import io.intelgraph.maestro.model.build.CheckRun;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What a workflow run left behind for a release decision: the SBOMs, scans, test reports and
 * Sigstore bundles in its artifacts (and the repository's dependency-graph SBOM), the check runs on
 * its commit, the open code-scanning alerts on its
 * branch, and every problem met on the way, each naming the file or source — a bad file is
 * reported, never silently dropped.
 */
public record RunEvidence(long runId, List<Sbom> sboms, List<ScanReport> scans, List<TestReport> tests,
        List<Attestation> attestations, List<CodeScanningAlert> alerts, List<CheckRun> checks, List<String> problems) {

    public RunEvidence {
        checks = List.copyOf(checks);
        attestations = List.copyOf(attestations);
        sboms = List.copyOf(sboms);
        scans = List.copyOf(scans);
        tests = List.copyOf(tests);
        alerts = List.copyOf(alerts);
        problems = List.copyOf(problems);
    }

    /**
     * The findings of every scan, each scan once: Trivy's JSON and SARIF of one scan report the same
     * findings, and counting both would double every number.
     */
    public List<Finding> findings() {
        List<Finding> out = new ArrayList<>();
        Set<Set<String>> seen = new HashSet<>();
        for (ScanReport scan : scans) {
            Set<String> key = new HashSet<>();
            scan.findings().forEach(f -> key.add(f.kind() + "|" + f.id() + "|" + f.pkg() + "|" + f.installedVersion()));
            if (seen.add(key)) {
                out.addAll(scan.findings());
            }
        }
        return out;
    }

    /** Findings per severity (each scan once), for the tile's badge. */
    public Map<Severity, Integer> severityCounts() {
        return ScanReport.countBySeverity(findings());
    }

    /** Test cases per outcome over every report. */
    public Map<TestOutcome, Integer> testCounts() {
        return TestReport.countByOutcome(tests.stream().flatMap(t -> t.cases().stream()).toList());
    }

    /**
     * MISSING without a bundle; VERIFIED only when every bundle verified; UNVERIFIED when any does
     * not check out; else (a bundle the verifier failed on) COULD_NOT_VERIFY.
     */
    public SignatureState signatureState() {
        if (attestations.isEmpty()) {
            return SignatureState.MISSING;
        }
        if (attestations.stream().allMatch(a -> a.state() == SignatureState.VERIFIED)) {
            return SignatureState.VERIFIED;
        }
        return attestations.stream().anyMatch(a -> a.state() == SignatureState.UNVERIFIED)
                ? SignatureState.UNVERIFIED : SignatureState.COULD_NOT_VERIFY;
    }

    public OptionalInt totalTests() {
        return tests.isEmpty() ? OptionalInt.empty() : OptionalInt.of(tests.stream().mapToInt(t -> t.cases().size()).sum());
    }
}
