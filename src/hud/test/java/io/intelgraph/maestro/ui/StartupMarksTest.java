package io.intelgraph.maestro.ui;

import org.junit.jupiter.api.Test;

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
}
