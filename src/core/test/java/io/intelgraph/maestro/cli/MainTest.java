package io.intelgraph.maestro.cli;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What every command shares: how a usage error is told. */
class MainTest {

    @Test
    void aUsageErrorShowsTheArgumentEscapedThenTheUsage() {
        CliRun run = CliRun.run("status", "--state", "bad\u001B[2J\nFORGED");
        assertEquals(2, run.exit());
        String first = run.err().lines().findFirst().orElseThrow();
        assertTrue(first.startsWith("Invalid value for option '--state' (STATE): "), run.err());
        assertTrue(first.contains("bad\\u001B[2J\\nFORGED"), run.err());
        assertFalse(run.err().contains("\u001B"), "no raw ESC: " + run.err());
        assertFalse(run.err().lines().anyMatch(l -> l.startsWith("FORGED")), run.err());
        assertTrue(run.err().contains("Usage: maestro status"), "the usage follows, as picocli's own handler does: " + run.err());
    }

    @Test
    void anUnknownOptionStillGetsPicocliSuggestions() {
        CliRun run = CliRun.run("status", "--stat\u001B[2J");
        assertEquals(2, run.exit());
        assertTrue(run.err().startsWith("Unknown option: '--stat\\u001B[2J'"), run.err());
        assertTrue(run.err().contains("Possible solutions: --state"), run.err());
    }
}
