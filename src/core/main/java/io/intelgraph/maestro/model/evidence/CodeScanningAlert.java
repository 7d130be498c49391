package io.intelgraph.maestro.model.evidence;

/** A code-scanning alert (CodeQL, Trivy SARIF uploads, ...). */
public record CodeScanningAlert(int number, String ruleId, String severity, String description, String state,
        String tool, String ref, String htmlUrl) {
}
