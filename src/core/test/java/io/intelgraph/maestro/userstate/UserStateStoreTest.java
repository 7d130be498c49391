package io.intelgraph.maestro.userstate;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.intelgraph.maestro.testing.ChildWriters.Kind;
import io.intelgraph.maestro.testing.ChildWriters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UserStateStoreTest {

    @TempDir
    Path dir;

    @Test
    void savesAtOnceFromThreadsAndProcessesAlwaysLeaveValidJson() throws Exception {
        Path file = dir.resolve("ui-state.json");
        ObjectMapper strict = new ObjectMapper();
        AtomicBoolean racing = new AtomicBoolean(true);
        AtomicReference<String> invalid = new AtomicReference<>();
        AtomicInteger reads = new AtomicInteger();
        Thread reader = Thread.ofPlatform().start(() -> {
            while (racing.get()) {
                try {
                    String json = Files.readString(file);
                    strict.readTree(json);
                    reads.incrementAndGet();
                } catch (NoSuchFileException notYet) {
                    Thread.onSpinWait();
                } catch (Exception e) {
                    invalid.compareAndSet(null, e.getMessage());
                }
            }
        });
        try {
            ChildWriters.race(Kind.UI_STATE, dir, 2, 4, 30);
        } finally {
            racing.set(false);
            reader.join();
        }
        assertNull(invalid.get(), "a reader saw a damaged ui-state.json");
        assertTrue(reads.get() > 0);
        String text = new UserStateStore(dir).load().query().text();
        assertTrue(text.matches("(process|thread)\\d-\\d+ z*"), "one writer's whole state: " + text);
        assertEquals(List.of(), ChildWriters.strays(dir, "ui-state.json", "ui-state.json.lock"), "no temporary file left");
    }
}
