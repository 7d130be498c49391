package io.intelgraph.maestro.model.evidence;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A vulnerability / misconfiguration / secret scan (Trivy JSON or SARIF), as the Scan panel shows it. */
public record ScanReport(String file, Format format, String tool, String artifact, List<Finding> findings) {

    public enum Format { TRIVY_JSON, SARIF }

    public ScanReport {
        findings = List.copyOf(findings);
    }

    /** Findings per severity, every severity present (zero when none), worst first. */
    public Map<Severity, Integer> severityCounts() {
        return countBySeverity(findings);
    }

    /** Any findings per severity, every severity present (zero when none), worst first. */
    public static Map<Severity, Integer> countBySeverity(List<Finding> findings) {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            counts.put(s, 0);
        }
        findings.forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
        return counts;
    }

    public long fixable() {
        return findings.stream().filter(Finding::fixable).count();
    }
}
