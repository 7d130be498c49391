package io.intelgraph.maestro.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Runs {@code maestro inspect …} in a child JVM with a capped heap and reports its peak resident
 * memory (VmHWM from /proc/PID/status, read until the process ends) — what a user's terminal would
 * see, garbage included, rather than a heap estimate from inside.
 */
final class InspectMemory {

    /** One run: exit code, peak resident set, wall time, bytes written to stdout, the start of stderr. */
    record Run(int exit, long peakRssBytes, Duration took, long outBytes, String err) {

        String describe() {
            return String.format(Locale.ROOT, "exit %d, peak RSS %.0f MB, %.1f s, %,d bytes out%s", exit,
                    peakRssBytes / 1048576.0, took.toMillis() / 1000.0, outBytes,
                    exit == 0 ? "" : " — " + err.lines().findFirst().orElse(""));
        }
    }

    private InspectMemory() {
    }

    /**
     * Runs the CLI's main class on this JVM's class path with {@code -Xmx<heap>} (the JVM's default
     * heap when {@code heap} is empty); stdout goes to {@code out}.
     */
    static Run run(String heap, Path out, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        if (!heap.isEmpty()) {
            command.add("-Xmx" + heap);
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "io.intelgraph.maestro.cli.Main"));
        command.addAll(List.of(args));
        Path err = Files.createTempFile("inspect-err", ".txt");
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        Path status = Path.of("/proc", Long.toString(process.pid()), "status");
        long peak = 0;
        while (process.isAlive()) {
            peak = Math.max(peak, highWaterMark(status));
            Thread.sleep(10);
        }
        int exit = process.waitFor();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        String stderr = Files.readString(err);
        Files.deleteIfExists(err);
        return new Run(exit, peak, took, Files.size(out), stderr);
    }

    /** VmHWM (peak resident set) in bytes, or 0 once the process is gone. */
    private static long highWaterMark(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process ended between the check and the read
        }
        return 0;
    }
}
