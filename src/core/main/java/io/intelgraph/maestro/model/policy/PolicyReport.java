package io.intelgraph.maestro.model.policy;

import io.intelgraph.maestro.model.evidence.Severity;

import java.util.ArrayList;
import java.util.List;

/**
 * The outcome of checking some files: every finding, how many documents were checked, each file checked
 * with how many of its rule bodies passed (conftest's successes), and the files that could not be
 * checked (with the reason) — an error is never a pass.
 */
public record PolicyReport(List<PolicyFinding> findings, int documents, List<CheckedFile> checked, List<String> errors) {

    /** A file checked in one namespace, and how many rule bodies passed on it. */
    public record CheckedFile(String file, String namespace, int successes) {
    }

    public PolicyReport {
        findings = List.copyOf(findings);
        checked = List.copyOf(checked);
        errors = List.copyOf(errors);
    }

    /** conftest's successes: rule bodies that passed, over every file. */
    public long successes() {
        return checked.stream().mapToLong(CheckedFile::successes).sum();
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
        return successes() + findings.size();
    }

    /** This report and another, as one (e.g. files and standard input checked in one run). */
    public PolicyReport plus(PolicyReport other) {
        List<PolicyFinding> all = new ArrayList<>(findings);
        all.addAll(other.findings);
        List<String> allErrors = new ArrayList<>(errors);
        allErrors.addAll(other.errors);
        List<CheckedFile> allChecked = new ArrayList<>(checked);
        allChecked.addAll(other.checked);
        return new PolicyReport(all, documents + other.documents, allChecked, allErrors);
    }

    public boolean passed() {
        return denies() == 0 && errors.isEmpty();
    }
}
