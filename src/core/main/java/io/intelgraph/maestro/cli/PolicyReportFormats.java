package io.intelgraph.maestro.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.intelgraph.maestro.model.policy.PolicyFinding;
import io.intelgraph.maestro.model.policy.PolicyReport;
import io.intelgraph.maestro.text.TerminalText;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;

/** How {@code policy check} prints a report: conftest's standard output, its JSON, GitHub annotations, JUnit XML. */
final class PolicyReportFormats {

    private PolicyReportFormats() {
    }

    /** conftest's standard output: FAIL/WARN/EXCP lines, then its summary with conftest's counts. */
    static String table(PolicyReport report) {
        StringBuilder out = new StringBuilder();
        for (PolicyFinding f : report.findings()) {
            out.append(switch (f.severity()) {
                case DENY -> "FAIL";
                case WARN -> "WARN";
                case EXCEPTION -> "EXCP";
            }).append(" - ").append(TerminalText.escape(f.file())).append(f.line() > 0 ? ":" + f.line() : "").append(" - ")
                    .append(TerminalText.escape(f.namespace())).append(" - ").append(TerminalText.escape(f.message())).append('\n');
        }
        return out.append('\n').append(summary(report)).toString();
    }

    /** conftest's last line: {@code 5 tests, 4 passed, 1 warning, 0 failures, 0 exceptions}. */
    private static String summary(PolicyReport report) {
        long tests = report.tests();
        return String.format("%d %s, %d passed, %d %s, %d %s, %d %s%n", tests, plural("test", tests),
                report.successes(), report.warnings(), plural("warning", report.warnings()), report.denies(),
                plural("failure", report.denies()), report.exceptions(), plural("exception", report.exceptions()));
    }

    static String plural(String word, long count) {
        return count == 1 ? word : word + "s";
    }

    /**
     * GitHub Actions workflow commands: each deny an {@code ::error}, each warning a {@code ::warning}, each
     * exception a {@code ::notice}, on the file and line they concern, so a pull request shows them inline.
     */
    static String github(PolicyReport report) {
        StringBuilder out = new StringBuilder();
        for (PolicyFinding f : report.findings()) {
            out.append("::").append(switch (f.severity()) {
                case DENY -> "error";
                case WARN -> "warning";
                case EXCEPTION -> "notice";
            }).append(" file=").append(githubProperty(f.file())).append(f.line() > 0 ? ",line=" + f.line() : "")
                    .append(",title=").append(githubProperty("policy " + f.namespace())).append("::")
                    .append(githubData(f.message())).append('\n');
        }
        report.errors().forEach(e -> out.append("::error title=policy check::").append(githubData(e)).append('\n'));
        return out.append(summary(report)).toString();
    }

    /** The escaping GitHub's workflow commands require of a message … */
    private static String githubData(String text) {
        // The log shows the rest as it is, so other control characters (ANSI colours) are escaped as on a terminal.
        return TerminalText.escape(text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"));
    }

    /** … and, more, of a property value. */
    private static String githubProperty(String text) {
        return githubData(text).replace(":", "%3A").replace(",", "%2C");
    }

    /** JUnit XML for CI test reports: a test case per file and namespace, failed by its denies. */
    static String junit(PolicyReport report) throws Exception {
        var text = new StringWriter();
        var xml = XMLOutputFactory.newInstance().createXMLStreamWriter(text);
        Map<String, List<PolicyFinding>> byFile = new LinkedHashMap<>();
        report.checked().forEach(c -> byFile.putIfAbsent(c.file() + " - " + c.namespace(), new ArrayList<>()));
        report.findings().forEach(f -> byFile.computeIfAbsent(f.file() + " - " + f.namespace(), k -> new ArrayList<>()).add(f));
        long failed = byFile.values().stream().filter(fs -> fs.stream().anyMatch(f -> f.severity() == PolicyFinding.Severity.DENY))
                .count();
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("testsuites");
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", "policy check");
        xml.writeAttribute("tests", String.valueOf(byFile.size() + report.errors().size()));
        xml.writeAttribute("failures", String.valueOf(failed));
        xml.writeAttribute("errors", String.valueOf(report.errors().size()));
        for (var entry : byFile.entrySet()) {
            xml.writeStartElement("testcase");
            xml.writeAttribute("classname", "policy");
            xml.writeAttribute("name", entry.getKey());
            List<PolicyFinding> denies = entry.getValue().stream().filter(f -> f.severity() == PolicyFinding.Severity.DENY)
                    .toList();
            if (!denies.isEmpty()) {
                xml.writeStartElement("failure");
                xml.writeAttribute("message", denies.size() + (denies.size() == 1 ? " deny" : " denies"));
                xml.writeCharacters(denies.stream().map(f -> (f.line() > 0 ? "line " + f.line() + ": " : "") + f.message())
                        .collect(Collectors.joining("\n")));
                xml.writeEndElement();
            }
            List<String> others = entry.getValue().stream().filter(f -> f.severity() != PolicyFinding.Severity.DENY)
                    .map(f -> (f.severity() == PolicyFinding.Severity.WARN ? "WARN " : "EXCP ") + f.message()).toList();
            if (!others.isEmpty()) {
                xml.writeStartElement("system-out");
                xml.writeCharacters(String.join("\n", others));
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        for (String error : report.errors()) {
            xml.writeStartElement("testcase");
            xml.writeAttribute("classname", "policy");
            xml.writeAttribute("name", error.contains(": ") ? error.substring(0, error.indexOf(": ")) : error);
            xml.writeStartElement("error");
            xml.writeAttribute("message", error);
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return text + "\n";
    }

    /** conftest's {@code --output json}: every file checked, its successes, and what its rules said. */
    static String json(PolicyReport report) throws Exception {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        Map<String, ObjectNode> files = new LinkedHashMap<>();
        ArrayNode array = json.createArrayNode();
        BiFunction<String, String, ObjectNode> entry = (file, namespace) ->
                files.computeIfAbsent(file + "\u0000" + namespace, k -> {
                    ObjectNode node = array.addObject();
                    node.put("filename", file);
                    node.put("namespace", namespace);
                    node.put("successes", 0);
                    return node;
                });
        report.checked().forEach(c -> {
            ObjectNode node = entry.apply(c.file(), c.namespace());
            node.put("successes", node.get("successes").asInt() + c.successes());
        });
        for (PolicyFinding f : report.findings()) {
            ObjectNode node = entry.apply(f.file(), f.namespace());
            String kind = switch (f.severity()) {
                case DENY -> "failures";
                case WARN -> "warnings";
                case EXCEPTION -> "exceptions";
            };
            ObjectNode item = (node.has(kind) ? (ArrayNode) node.get(kind) : node.putArray(kind)).addObject();
            item.put("msg", f.message());
            if (f.severity() != PolicyFinding.Severity.EXCEPTION) {
                // the rule that said it, as conftest's results name it
                ObjectNode metadata = item.putObject("metadata");
                metadata.put("query", "data." + f.namespace() + "." + f.rule());
                if (f.line() > 0) {
                    metadata.put("line", f.line());
                }
            }
        }
        return json.writeValueAsString(array) + "\n";
    }
}
