package io.intelgraph.maestro.ui;

import io.intelgraph.maestro.cli.SubcommandProvider;
import io.intelgraph.maestro.cli.SubcommandProviders;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** The window's subcommand is found without the class-path scan, and the scan agrees. */
class GuiCommandProviderTest {

    @Test
    void theFirstServiceFileOnTheClassPathIsTheWindows() {
        SubcommandProviders providers = new SubcommandProviders(getClass().getClassLoader());

        assertInstanceOf(GuiCommand.Provider.class, providers.defaultOne().orElseThrow());
        List<SubcommandProvider> defaults = providers.all().stream().filter(SubcommandProvider::isDefault).toList();
        assertEquals(List.of(GuiCommand.Provider.class), defaults.stream().map(Object::getClass).toList());
    }
}
