package io.intelgraph.maestro.ui;

import java.util.ArrayList;
import java.util.List;
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

    /** "toolkit 700 ms, sources 900 ms, …" in the order reached; empty when nothing was marked. */
    public static String summary() {
        synchronized (MARKS) {
            return MARKS.stream().map(m -> m.name() + " " + m.atMillis() + " ms").collect(Collectors.joining(", "));
        }
    }
}
