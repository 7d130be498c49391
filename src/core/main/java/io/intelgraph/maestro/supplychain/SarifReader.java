package io.intelgraph.maestro.supplychain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.intelgraph.maestro.model.evidence.Finding;
import io.intelgraph.maestro.model.evidence.ScanReport;
import io.intelgraph.maestro.model.evidence.Severity;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads SARIF 2.1.0 (Trivy, CodeQL, Semgrep …): each run's results, graded by the rule's
 * {@code security-severity} as GitHub does, else by the result's level. Results are streamed; rules
 * are kept per run to resolve them.
 */
final class SarifReader {

    /** Trivy writes the package facts into the message; other tools do not, and these stay empty. */
    private static final Pattern LINE = Pattern.compile("^(Package|Installed Version|Fixed Version|Severity): (.*)$",
            Pattern.MULTILINE);

    private record Pending(JsonNode result) {
    }

    ScanReport read(String name, InputStream in) throws IOException {
        List<Finding> findings = new ArrayList<>();
        String[] version = {""};
        List<String> tools = new ArrayList<>();
        try (JsonStream stream = new JsonStream(name, in)) {
            stream.object((field, s) -> {
                switch (field) {
                    case "version" -> version[0] = s.text();
                    case "runs" -> readRuns(s, findings, tools);
                    default -> { }
                }
            });
        }
        if (!version[0].startsWith("2.")) {
            throw new ReportFormatException(name, version[0].isEmpty() ? "not a SARIF log: no \"version\""
                    : "SARIF version " + version[0] + " is not supported (2.1.0 is)");
        }
        return new ScanReport(name, ScanReport.Format.SARIF, String.join(", ", tools), "", findings);
    }

    private static void readRuns(JsonStream stream, List<Finding> findings, List<String> tools) throws IOException {
        Map<String, JsonNode> rulesById = new HashMap<>();
        List<JsonNode> rulesByIndex = new ArrayList<>();
        List<Pending> pending = new ArrayList<>();
        stream.arrayOfObjects("runs", (field, s) -> {
            switch (field) {
                case "tool" -> {
                    JsonNode driver = s.tree().path("driver");
                    tools.add(JsonStream.text(driver, "name"));
                    for (JsonNode rule : driver.path("rules")) {
                        rulesById.put(JsonStream.text(rule, "id"), rule);
                        rulesByIndex.add(rule);
                    }
                }
                case "results" -> s.array(field, result -> {
                    if (rulesByIndex.isEmpty() && rulesById.isEmpty()) {
                        pending.add(new Pending(result)); // the tool (and its rules) may come later in the run
                    } else {
                        findings.add(finding(result, rulesById, rulesByIndex));
                    }
                });
                default -> { }
            }
        }, () -> {
            pending.forEach(p -> findings.add(finding(p.result(), rulesById, rulesByIndex)));
            pending.clear();
            rulesById.clear();
            rulesByIndex.clear();
        });
    }

    private static Finding finding(JsonNode result, Map<String, JsonNode> rulesById, List<JsonNode> rulesByIndex) {
        String ruleId = JsonStream.text(result, "ruleId");
        int index = result.path("ruleIndex").asInt(-1);
        JsonNode rule = rulesById.getOrDefault(ruleId,
                index >= 0 && index < rulesByIndex.size() ? rulesByIndex.get(index) : MissingNode.getInstance());
        String message = JsonStream.text(result, "message", "text");
        Map<String, String> facts = new HashMap<>();
        Matcher m = LINE.matcher(message);
        while (m.find()) {
            facts.put(m.group(1), m.group(2).strip());
        }
        OptionalDouble score = OptionalDouble.empty();
        String securitySeverity = JsonStream.text(rule, "properties", "security-severity");
        if (!securitySeverity.isEmpty()) {
            try {
                score = OptionalDouble.of(Double.parseDouble(securitySeverity));
            } catch (NumberFormatException ignored) {
                // not a number: graded by level below
            }
        }
        String level = JsonStream.text(result, "level");
        if (level.isEmpty()) {
            level = JsonStream.text(rule, "defaultConfiguration", "level");
        }
        Severity severity = score.isPresent() ? Severity.ofScore(score.getAsDouble()) : Severity.parse(level.isEmpty() ? "warning" : level);
        JsonNode location = result.path("locations").path(0).path("physicalLocation");
        String title = JsonStream.text(rule, "shortDescription", "text");
        if (title.isEmpty()) {
            title = message.lines().findFirst().orElse("");
        }
        String fixed = facts.getOrDefault("Fixed Version", "");
        return new Finding(facts.containsKey("Package") ? Finding.Kind.VULNERABILITY : Finding.Kind.MISCONFIGURATION,
                severity, ruleId.isEmpty() ? JsonStream.text(rule, "id") : ruleId,
                JsonStream.text(location, "artifactLocation", "uri"), facts.getOrDefault("Package", ""),
                facts.getOrDefault("Installed Version", ""), fixed, title, JsonStream.text(rule, "helpUri"), score,
                location.path("region").path("startLine").asInt(0));
    }
}
