package io.intelgraph.maestro.policy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** --data as OPA's loader reads it. */
class PolicyDataTest {

    @Test
    void aListBelowADirectoryIsPlacedAtItsFoldersPath(@TempDir Path dir) throws IOException {
        // As GoogleCloudPlatform/policy-library's fixtures: validator/test/fixtures/<rule>/assets/data.json holds a list.
        Path assets = Files.createDirectories(dir.resolve("test/fixtures/rule/assets"));
        Files.writeString(assets.resolve("data.json"), "[{\"name\": \"a\"}, {\"name\": \"b\"}]");
        Map<String, Object> data = PolicyData.load(List.of(dir));
        Map<?, ?> rule = (Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) data.get("test")).get("fixtures")).get("rule");
        assertEquals(List.of(Map.of("name", "a"), Map.of("name", "b")), rule.get("assets"));
    }

    @Test
    void aListAtTheTopLevelIsStillAnError(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("data.json"), "[1, 2]");
        IOException e = assertThrows(IOException.class, () -> PolicyData.load(List.of(file)));
        assertTrue(e.getMessage().contains("must hold an object at its top level"), e.getMessage());
    }

    @Test
    void aListWhereAnObjectAlreadyIsAConflictNamingBothFiles(@TempDir Path dir) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("a"));
        Files.writeString(folder.resolve("one.json"), "[1]");
        Files.writeString(folder.resolve("two.json"), "[2]");
        IOException e = assertThrows(IOException.class, () -> PolicyData.load(List.of(dir)));
        assertTrue(e.getMessage().contains("data.a is given twice") && e.getMessage().contains("one.json")
                && e.getMessage().contains("two.json"), e.getMessage());
    }
}
