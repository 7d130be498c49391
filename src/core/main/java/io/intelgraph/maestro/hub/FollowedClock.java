package io.intelgraph.maestro.hub;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The hub's clock as a display follows it: the hub's time at the last frame, advanced at the hub's
 * rate by the local monotonic clock since. Before the first frame, the local clock.
 */
public final class FollowedClock extends Clock {

    private record Anchor(Instant hubNow, long localNanos, double rate) {
    }

    private final Clock local;
    private volatile Anchor anchor;

    public FollowedClock(Clock local) {
        this.local = local;
    }

    /** Follows {@code time}, as received now. */
    public void follow(HubTime time) {
        anchor = new Anchor(time.now(), System.nanoTime(), time.rate());
    }

    @Override
    public Instant instant() {
        Anchor at = anchor;
        if (at == null) {
            return local.instant();
        }
        long elapsedNanos = System.nanoTime() - at.localNanos();
        return at.hubNow().plusNanos((long) (elapsedNanos * at.rate()));
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the hub's clock is UTC only");
    }
}
