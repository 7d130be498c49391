package io.intelgraph.maestro.cli;

import io.intelgraph.maestro.github.TokenSource;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

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

    @Test
    void aRunThatOpensTheWindowBuildsOnlyItsCommandAndAnyOtherEveryCommand() {
        assertTrue(Main.opensTheWindow(new String[0]));
        assertTrue(Main.opensTheWindow(new String[] {"gui", "--sim"}));
        assertFalse(Main.opensTheWindow(new String[] {"status", "--sim"}));
        assertFalse(Main.opensTheWindow(new String[] {"--help"}));
        assertFalse(Main.opensTheWindow(new String[] {"-V"}));
        assertFalse(Main.opensTheWindow(new String[] {"gui", "--sim", "--help"}), "help is printed, no window is opened");
        Main main = new Main(Map.of(), new TokenSource(Map.of(), false), new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()));
        // This module has no window: the window's run has help alone, any other run every command, help last.
        assertEquals(List.of("help"), List.copyOf(Main.commandLine(main, true).getSubcommands().keySet()));
        assertEquals(List.of("status", "preview", "policy", "inspect", "distill", "teachers", "hub", "release", "slo",
                "auth", "help"), List.copyOf(Main.commandLine(main).getSubcommands().keySet()));
    }

    @Test
    void theUsageStillListsEveryCommand() {
        CliRun run = CliRun.run("--help");
        assertEquals(0, run.exit());
        for (String command : List.of("status", "preview", "policy", "inspect", "distill", "teachers", "hub", "release",
                "slo", "auth", "help")) {
            assertTrue(run.out().contains("  " + command + " "), command + " in\n" + run.out());
        }
    }
}
