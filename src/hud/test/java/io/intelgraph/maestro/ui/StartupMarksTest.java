package io.intelgraph.maestro.ui;

import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

class StartupMarksTest {

    @Test
    void marksAreListedInTheOrderReachedWithTheProcesssAge() {
        StartupMarks.mark("first-of-test");
        StartupMarks.mark("second-of-test");
        String summary = StartupMarks.summary();
        assertTrue(Pattern.compile("first-of-test \\d+ ms, second-of-test \\d+ ms").matcher(summary).find(), summary);
    }

    @Test
    void theCpuTimeSoFarIsInSecondsAndGrowsWithWork() {
        double before = seconds(StartupMarks.cpuSoFar());
        long spin = System.nanoTime() + 200_000_000L;
        long sum = 0;
        while (System.nanoTime() < spin) {
            sum += System.nanoTime() % 7;
        }
        double after = seconds(StartupMarks.cpuSoFar());
        assertTrue(before > 0 && after >= before + 0.1, before + " then " + after + " CPU s (" + sum + ")");
    }

    private static double seconds(String cpu) {
        Matcher m = Pattern.compile("^(\\d+\\.\\d\\d) CPU s$").matcher(cpu);
        assertTrue(m.matches(), cpu);
        return Double.parseDouble(m.group(1));
    }
}
