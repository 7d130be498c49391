package io.intelgraph.maestro.config;

import io.intelgraph.maestro.testing.ChildWriters.Kind;
import io.intelgraph.maestro.testing.ChildWriters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

    /**
     * Another process stopped while it holds the lock (here: asleep in its change): a writer gives up after the time it
     * was given and says why, rather than waiting without end.
     */
    @Test
    void aLockHeldByAnotherProcessIsWaitedForAtMostTheTimeGiven() throws Exception {
        Process holder = ChildWriters.spawn(Kind.HOLD, dir, "holder", 60_000, Instant.now());
        try {
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (!Files.exists(dir.resolve("held")) && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertTrue(Files.exists(dir.resolve("held")), "the child took the lock");
            long started = System.nanoTime();

            IOException e = assertThrows(IOException.class,
                    () -> new LockedFile(dir.resolve("counter")).update(current -> "1", Duration.ofMillis(800)));

            Duration waited = Duration.ofNanos(System.nanoTime() - started);
            assertTrue(waited.compareTo(Duration.ofMillis(800)) >= 0 && waited.compareTo(Duration.ofSeconds(10)) < 0,
                    waited.toString());
            assertEquals("counter has been locked for 800 ms by another process (or one stopped while it held the lock);"
                    + " not waiting longer", e.getMessage());
            assertFalse(Files.exists(dir.resolve("counter")), "nothing written");
        } finally {
            holder.destroyForcibly().waitFor();
        }
    }

    /** A writer killed between writing its temporary file and renaming it left the file; the next writer removes it. */
    @Test
    void aKilledWritersTemporaryIsRemovedByTheNextWriterAndNoOtherFileIs() throws Exception {
        Files.writeString(dir.resolve(".counter.123.tmp"), "left by a killed writer");
        Files.writeString(dir.resolve(".counter2.5.tmp"), "another file's, under another lock");
        Files.writeString(dir.resolve(".counter.notes.tmp"), "not a temporary of ours");

        new LockedFile(dir.resolve("counter")).update(current -> "1");

        assertEquals(List.of(".counter.notes.tmp", ".counter2.5.tmp"),
                ChildWriters.strays(dir, "counter", "counter.lock").stream().sorted().toList());
    }

    /** A cache's content that cannot be read as one is no content, and the next change replaces it; nothing hangs. */
    @Test
    void aCacheThatCannotBeReadAsOneIsReadAsNoneAndReplaced() throws Exception {
        Path cache = dir.resolve("cache.json");
        Files.write(cache, new byte[] {'{', (byte) 0xff, '}'});
        assertEquals(Optional.empty(), LockedFile.cache(cache, 1024).read(), "not UTF-8");
        assertThrows(IOException.class, () -> new LockedFile(cache).read(), "another file's damage is an error");

        Files.writeString(cache, "x".repeat(2048));
        assertEquals(Optional.empty(), LockedFile.cache(cache, 1024).read(), "larger than a cache can be");

        Files.delete(cache);
        Files.createSymbolicLink(cache, Path.of("/dev/zero"));
        assertEquals(Optional.empty(), LockedFile.cache(cache, 1024).read(), "endless");
        assertEquals("{}", LockedFile.cache(cache, 1024).update(current -> "{}"));
        assertTrue(Files.isRegularFile(cache, LinkOption.NOFOLLOW_LINKS), "the link is replaced, not written through");
        assertEquals(Optional.of("{}"), LockedFile.cache(cache, 1024).read());
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
