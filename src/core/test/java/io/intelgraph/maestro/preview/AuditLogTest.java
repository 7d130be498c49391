package io.intelgraph.maestro.preview;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.intelgraph.maestro.testing.ChildWriters.Kind;
import io.intelgraph.maestro.testing.ChildWriters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

    @Test
    void controlAndBidiCharactersAreEscapedInTheLineAndTheLog() throws Exception {
        AuditLog audit = new AuditLog(dir, Clock.fixed(Instant.parse("2026-12-02T12:00:00Z"), ZoneOffset.UTC));
        String target = "o/r\u001B[2J\nFORGED\u202Egnp.exe";
        String line = audit.line("oncall@cli", "deploy", target, "ok");
        assertEquals("{\"at\":\"2026-12-02T12:00:00Z\",\"actor\":\"oncall@cli\",\"action\":\"deploy\","
                + "\"target\":\"o/r\\u001B[2J\\nFORGED\\u202Egnp.exe\",\"outcome\":\"ok\"}", line);
        audit.record("oncall@cli", "deploy", target, "ok");
        String written = Files.readString(dir.resolve("audit.log"));
        assertEquals(line + "\n", written, "the log line is the file's line");
        assertFalse(written.chars().anyMatch(c -> c == 0x1B || c == 0x202E), written);
        assertEquals(target, new ObjectMapper().readTree(written).path("target").asText(), "the same text, read back");
    }
}
