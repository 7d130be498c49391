package io.intelgraph.maestro.config;

import io.intelgraph.maestro.testing.ChildWriters.Kind;
import io.intelgraph.maestro.testing.ChildWriters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class LockedFileTest {

    @TempDir
    Path dir;

    @Test
    void threadsAndProcessesUpdatingAtOnceLoseNoUpdate() throws Exception {
        ChildWriters.race(Kind.COUNTER, dir, 2, 4, 40);
        assertEquals("240", Files.readString(dir.resolve("counter")), "2 processes and 4 threads, 40 increments each");
        assertEquals(List.of(), ChildWriters.strays(dir, "counter", "counter.lock"), "no temporary file left");
    }

    @Test
    void threadsAndProcessesAppendingAtOnceLoseAndMixNoLine() throws Exception {
        ChildWriters.race(Kind.APPEND, dir, 2, 4, 40);
        List<String> lines = Files.readAllLines(dir.resolve("lines"));
        assertEquals(240, lines.size());
        Set<String> seen = new HashSet<>();
        for (String line : lines) {
            String[] parts = line.split(" ", -1);
            int i = Integer.parseInt(parts[1]);
            assertEquals("x".repeat(i * 37 % 5000), parts[2], "a whole line, not pieces of two");
            assertTrue(seen.add(parts[0] + " " + i), "each line once: " + parts[0] + " " + i);
        }
    }

    @Test
    void aChangeThatFailsLeavesTheFileAsItWas() throws Exception {
        LockedFile file = new LockedFile(dir.resolve("state.json"));
        file.update(current -> "{\"v\": 1}");
        assertThrows(IllegalStateException.class, () -> file.update(current -> {
            throw new IllegalStateException("refused");
        }));
        assertEquals(Optional.of("{\"v\": 1}"), file.read());
        assertEquals(List.of(), ChildWriters.strays(dir, "state.json", "state.json.lock"));
        // the lock was released: the next change goes through
        assertEquals("{\"v\": 2}", file.update(current -> current.orElseThrow().replace('1', '2')));
    }

    @Test
    void createdFilesAreTheOwnersOnly() throws IOException {
        // Owner-only is a POSIX permission: on a file system without them (Windows) there is nothing to check.
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        new LockedFile(dir.resolve("written")).update(current -> "x");
        new LockedFile(dir.resolve("appended")).append("x\n");
        for (String name : List.of("written", "appended", "written.lock")) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(name))), name);
        }
    }
}
