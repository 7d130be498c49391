package io.intelgraph.maestro.ui;

import io.intelgraph.maestro.cli.CliRun;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The HUD module adds {@code gui} to the core's {@code maestro} through ServiceLoader. */
class GuiCommandTest {

    @Test
    void theHudModuleAddsGuiToTheCoresCommandLine() {
        CliRun top = CliRun.run("--help");
        assertEquals(0, top.exit());
        assertTrue(top.out().contains("gui") && top.out().contains("Open the HUD"), top.out());
        CliRun gui = CliRun.run(Map.of(), "", "gui", "--help");
        assertEquals(0, gui.exit());
        assertTrue(gui.out().contains("--wall") && gui.out().contains("--github-api-url"), gui.out());
    }
}
