package io.intelgraph.maestro.cli;

import io.intelgraph.maestro.config.LockedFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How a CLI command asks a HUD window to start the simulated cluster the window starts only on first
 * use. The window hangs a bell: a file naming its process. A command rings it by creating a second
 * file, then waits for the cluster's address ({@code sim-cluster.url}) as it would join a running one.
 * Files, not a socket: the config directory is already the one place both know, and only this user
 * writes there. A bell whose process is gone (killed with SIGKILL) is taken down by the next command.
 */
public final class SimClusterDoorbell implements AutoCloseable {

    /** What the command found at the door. */
    public enum Answer {
        /** No HUD window waits to be asked (none runs, or its cluster runs already). */
        NO_BELL,
        /** The window started its cluster: its address is there to join. */
        ANSWERED,
        /** The window did not publish an address in time (or went away meanwhile). */
        NO_ANSWER
    }

    static final String BELL = "sim-cluster.on-demand";
    static final String RING = "sim-cluster.wanted";
    /** How often the window looks for a ring: a command waits at most this long before the cluster starts. */
    private static final Duration LISTEN_EVERY = Duration.ofMillis(200);
    private static final Duration LOOK_EVERY = Duration.ofMillis(50);
    private static final Logger LOG = LoggerFactory.getLogger(SimClusterDoorbell.class);

    private final Path ring;
    private final PublishedFile bell;
    private final Thread listener;

    private SimClusterDoorbell(Path ring, PublishedFile bell, Runnable onRing) {
        this.ring = ring;
        this.bell = bell;
        this.listener = new Thread(null, () -> listen(onRing), "sim-cluster-doorbell", 256 * 1024);
        this.listener.setDaemon(true);
    }

    /**
     * Hangs this process's bell in {@code configDir}; {@code onRing} runs (on the bell's own thread) each
     * time a command rings, so it must be idempotent and return at once.
     */
    public static SimClusterDoorbell hang(Path configDir, Runnable onRing) throws IOException {
        Path ring = configDir.resolve(RING);
        Files.createDirectories(configDir);
        // An old ring (a command that gave up on a window since killed) must not start this window's cluster.
        Files.deleteIfExists(ring);
        // Not forced to disk: it is hung on the way to the window, and after a crash the next command finds it stale anyway.
        PublishedFile bell = PublishedFile.publish(LockedFile.unforced(configDir.resolve(BELL)), describe(ProcessHandle.current()));
        SimClusterDoorbell doorbell = new SimClusterDoorbell(ring, bell, onRing);
        doorbell.listener.start();
        return doorbell;
    }

    /**
     * Rings the bell of a live HUD window in {@code configDir}, if one hangs there, and waits up to
     * {@code patience} for {@code address} (the cluster's address file) to appear. A bell whose window
     * is gone is removed.
     */
    public static Answer ring(Path configDir, Path address, Duration patience) throws IOException {
        Path bell = configDir.resolve(BELL);
        Optional<ProcessHandle> window = liveOwner(bell);
        if (window.isEmpty()) {
            return Answer.NO_BELL;
        }
        Path ring = configDir.resolve(RING);
        Files.writeString(ring, Long.toString(ProcessHandle.current().pid()));
        try {
            long deadline = System.nanoTime() + patience.toNanos();
            while (System.nanoTime() < deadline && window.get().isAlive()) {
                if (Files.isRegularFile(address)) {
                    return Answer.ANSWERED;
                }
                Thread.sleep(LOOK_EVERY);
            }
            return Files.isRegularFile(address) ? Answer.ANSWERED : Answer.NO_ANSWER;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Answer.NO_ANSWER;
        } finally {
            Files.deleteIfExists(ring);
        }
    }

    /** The process a bell names, while it is that process (a pid is reused; its start instant is not). */
    private static Optional<ProcessHandle> liveOwner(Path bell) throws IOException {
        if (!Files.isRegularFile(bell)) {
            return Optional.empty();
        }
        String recorded = Files.readString(bell).strip();
        try {
            long pid = Long.parseLong(recorded.split(" ", 2)[0]);
            Optional<ProcessHandle> owner = ProcessHandle.of(pid).filter(p -> describe(p).equals(recorded));
            if (owner.isPresent()) {
                return owner;
            }
        } catch (NumberFormatException e) {
            // not a bell this program wrote: as stale as a dead window's
        }
        Files.deleteIfExists(bell);
        return Optional.empty();
    }

    /** "pid start-instant": enough to tell this process from a later one given the same pid. */
    private static String describe(ProcessHandle process) {
        return process.pid() + " " + process.info().startInstant().map(Instant::toString).orElse("?");
    }

    private void listen(Runnable onRing) {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                Thread.sleep(LISTEN_EVERY);
                if (Files.deleteIfExists(ring)) {
                    onRing.run();
                }
            } catch (InterruptedException e) {
                return;
            } catch (IOException | RuntimeException e) {
                LOG.warn("the simulated cluster's doorbell: {}", e.toString());
            }
        }
    }

    /** Stops listening and takes the bell down (while it is still this process's: another window may have hung its own). */
    @Override
    public void close() {
        listener.interrupt();
        bell.close();
    }
}
