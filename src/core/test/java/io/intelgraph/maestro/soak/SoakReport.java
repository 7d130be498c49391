package io.intelgraph.maestro.soak;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToLongFunction;

/** What a soak did and measured, and whether the resource curves stayed flat. */
record SoakReport(Duration simulated, Duration took, long cycles, long requests, int faultsInjected, int faultsCleared,
        int truthChecks, int tilesAtEnd, int tilesLeft, List<String> mismatches, List<ResourceSample> samples) {

    /** Growth of the live heap allowed from the first to the last quarter: 15 %, and never less than 8 MiB. */
    static final double HEAP_GROWTH_SHARE = 0.15;
    static final long HEAP_GROWTH_FLOOR = 8L << 20;
    /** Threads and file descriptors may wobble by a few (GC, JIT, the HTTP client's connection pool). */
    static final int THREAD_SLACK = 4;
    static final int FD_SLACK = 8;

    /** The samples after the warm-up (the first quarter), which is when caches and the simulator's history fill. */
    private List<ResourceSample> steady() {
        return samples.subList(samples.size() / 4, samples.size());
    }

    long firstQuarterMedian(ToLongFunction<ResourceSample> metric) {
        List<ResourceSample> steady = steady();
        return median(steady.subList(0, Math.max(1, steady.size() / 4)), metric);
    }

    long lastQuarterMedian(ToLongFunction<ResourceSample> metric) {
        List<ResourceSample> steady = steady();
        return median(steady.subList(steady.size() - Math.max(1, steady.size() / 4), steady.size()), metric);
    }

    private static long median(List<ResourceSample> samples, ToLongFunction<ResourceSample> metric) {
        long[] values = samples.stream().mapToLong(metric).sorted().toArray();
        return values[values.length / 2];
    }

    /** Why the curves are not flat; empty when they are. */
    List<String> growth() {
        List<String> out = new ArrayList<>();
        long heapFirst = firstQuarterMedian(ResourceSample::liveHeapBytes);
        long heapLast = lastQuarterMedian(ResourceSample::liveHeapBytes);
        long allowed = Math.max(HEAP_GROWTH_FLOOR, (long) (heapFirst * HEAP_GROWTH_SHARE));
        if (heapLast - heapFirst > allowed) {
            out.add("live heap grew from " + mib(heapFirst) + " to " + mib(heapLast) + " MiB (allowed +" + mib(allowed) + ")");
        }
        // A leak keeps what it takes, so the last quarter's median rises; a peak is a stalled cycle's thread
        // waiting out its deadline (seen under load: 24 → 29 for a moment), not a leak.
        long threadsFirst = firstQuarterMedian(ResourceSample::threads);
        long threadsLast = lastQuarterMedian(ResourceSample::threads);
        if (threadsLast > threadsFirst + THREAD_SLACK) {
            out.add("threads grew from " + threadsFirst + " to " + threadsLast + " (medians of the first and last quarter)");
        }
        long fdsFirst = firstQuarterMedian(ResourceSample::openFds);
        long fdsMax = steady().stream().mapToLong(ResourceSample::openFds).max().orElse(0);
        if (fdsFirst >= 0 && fdsMax > fdsFirst + FD_SLACK) {
            out.add("open file descriptors grew from " + fdsFirst + " to " + fdsMax);
        }
        return out;
    }

    private static String mib(long bytes) {
        return String.format("%.1f", bytes / 1048576.0);
    }

    /** The figures and the curve, as the long run prints them. */
    String table() {
        StringBuilder out = new StringBuilder();
        out.append(String.format("Soak: %.2f simulated days in %d s real; %d poll cycles, %d requests; %d tiles at the end,"
                + " %d tiles of deleted branches or archived repositories left%n",
                simulated.toMinutes() / 1440.0, took.toSeconds(), cycles, requests, tilesAtEnd, tilesLeft));
        out.append(String.format("Faults injected %d, cleared %d; store-vs-truth checks %d, mismatches %d%n",
                faultsInjected, faultsCleared, truthChecks, mismatches.size()));
        out.append(String.format("%10s  %14s  %8s  %8s%n", "sim time", "live heap MiB", "threads", "fds"));
        samples.stream().sorted(Comparator.comparing(ResourceSample::simulated)).forEach(s -> out.append(String.format(
                "%4dd %02dh%02d  %14s  %8d  %8d%n", s.simulated().toDays(), s.simulated().toHoursPart(),
                s.simulated().toMinutesPart(), mib(s.liveHeapBytes()), s.threads(), s.openFds())));
        out.append(String.format("Steady state (after the first quarter): heap median %s → %s MiB, threads %d → %d, fds %d → %d%n",
                mib(firstQuarterMedian(ResourceSample::liveHeapBytes)), mib(lastQuarterMedian(ResourceSample::liveHeapBytes)),
                firstQuarterMedian(ResourceSample::threads), lastQuarterMedian(ResourceSample::threads),
                firstQuarterMedian(ResourceSample::openFds), lastQuarterMedian(ResourceSample::openFds)));
        mismatches.stream().limit(20).forEach(m -> out.append("MISMATCH ").append(m).append('\n'));
        growth().forEach(g -> out.append("GROWTH ").append(g).append('\n'));
        return out.toString();
    }
}
