package io.intelgraph.maestro.supplychain;

import com.fasterxml.jackson.databind.JsonNode;
import io.intelgraph.maestro.model.evidence.Finding;
import io.intelgraph.maestro.model.evidence.ScanReport;
import io.intelgraph.maestro.model.evidence.Severity;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Reads Trivy's JSON report (schema version 2): per result (target), its vulnerabilities, failed
 * misconfiguration checks and secrets. Streams element by element.
 */
final class TrivyReportReader {

    ScanReport read(String name, InputStream in) throws IOException {
        List<Finding> findings = new ArrayList<>();
        String[] artifact = {""};
        boolean[] isTrivy = {false};
        try (JsonStream stream = new JsonStream(name, in)) {
            stream.object((field, s) -> {
                switch (field) {
                    case "SchemaVersion" -> isTrivy[0] = true;
                    case "ArtifactName" -> artifact[0] = s.text();
                    case "Results" -> {
                        isTrivy[0] = true;
                        readResults(s, findings);
                    }
                    default -> { }
                }
            });
        }
        if (!isTrivy[0]) {
            throw new ReportFormatException(name, "not a Trivy JSON report: no \"SchemaVersion\" or \"Results\"");
        }
        return new ScanReport(name, ScanReport.Format.TRIVY_JSON, "Trivy", artifact[0], findings);
    }

    private static void readResults(JsonStream stream, List<Finding> findings) throws IOException {
        String[] target = {""};
        List<Finding> ofResult = new ArrayList<>();
        stream.arrayOfObjects("Results", (field, s) -> {
            switch (field) {
                case "Target" -> target[0] = s.text();
                case "Vulnerabilities" -> s.array(field, v -> ofResult.add(vulnerability(v)));
                case "Misconfigurations" -> s.array(field, m -> {
                    // Passed checks are listed too (with --include-non-failures); only failures are findings.
                    if (!JsonStream.text(m, "Status").equals("PASS")) {
                        ofResult.add(misconfiguration(m));
                    }
                });
                case "Secrets" -> s.array(field, x -> ofResult.add(secret(x)));
                default -> { }
            }
        }, () -> {
            // The target may come after the findings in the file; it is known once the result is read.
            ofResult.forEach(f -> findings.add(withTarget(f, target[0])));
            ofResult.clear();
            target[0] = "";
        });
    }

    private static Finding vulnerability(JsonNode v) {
        return new Finding(Finding.Kind.VULNERABILITY, Severity.parse(JsonStream.text(v, "Severity")),
                JsonStream.text(v, "VulnerabilityID"), "", JsonStream.text(v, "PkgName"),
                JsonStream.text(v, "InstalledVersion"), JsonStream.text(v, "FixedVersion"), JsonStream.text(v, "Title"),
                JsonStream.text(v, "PrimaryURL"), cvss(v), 0);
    }

    /** The score from the source Trivy took the severity from, else NVD's, else the highest given. */
    private static OptionalDouble cvss(JsonNode v) {
        JsonNode all = v.path("CVSS");
        JsonNode preferred = all.path(JsonStream.text(v, "SeveritySource"));
        if (preferred.has("V3Score")) {
            return OptionalDouble.of(preferred.get("V3Score").asDouble());
        }
        if (all.path("nvd").has("V3Score")) {
            return OptionalDouble.of(all.path("nvd").get("V3Score").asDouble());
        }
        OptionalDouble max = OptionalDouble.empty();
        for (Iterator<Map.Entry<String, JsonNode>> it = all.fields(); it.hasNext(); ) {
            JsonNode score = it.next().getValue().path("V3Score");
            if (score.isNumber() && (max.isEmpty() || score.asDouble() > max.getAsDouble())) {
                max = OptionalDouble.of(score.asDouble());
            }
        }
        return max;
    }

    private static Finding misconfiguration(JsonNode m) {
        String id = JsonStream.text(m, "ID");
        return new Finding(Finding.Kind.MISCONFIGURATION, Severity.parse(JsonStream.text(m, "Severity")),
                id.isEmpty() ? JsonStream.text(m, "AVDID") : id, "", "", "", "", JsonStream.text(m, "Title"),
                JsonStream.text(m, "PrimaryURL"), OptionalDouble.empty(), m.path("CauseMetadata").path("StartLine").asInt(0));
    }

    private static Finding secret(JsonNode x) {
        return new Finding(Finding.Kind.SECRET, Severity.parse(JsonStream.text(x, "Severity")),
                JsonStream.text(x, "RuleID"), "", "", "", "", JsonStream.text(x, "Title"), "", OptionalDouble.empty(),
                x.path("StartLine").asInt(0));
    }

    private static Finding withTarget(Finding f, String target) {
        return new Finding(f.kind(), f.severity(), f.id(), target, f.pkg(), f.installedVersion(), f.fixedVersion(),
                f.title(), f.url(), f.cvss(), f.line());
    }
}
