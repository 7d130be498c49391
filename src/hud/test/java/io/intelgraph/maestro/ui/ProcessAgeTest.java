package io.intelgraph.maestro.ui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProcessAgeTest {

    @TempDir
    Path proc;

    private void write(String uptime, String stat) throws Exception {
        Files.createDirectories(proc.resolve("self"));
        Files.writeString(proc.resolve("uptime"), uptime);
        Files.writeString(proc.resolve("self/stat"), stat);
    }

    @Test
    void theUptimeLessTheStartTicksToTheHundredthOfASecond() throws Exception {
        // A command name with spaces and parentheses, as /proc writes it; starttime (field 22) = 99,950 ticks.
        write("1000.95 1800.10\n", "4242 (java (main) x) S 1 4242 4242 0 -1 4194560 10 0 0 0 5 1 0 0 20 0 30 0 99950 "
                + "3000000000 90000 18446744073709551615 1 1 0 0 0 0 0 0 0 0 0 0 17 1 0 0 0 0 0\n");
        assertEquals(Optional.of(Duration.ofMillis(1450)), ProcessAge.fromProc(proc));
    }

    @Test
    void unreadableProcIsNoAnswer() throws Exception {
        assertEquals(Optional.empty(), ProcessAge.fromProc(proc.resolve("missing")));
        write("garbage", "1 (x) S");
        assertEquals(Optional.empty(), ProcessAge.fromProc(proc));
    }

    @Test
    void thisProcessIsYoungerThanTheJdkSaysAndOlderThanNothing() {
        Duration age = ProcessAge.now();
        long jdk = System.currentTimeMillis() - ProcessHandle.current().info().startInstant().orElseThrow().toEpochMilli();
        assertTrue(age.toMillis() > 0, age.toString());
        // The JDK's start instant is the boot time in whole seconds plus the ticks: up to a second early.
        assertTrue(age.toMillis() <= jdk + 50 && age.toMillis() >= jdk - 1050, age + " against the JDK's " + jdk + " ms");
    }
}
