package io.intelgraph.maestro.preview;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.intelgraph.maestro.testing.ChildWriters;
import io.intelgraph.maestro.testing.ChildWriters.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuditLogTest {

    @TempDir
    Path dir;

    @Test
    void appendsAtOnceFromThreadsAndProcessesLoseNoLine() throws Exception {
        ChildWriters.race(Kind.AUDIT, dir, 2, 4, 40);
        List<String> lines = Files.readAllLines(dir.resolve("audit.log"));
        assertEquals(240, lines.size());
        ObjectMapper json = new ObjectMapper();
        Set<String> seen = new HashSet<>();
        for (String line : lines) {
            JsonNode entry = json.readTree(line);
            int i = Integer.parseInt(entry.path("target").asText().substring("pr-".length()));
            assertEquals("ok: " + "y".repeat(i * 53 % 3000), entry.path("outcome").asText(), "a whole line");
            assertTrue(seen.add(entry.path("actor").asText() + " " + i), line);
        }
    }

    @Test
    void theActorIsTheOsUserWhenUserIsUnset() {
        assertEquals("oncall@cli", AuditLog.actor(Map.of("USER", "oncall"), "svc", "cli"));
        assertEquals("svc@cli", AuditLog.actor(Map.of(), "svc", "cli"), "no USER (cron, a service): the OS user name");
        assertEquals("svc@hud", AuditLog.actor(Map.of("USER", " "), "svc", "hud"));
        assertEquals("ann@cli", AuditLog.actor(Map.of("USERNAME", "ann"), "svc", "cli"), "Windows");
        assertEquals("someone on build-7@cli", AuditLog.actor(Map.of("HOSTNAME", "build-7"), "", "cli"));
        assertEquals(System.getProperty("user.name") + "@cli", AuditLog.actor(Map.of(), "cli"));
    }
}
