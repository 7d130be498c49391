package io.intelgraph.maestro.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The start-up's milestones, each at the process's age when it was reached, so the first-tiles log line
 * says where the time went (toolkit, sources, window) and the start-up benchmark can print it. One per
 * process: a start happens once.
 */
public final class StartupMarks {

    private record Mark(String name, long atMillis) {
    }

    private static final List<Mark> MARKS = new ArrayList<>();

    private StartupMarks() {
    }

    public static void mark(String name) {
        long at = ProcessAge.now().toMillis();
        synchronized (MARKS) {
            MARKS.add(new Mark(name, at));
        }
    }

    /**
     * The CPU time the process has used so far, as "2.31 CPU s": on a shared two-core machine the start's wall-clock time
     * moves with the neighbours' load, its CPU time much less. Read at the moment of the first tiles, not polled after.
     */
    public static String cpuSoFar() {
        return ProcessHandle.current().info().totalCpuDuration()
                .map(cpu -> String.format(Locale.ROOT, "%.2f CPU s", cpu.toMillis() / 1000.0))
                .orElse("CPU time unknown");
    }

    /** "toolkit 700 ms, sources 900 ms, …" in the order reached; empty when nothing was marked. */
    public static String summary() {
        synchronized (MARKS) {
            return MARKS.stream().map(m -> m.name() + " " + m.atMillis() + " ms").collect(Collectors.joining(", "));
        }
    }
}
