package io.intelgraph.maestro.supplychain;

import io.intelgraph.maestro.model.evidence.TestCaseResult;
import io.intelgraph.maestro.model.evidence.TestOutcome;
import io.intelgraph.maestro.model.evidence.TestReport;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** JUnit XML written by Surefire, pytest, mocha, go-junit-report and Catch2 (see supplychain/SOURCE.md). */
class JUnitReaderTest {

    private static final Path DIR = Path.of("src/core/test/resources/supplychain/junit");
    private final JUnitReader reader = new JUnitReader();

    private static Map<TestOutcome, Integer> counts(int failed, int error, int flaky, int skipped, int passed) {
        return Map.of(TestOutcome.FAILED, failed, TestOutcome.ERROR, error, TestOutcome.FLAKY, flaky,
                TestOutcome.SKIPPED, skipped, TestOutcome.PASSED, passed);
    }

    @Test
    void surefireFailuresWithMessageAndTrace() throws IOException {
        TestReport report = reader.read(DIR.resolve("surefire-CalcUtilsTest.xml"));
        assertEquals(counts(2, 0, 0, 0, 0), report.counts());
        TestCaseResult first = report.cases().get(0);
        assertEquals("action.surefire.report.calc.CalcUtilsTest", first.suite());
        assertEquals("test error handling", first.name());
        assertEquals("unexpected exception type thrown; expected:<java.lang.IllegalStateException> but was:<java.lang.IllegalArgumentException>",
                first.message());
        assertTrue(first.trace().startsWith("java.lang.AssertionError: unexpected exception type thrown"), first.trace());
    }

    @Test
    void surefireFlakyFailureIsFlaky() throws IOException {
        TestReport report = reader.read(DIR.resolve("surefire-flaky.xml"));
        assertEquals(counts(0, 0, 1, 0, 0), report.counts());
        TestCaseResult flaky = report.cases().get(0);
        assertEquals(2, flaky.attempts());
        assertEquals(Duration.ofMillis(683), flaky.time());
        assertTrue(flaky.trace().startsWith("java.lang.AssertionError:"), flaky.trace());
        assertTrue(flaky.message().contains("Expected: <false>"), flaky.message());
    }

    @Test
    void pytestAndMochaAndNestedSuites() throws IOException {
        TestReport pytest = reader.read(DIR.resolve("pytest.xml"));
        assertEquals(counts(2, 0, 0, 0, 2), pytest.counts());
        assertEquals("AttributeError: 'dict' object has no attribute 'attr'", pytest.failuresFirst().get(1).message());
        assertEquals("pytest", pytest.suites().get(0).name());

        assertEquals(counts(0, 0, 0, 0, 1), reader.read(DIR.resolve("mocha.xml")).counts());

        TestReport nested = reader.read(DIR.resolve("nested-multi-level.xml"));
        assertEquals(counts(0, 0, 0, 0, 3), nested.counts());
        assertEquals(2, nested.suites().size());
        assertEquals("ABC-0045: Multi-User Chat", nested.suites().get(1).name());
        assertEquals(Duration.ofMillis(100), nested.totalTime());
    }

    @Test
    void gradleReportsWithSystemOutAndAFailure() throws IOException {
        TestReport passed = reader.read(DIR.resolve("gradle-TEST-ApplicationTests.xml"));
        assertEquals(counts(0, 0, 0, 0, 1), passed.counts());
        assertEquals(Duration.ofMillis(228), passed.totalTime());
        assertEquals("", passed.cases().get(0).trace(), "system-out is not a trace");
        TestReport failed = reader.read(DIR.resolve("gradle-TEST-MessageServiceTest.xml"));
        TestCaseResult testGet = failed.cases().get(0);
        assertEquals(TestOutcome.FAILED, testGet.outcome());
        assertEquals("testGet()", testGet.name());
        assertEquals("org.opentest4j.AssertionFailedError: expected: <Hello JUnit 5> but was: <abcde>", testGet.message());
        assertTrue(testGet.trace().contains("at com.gradle.example.application.MessageServiceTest.testGet(MessageServiceTest.java:11)"));
    }

    @Test
    void jestJunitWithTracesAndNoMessageAttribute() throws IOException {
        TestReport jest = reader.read(DIR.resolve("jest-junit.xml"));
        assertEquals(counts(4, 0, 0, 1, 1), jest.counts());
        TestCaseResult failing = jest.failuresFirst().get(0);
        assertEquals("Test 1 › Test 1.1", failing.className());
        assertEquals("Failing test", failing.name());
        assertEquals("", failing.message());
        assertTrue(failing.trace().startsWith("Error: expect(received).toBeTruthy()"), failing.trace());
    }

    @Test
    void aRetryThatPassedIsFlakyAndSkipsCount() throws IOException {
        TestReport report = reader.read(DIR.resolve("go-junit-report-retry.xml"));
        assertEquals(counts(0, 0, 1, 1, 1), report.counts());
        TestCaseResult race = report.failuresFirst().get(0);
        assertEquals("TestWebSocketReconnectRace", race.name());
        assertEquals(TestOutcome.FLAKY, race.outcome());
        assertEquals(2, race.attempts());
        assertEquals("Failed", race.message());
        assertEquals(Duration.ofMillis(11_100), race.time());
    }

    @Test
    void errorsAndCatch2Status() throws IOException {
        TestReport errors = reader.read(DIR.resolve("multiple-errors.xml"));
        assertEquals(counts(1, 1, 0, 0, 1), errors.counts(), "a failure and an error in one case is a failure");
        assertEquals("First timeout", errors.cases().get(0).message());

        TestReport catch2 = reader.read(DIR.resolve("catch2-disabled.xml"));
        assertEquals(22, catch2.cases().size());
        assertEquals(10, catch2.counts().get(TestOutcome.SKIPPED), "status='disabled'");
        assertEquals(counts(4, 2, 0, 10, 6), catch2.counts());
    }

    /** Long traces are full of &lt; and &amp;: more than the JDK parser's default 100,000 of them must still read. */
    @Test
    void manyEscapedCharactersAreNotALimit() throws IOException {
        String trace = "a &lt; b &amp;&amp; c &gt; d\n".repeat(40_000);
        String xml = "<testsuite name=\"s\"><testcase name=\"t\" classname=\"C\"><failure message=\"m\">" + trace
                + "</failure></testcase></testsuite>";
        TestReport report = reader.read("big.xml", new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        assertEquals(TestOutcome.FAILED, report.cases().get(0).outcome());
        int kept = report.cases().get(0).trace().length();
        assertTrue(kept <= JUnitReader.MAX_TRACE && kept >= JUnitReader.MAX_TRACE - 1, "kept to the cap: " + kept);
    }

    @Test
    void aTruncatedReportNamesTheFileAndLine() {
        ReportFormatException e = assertThrows(ReportFormatException.class,
                () -> reader.read(DIR.resolve("corrupt-surefire.xml")));
        assertEquals("corrupt-surefire.xml", e.file());
        assertTrue(e.problem().startsWith("not well-formed XML at line "), e.problem());
        ReportFormatException html = assertThrows(ReportFormatException.class, () -> reader.read("index.html",
                new ByteArrayInputStream("<html><body/></html>".getBytes(StandardCharsets.UTF_8))));
        assertEquals("index.html: not a JUnit XML report: the root element is <html>", html.getMessage());
    }
}
