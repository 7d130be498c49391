package io.intelgraph.maestro.model.evidence;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A JUnit-XML test report (Surefire, Gradle, pytest, Jest, go-junit-report, …) as the Tests panel shows it. */
public record TestReport(String file, List<TestCaseResult> cases) {

    public TestReport {
        cases = List.copyOf(cases);
    }

    public record SuiteSummary(String name, Map<TestOutcome, Integer> counts, Duration time) {
    }

    /** Cases per outcome, every outcome present. */
    public Map<TestOutcome, Integer> counts() {
        return countByOutcome(cases);
    }

    /** Any cases per outcome, every outcome present (zero when none). */
    public static Map<TestOutcome, Integer> countByOutcome(List<TestCaseResult> cases) {
        Map<TestOutcome, Integer> counts = new EnumMap<>(TestOutcome.class);
        for (TestOutcome o : TestOutcome.values()) {
            counts.put(o, 0);
        }
        cases.forEach(c -> counts.merge(c.outcome(), 1, Integer::sum));
        return counts;
    }

    public Duration totalTime() {
        return totalTime(cases);
    }

    private static Duration totalTime(List<TestCaseResult> cases) {
        return cases.stream().map(TestCaseResult::time).reduce(Duration.ZERO, Duration::plus);
    }

    /** Failed and errored cases first, then flaky ones: what a release manager reads first. */
    public List<TestCaseResult> failuresFirst() {
        return cases.stream().filter(c -> c.outcome().broken() || c.outcome() == TestOutcome.FLAKY)
                .sorted(Comparator.comparing(TestCaseResult::outcome)).toList();
    }

    public List<SuiteSummary> suites() {
        Map<String, List<TestCaseResult>> bySuite = new LinkedHashMap<>();
        cases.forEach(c -> bySuite.computeIfAbsent(c.suite(), k -> new ArrayList<>()).add(c));
        return bySuite.entrySet().stream().map(e -> new SuiteSummary(e.getKey(), countByOutcome(e.getValue()),
                totalTime(e.getValue()))).toList();
    }
}
