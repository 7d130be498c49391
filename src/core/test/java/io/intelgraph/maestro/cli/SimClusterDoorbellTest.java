package io.intelgraph.maestro.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A command asking a HUD window, through files in the config directory, to start its simulated cluster. */
class SimClusterDoorbellTest {

    @TempDir
    Path configDir;

    private Path address() {
        return configDir.resolve(PreviewRuntime.SHARED_SIM_CLUSTER);
    }

    @Test
    void aRingStartsTheWindowsClusterAndTheCommandWaitsForItsAddress() throws Exception {
        AtomicInteger rings = new AtomicInteger();
        try (SimClusterDoorbell bell = SimClusterDoorbell.hang(configDir, () -> {
            rings.incrementAndGet();
            try {
                Files.writeString(address(), "http://127.0.0.1:1/");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        })) {
            String hung = Files.readString(configDir.resolve(SimClusterDoorbell.BELL));
            assertTrue(hung.startsWith(ProcessHandle.current().pid() + " "), "names this process: " + hung);

            assertEquals(SimClusterDoorbell.Answer.ANSWERED,
                    SimClusterDoorbell.ring(configDir, address(), Duration.ofSeconds(10)));
            assertEquals(1, rings.get());
            assertFalse(Files.exists(configDir.resolve(SimClusterDoorbell.RING)), "the ring is taken back");
        }
        assertFalse(Files.exists(configDir.resolve(SimClusterDoorbell.BELL)), "closing takes the bell down");
        assertEquals(SimClusterDoorbell.Answer.NO_BELL, SimClusterDoorbell.ring(configDir, address(), Duration.ofSeconds(1)));
    }

    @Test
    void aWindowThatDoesNotAnswerInTimeIsGivenUpOn() throws Exception {
        AtomicInteger rings = new AtomicInteger();
        try (SimClusterDoorbell bell = SimClusterDoorbell.hang(configDir, rings::incrementAndGet)) {
            long start = System.nanoTime();
            assertEquals(SimClusterDoorbell.Answer.NO_ANSWER,
                    SimClusterDoorbell.ring(configDir, address(), Duration.ofMillis(600)));
            assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 5_000, "waited its patience, no longer");
            assertFalse(Files.exists(configDir.resolve(SimClusterDoorbell.RING)));
        }
        assertTrue(rings.get() <= 1, "rung at most once");
    }

    @Test
    void theBellOfAGoneProcessIsTakenDown() throws Exception {
        Process gone = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version")
                .redirectErrorStream(true).start();
        gone.getInputStream().readAllBytes();
        gone.waitFor();
        Path bell = configDir.resolve(SimClusterDoorbell.BELL);
        for (String stale : new String[] {gone.pid() + " 2026-01-01T00:00:00Z",
                ProcessHandle.current().pid() + " 2000-01-01T00:00:00Z", // this pid, but not this process's start
                "not a bell"}) {
            Files.writeString(bell, stale);
            assertEquals(SimClusterDoorbell.Answer.NO_BELL, SimClusterDoorbell.ring(configDir, address(), Duration.ofSeconds(5)),
                    stale);
            assertFalse(Files.exists(bell), "removed: " + stale);
            assertFalse(Files.exists(configDir.resolve(SimClusterDoorbell.RING)), "and never rung: " + stale);
        }
    }

    @Test
    void anOldRingDoesNotStartANewWindowsCluster() throws Exception {
        Files.writeString(configDir.resolve(SimClusterDoorbell.RING), "12345");
        AtomicInteger rings = new AtomicInteger();
        try (SimClusterDoorbell bell = SimClusterDoorbell.hang(configDir, rings::incrementAndGet)) {
            Thread.sleep(600);
            assertEquals(0, rings.get());
        }
    }
}
