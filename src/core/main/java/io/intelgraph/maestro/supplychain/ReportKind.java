package io.intelgraph.maestro.supplychain;

import java.util.Locale;
import java.util.Optional;

/** Which reader a file in an artifact is for, by the names CI tools give their reports. */
public enum ReportKind {
    SBOM, SCAN, TESTS, BUNDLE;

    public static Optional<ReportKind> of(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        if (name.endsWith(".sigstore.json") || name.endsWith(".sigstore")) {
            return Optional.of(BUNDLE);
        }
        if (name.endsWith(".cdx.json") || name.endsWith(".spdx.json") || name.endsWith(".cyclonedx.json")
                || name.equals("bom.json") || name.startsWith("sbom") && name.endsWith(".json")) {
            return Optional.of(SBOM);
        }
        if (name.endsWith(".sarif") || name.endsWith(".sarif.json") || name.contains("trivy") && name.endsWith(".json")) {
            return Optional.of(SCAN);
        }
        if (name.endsWith(".xml") && (name.startsWith("test-") || name.contains("junit") || name.contains("test")
                || name.contains("report"))) {
            return Optional.of(TESTS);
        }
        return Optional.empty();
    }
}
