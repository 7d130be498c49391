package io.intelgraph.maestro.ui.notify;

import io.intelgraph.maestro.config.ConfigLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** notify.* from config.properties, overridden by the environment, as every other setting. */
class NotifySettingsTest {

    @TempDir
    Path dir;

    @Test
    void theDefaultIsMineThroughTheTrayWhereThereIsOne() {
        assertEquals(new NotifySettings("mine", Optional.empty(), false), NotifySettings.load(new ConfigLoader(Map.of(), dir)));
    }

    @Test
    void theFileSaysWhatToFollowAndTheEnvironmentWins() throws Exception {
        Files.writeString(dir.resolve("config.properties"), """
                notify.follow = my-prs
                notify.user = elena-r
                notify.where = window
                """);
        assertEquals(new NotifySettings("my-prs", Optional.of("elena-r"), true),
                NotifySettings.load(new ConfigLoader(Map.of(), dir)));
        assertEquals(new NotifySettings("filter:billing main", Optional.of("elena-r"), true),
                NotifySettings.load(new ConfigLoader(Map.of("MAESTRO_NOTIFY_FOLLOW", "filter:billing main"), dir)));
    }

    @Test
    void anUnknownPlaceIsRefusedInWords() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NotifySettings.load(new ConfigLoader(Map.of("MAESTRO_NOTIFY_WHERE", "tray-only"), dir)));
        assertEquals("notify.where: \"tray-only\" is not auto or window", e.getMessage());
    }
}
