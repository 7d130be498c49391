package io.intelgraph.maestro.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.intelgraph.maestro.config.ConfigLoader;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Any config.properties: a HudConfig, or IllegalArgumentException (what the CLI reports as a usage
 * error) whose message names the file — never another exception.
 */
class ConfigLoaderFuzzTest {

    private static final ConfigLoader.Flags NO_FLAGS = new ConfigLoader.Flags(null, null, null, null, null, null,
            null, null);

    /** One directory for every input of the run; JUnit makes and removes it. */
    @TempDir
    static Path configDir;

    @FuzzTest(maxDuration = "2m")
    @Timeout(5)
    void load(byte[] properties) throws Exception {
        Files.write(configDir.resolve("config.properties"), properties);
        ConfigLoader loader = new ConfigLoader(Map.of(), configDir);
        try {
            assertNotNull(loader.load(NO_FLAGS));
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage().contains("config.properties"), e.getMessage());
        }
    }
}
