package io.intelgraph.maestro.supplychain;

import io.intelgraph.maestro.model.evidence.TestCaseResult;
import io.intelgraph.maestro.model.evidence.TestOutcome;
import io.intelgraph.maestro.model.evidence.TestReport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads JUnit XML in the dialects CI tools write (Surefire/Failsafe with re-run elements, Gradle,
 * pytest, Jest, mocha, go-junit-report, Catch2's {@code status}), streaming with StAX. A test that
 * appears more than once (re-runs) and both failed and passed is FLAKY.
 */
public final class JUnitReader {

    /** A trace longer than this is cut: the panel shows the top of it, the file has the rest. */
    static final int MAX_TRACE = 64 * 1024;

    private static final XMLInputFactory XML = XMLInputFactory.newFactory();

    static {
        // Reports come from CI artifacts: no DTDs, no external entities.
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        // With no DTD there are no entities to explode; what remains counted are the built-in ones
        // (&lt; &amp; …), and big reports with long traces hold more than the JDK's default 100,000.
        XML.setProperty("jdk.xml.maxGeneralEntitySizeLimit", 0);
        XML.setProperty("jdk.xml.totalEntitySizeLimit", 0);
    }

    public TestReport read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(file.getFileName().toString(), in);
        }
    }

    /** A test's identity in the report: re-runs of it share it. */
    private record CaseKey(String suite, String className, String name) {
    }

    public TestReport read(String name, InputStream in) throws IOException {
        Map<CaseKey, TestCaseResult> cases = new LinkedHashMap<>();
        // Suite and class names repeat for every case: one copy each keeps a 100 MB report's heap small.
        Map<String, String> names = new HashMap<>();
        XMLStreamReader xml = null;
        try {
            xml = XML.createXMLStreamReader(in);
            Deque<String> suites = new ArrayDeque<>();
            boolean sawRoot = false;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String element = xml.getLocalName();
                    if (!sawRoot && !element.equals("testsuites") && !element.equals("testsuite")) {
                        throw new ReportFormatException(name, "not a JUnit XML report: the root element is <" + element + ">");
                    }
                    sawRoot = true;
                    if (element.equals("testsuite")) {
                        suites.push(names.computeIfAbsent(attribute(xml, "name"), k -> k));
                    } else if (element.equals("testcase")) {
                        merge(cases, testCase(xml, suites.isEmpty() ? "" : suites.peek(), names));
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("testsuite")) {
                    suites.pop();
                }
            }
            if (!sawRoot) {
                throw new ReportFormatException(name, "not a JUnit XML report: no <testsuites> or <testsuite>");
            }
        } catch (XMLStreamException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNumber() + ", column "
                    + e.getLocation().getColumnNumber();
            throw new ReportFormatException(name, "not well-formed XML" + where + ": " + firstLine(e.getMessage()), e);
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException ignored) {
                    // closing after a parse error; the error above is the one to report
                }
            }
        }
        return new TestReport(name, new ArrayList<>(cases.values()));
    }

    /** Reads one {@code <testcase>} up to its end tag. */
    private static TestCaseResult testCase(XMLStreamReader xml, String suite, Map<String, String> names)
            throws XMLStreamException {
        String className = names.computeIfAbsent(attribute(xml, "classname"), k -> k);
        String name = attribute(xml, "name");
        Duration time = seconds(attribute(xml, "time"));
        TestOutcome outcome = switch (attribute(xml, "status").toLowerCase(Locale.ROOT)) {
            case "disabled", "skipped", "notrun" -> TestOutcome.SKIPPED;
            default -> TestOutcome.PASSED;
        };
        String message = "";
        StringBuilder trace = new StringBuilder();
        int reruns = 0;
        int depth = 1;
        String capturing = null;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                String element = xml.getLocalName();
                TestOutcome found = switch (element) {
                    case "failure" -> TestOutcome.FAILED;
                    case "error" -> TestOutcome.ERROR;
                    case "skipped" -> TestOutcome.SKIPPED;
                    default -> null;
                };
                boolean rerun = element.startsWith("flaky") || element.startsWith("rerun");
                if (found != null && (outcome == TestOutcome.PASSED || outcome == TestOutcome.SKIPPED
                        || found.compareTo(outcome) < 0)) {
                    outcome = found;
                }
                if (rerun) {
                    reruns++;
                }
                if ((found == TestOutcome.FAILED || found == TestOutcome.ERROR || rerun) && message.isEmpty()
                        && trace.isEmpty()) {
                    message = attribute(xml, "message");
                    capturing = element;
                } else if (found == TestOutcome.SKIPPED && message.isEmpty()) {
                    message = attribute(xml, "message");
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                if (xml.getLocalName().equals(capturing)) {
                    capturing = null;
                }
            } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) && capturing != null
                    && trace.length() < MAX_TRACE) {
                String text = xml.getText();
                trace.append(text, 0, Math.min(text.length(), MAX_TRACE - trace.length()));
            }
        }
        // Surefire's flakyFailure/flakyError: failed, then passed on a re-run in the same build.
        if (reruns > 0 && outcome == TestOutcome.PASSED) {
            outcome = TestOutcome.FLAKY;
        }
        return new TestCaseResult(suite, className, name, time, outcome, message, stripped(trace), 1 + reruns);
    }

    /** The same test seen again (a re-run written as another testcase): failed once and passed once is FLAKY. */
    private static void merge(Map<CaseKey, TestCaseResult> cases, TestCaseResult next) {
        CaseKey key = new CaseKey(next.suite(), next.className(), next.name());
        TestCaseResult seen = cases.get(key);
        if (seen == null) {
            cases.put(key, next);
            return;
        }
        boolean passedOnce = seen.outcome() == TestOutcome.PASSED || next.outcome() == TestOutcome.PASSED
                || seen.outcome() == TestOutcome.FLAKY || next.outcome() == TestOutcome.FLAKY;
        boolean brokeOnce = seen.outcome().broken() || next.outcome().broken() || seen.outcome() == TestOutcome.FLAKY
                || next.outcome() == TestOutcome.FLAKY;
        TestCaseResult failure = seen.outcome().broken() || seen.outcome() == TestOutcome.FLAKY ? seen : next;
        TestOutcome outcome = passedOnce && brokeOnce ? TestOutcome.FLAKY
                : seen.outcome().compareTo(next.outcome()) <= 0 ? seen.outcome() : next.outcome();
        cases.put(key, new TestCaseResult(seen.suite(), seen.className(), seen.name(), seen.time().plus(next.time()),
                outcome, failure.message(), failure.trace(), seen.attempts() + next.attempts()));
    }

    /** The trace without surrounding blanks, copied once (most cases have none: the shared "" then). */
    private static String stripped(StringBuilder trace) {
        int from = 0;
        int to = trace.length();
        while (from < to && Character.isWhitespace(trace.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(trace.charAt(to - 1))) {
            to--;
        }
        return from == to ? "" : trace.substring(from, to);
    }

    private static String attribute(XMLStreamReader xml, String name) {
        String value = xml.getAttributeValue(null, name);
        return value == null ? "" : value;
    }

    /** JUnit times are seconds as decimals ("0.683", "3.320000", "1,234.5" from some locales); odd ones count as zero. */
    private static Duration seconds(String text) {
        try {
            return text.isBlank() ? Duration.ZERO
                    : Duration.ofNanos(Math.round(Double.parseDouble(text.replace(",", "")) * 1_000_000_000L));
        } catch (NumberFormatException e) {
            return Duration.ZERO;
        }
    }

    private static String firstLine(String message) {
        String m = message == null ? "" : message;
        int cut = m.indexOf("\nMessage: ");
        return (cut >= 0 ? m.substring(cut + "\nMessage: ".length()) : m).lines().findFirst().orElse("").strip();
    }
}
