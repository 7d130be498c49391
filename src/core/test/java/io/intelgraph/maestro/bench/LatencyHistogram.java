package io.intelgraph.maestro.bench;

import java.util.concurrent.atomic.AtomicLongArray;

/** Latencies in 50 µs buckets up to 60 s (above that, the last bucket), recorded from many threads at once. */
final class LatencyHistogram {

    private static final long BUCKET_NANOS = 50_000;
    private static final int BUCKETS = 1_200_000;

    private final AtomicLongArray counts = new AtomicLongArray(BUCKETS);

    void record(long nanos) {
        counts.incrementAndGet((int) Math.min(BUCKETS - 1, Math.max(0, nanos / BUCKET_NANOS)));
    }

    void reset() {
        for (int i = 0; i < BUCKETS; i++) {
            counts.set(i, 0);
        }
    }

    /** The upper edge of the bucket holding the given quantile, in milliseconds; 0 when nothing was recorded. */
    double percentileMillis(double quantile) {
        long total = 0;
        for (int i = 0; i < BUCKETS; i++) {
            total += counts.get(i);
        }
        long rank = (long) Math.ceil(quantile * total);
        long seen = 0;
        for (int i = 0; i < BUCKETS && total > 0; i++) {
            seen += counts.get(i);
            if (seen >= rank) {
                return (i + 1) * BUCKET_NANOS / 1e6;
            }
        }
        return 0;
    }
}
