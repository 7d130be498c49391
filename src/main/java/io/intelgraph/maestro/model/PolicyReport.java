package io.intelgraph.maestro.model;

import java.util.List;

/**
 * The outcome of checking some files: every finding, how many documents were checked, and the
 * files that could not be checked (with the reason) — an error is never a pass.
 */
public record PolicyReport(List<PolicyFinding> findings, int documents, List<String> errors) {

    public PolicyReport {
        findings = List.copyOf(findings);
        errors = List.copyOf(errors);
    }

    public long denies() {
        return findings.stream().filter(f -> f.severity() == PolicyFinding.Severity.DENY).count();
    }

    public long warnings() {
        return findings.stream().filter(f -> f.severity() == PolicyFinding.Severity.WARN).count();
    }

    public boolean passed() {
        return denies() == 0 && errors.isEmpty();
    }
}
