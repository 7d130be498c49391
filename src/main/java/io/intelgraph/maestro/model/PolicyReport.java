package io.intelgraph.maestro.model;

import java.util.List;

/**
 * The outcome of checking some files: every finding, how many documents were checked, how many rule
 * bodies passed (conftest's successes), and the files that could not be checked (with the reason) —
 * an error is never a pass.
 */
public record PolicyReport(List<PolicyFinding> findings, int documents, int successes, List<String> errors) {

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

    public long exceptions() {
        return findings.stream().filter(f -> f.severity() == PolicyFinding.Severity.EXCEPTION).count();
    }

    /** conftest's test count: every message, every exception and every rule body that passed. */
    public long tests() {
        return successes + findings.size();
    }

    /** This report and another, as one (e.g. files and standard input checked in one run). */
    public PolicyReport plus(PolicyReport other) {
        List<PolicyFinding> all = new java.util.ArrayList<>(findings);
        all.addAll(other.findings);
        List<String> allErrors = new java.util.ArrayList<>(errors);
        allErrors.addAll(other.errors);
        return new PolicyReport(all, documents + other.documents, successes + other.successes, allErrors);
    }

    public boolean passed() {
        return denies() == 0 && errors.isEmpty();
    }
}
