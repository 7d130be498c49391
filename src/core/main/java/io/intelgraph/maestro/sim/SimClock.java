package io.intelgraph.maestro.sim;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The simulated world's clock: starts at {@code origin} and runs {@code speed} times faster than
 * real time, so a 12-minute build completes in 36 s at speed 20. Tests use speed 0 and
 * {@link #advance(Duration)}.
 */
public final class SimClock extends Clock {

    private final Instant origin;
    private final double speed;
    private final long startNanos = System.nanoTime();
    private final AtomicLong manualOffsetMillis = new AtomicLong();

    public SimClock(Instant origin, double speed) {
        if (speed < 0) {
            throw new IllegalArgumentException("speed must be >= 0");
        }
        this.origin = origin;
        this.speed = speed;
    }

    public double speed() {
        return speed;
    }

    public void advance(Duration by) {
        manualOffsetMillis.addAndGet(by.toMillis());
    }

    @Override
    public Instant instant() {
        long realMillis = (System.nanoTime() - startNanos) / 1_000_000;
        return origin.plusMillis((long) (realMillis * speed) + manualOffsetMillis.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the simulated clock is UTC only");
    }
}
