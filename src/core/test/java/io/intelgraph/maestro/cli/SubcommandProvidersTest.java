package io.intelgraph.maestro.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.spi.SLF4JServiceProvider;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SubcommandProvidersTest {

    /** A default subcommand's provider, as the HUD module's is. */
    public static final class DefaultOne implements SubcommandProvider {
        @Override
        public Callable<Integer> create(Main main) {
            return () -> 0;
        }

        @Override
        public boolean isDefault() {
            return true;
        }
    }

    /** Another module's provider, not the default. */
    public static final class Other implements SubcommandProvider {
        @Override
        public Callable<Integer> create(Main main) {
            return () -> 1;
        }
    }

    @TempDir
    Path dir;

    @Test
    void theFirstServiceFileNamesTheDefaultProvider() throws IOException {
        try (URLClassLoader loader = withServiceFile("# the HUD's\n  " + Other.class.getName() + "  # not this one\n\n"
                + DefaultOne.class.getName() + "\n")) {
            SubcommandProviders providers = new SubcommandProviders(loader);

            assertInstanceOf(DefaultOne.class, providers.defaultOne().orElseThrow());
            assertEquals(List.of(Other.class, DefaultOne.class),
                    providers.all().stream().map(Object::getClass).toList());
        }
    }

    @Test
    void withoutADefaultInTheFirstFileTheScanDecides() throws IOException {
        try (URLClassLoader loader = withServiceFile(Other.class.getName() + "\n")) {
            assertTrue(new SubcommandProviders(loader).defaultOne().isEmpty());
        }
        // This module's own class path has no provider at all: neither look-up finds one.
        SubcommandProviders none = new SubcommandProviders(getClass().getClassLoader());
        assertTrue(none.defaultOne().isEmpty());
        assertTrue(none.all().isEmpty());
    }

    @Test
    void aProviderThatCannotBeMadeIsNamed() throws IOException {
        try (URLClassLoader loader = withServiceFile("io.intelgraph.maestro.NoSuchProvider\n")) {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> new SubcommandProviders(loader).defaultOne());
            assertTrue(e.getMessage().startsWith("the subcommand provider io.intelgraph.maestro.NoSuchProvider named in "
                    + "META-INF/services/io.intelgraph.maestro.cli.SubcommandProvider cannot be made"), e.getMessage());
        }
    }

    /**
     * The image names slf4j's binding in jlink/jvm.options rather than have slf4j search every jar for one; a name
     * that does not resolve would have slf4j fall back to no logging at all.
     */
    @Test
    void theLaunchersSlf4jBindingIsOnTheClassPath() throws Exception {
        List<String> named = Files.readAllLines(Path.of("jlink", "jvm.options")).stream().map(String::strip)
                .filter(line -> line.startsWith("-Dslf4j.provider=")).toList();
        assertEquals(1, named.size(), "jvm.options names slf4j's provider once");
        Class<?> provider = Class.forName(named.getFirst().substring("-Dslf4j.provider=".length()));
        assertTrue(SLF4JServiceProvider.class.isAssignableFrom(provider), provider.getName());
    }

    private URLClassLoader withServiceFile(String content) throws IOException {
        Path file = dir.resolve("META-INF/services/" + SubcommandProvider.class.getName());
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        return new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader());
    }
}
