package io.intelgraph.maestro.soak;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

/**
 * The process's live heap after a full GC, its threads and its open file descriptors at one
 * moment of simulated time.
 *
 * @param openFds -1 where {@code /proc/self/fd} does not exist
 */
record ResourceSample(Duration simulated, long liveHeapBytes, int threads, long openFds) {

    static ResourceSample take(Duration simulated) {
        // Twice: the first collection may only queue finalizable and soft-referenced objects.
        System.gc();
        System.gc();
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        int threads = ManagementFactory.getThreadMXBean().getThreadCount();
        return new ResourceSample(simulated, heap, threads, countOpenFds());
    }

    private static long countOpenFds() {
        Path fds = Path.of("/proc/self/fd");
        if (!Files.isDirectory(fds)) {
            return -1;
        }
        try (Stream<Path> list = Files.list(fds)) {
            return list.count();
        } catch (IOException e) {
            return -1;
        }
    }
}
