package io.intelgraph.maestro.ui;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * How long this process has run, to the hundredth of a second. The JDK's
 * {@code ProcessHandle.info().startInstant()} adds the start's clock ticks to the boot time, which Linux
 * gives in whole seconds, so an age computed from it is up to a second too long: too coarse for a start-up
 * measured in hundreds of milliseconds. On Linux both ends come from the same clock instead: the system's
 * uptime ({@code /proc/uptime}, centiseconds) less the process's start ({@code /proc/self/stat}, clock ticks
 * since boot) — the launcher script {@code exec}s the JVM, so the script's own time counts too. Elsewhere,
 * the JVM's start time.
 */
public final class ProcessAge {

    /** Linux's USER_HZ: the unit of /proc's tick counts on every architecture the JDK runs on. */
    private static final int TICKS_PER_SECOND = 100;

    private ProcessAge() {
    }

    public static Duration now() {
        return fromProc(Path.of("/proc")).orElseGet(() ->
                Duration.ofMillis(System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()));
    }

    /** From {@code proc}'s {@code uptime} and {@code self/stat}; empty where they cannot be read. */
    static Optional<Duration> fromProc(Path proc) {
        try {
            String uptime = Files.readString(proc.resolve("uptime")).trim();
            String stat = Files.readString(proc.resolve("self/stat"));
            // The command name (field 2) is in parentheses and may hold spaces: count fields after its ')'.
            String[] after = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" +");
            long startTicks = Long.parseLong(after[19]); // field 22, starttime; the first after ')' is field 3
            double upSeconds = Double.parseDouble(uptime.substring(0, uptime.indexOf(' ')));
            long ageMillis = Math.round(upSeconds * 1000) - startTicks * 1000 / TICKS_PER_SECOND;
            return ageMillis < 0 ? Optional.empty() : Optional.of(Duration.ofMillis(ageMillis));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
