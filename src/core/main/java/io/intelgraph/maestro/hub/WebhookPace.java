package io.intelgraph.maestro.hub;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Tells the poller how fast to poll: while webhook deliveries flow they bring changes as they
 * happen, so polling only reconciles; when none has come for a while the deliveries may have
 * stopped (a broken hook, a network change), so polling returns to its own pace at once.
 */
public final class WebhookPace {

    private final Clock clock;
    private final Duration quiet;
    private final Duration reconciliation;
    private final Consumer<Optional<Duration>> poller;
    private Instant lastDelivery;
    private boolean flowing;

    /**
     * @param quiet          how long without a delivery counts as deliveries having stopped
     * @param reconciliation the poll interval while they flow
     * @param poller         told {@code Optional.of(reconciliation)} when deliveries start, empty when they stop
     */
    public WebhookPace(Clock clock, Duration quiet, Duration reconciliation, Consumer<Optional<Duration>> poller) {
        this.clock = clock;
        this.quiet = quiet;
        this.reconciliation = reconciliation;
        this.poller = poller;
    }

    /** A delivery was applied. */
    public void delivered() {
        boolean started;
        synchronized (this) {
            lastDelivery = clock.instant();
            started = !flowing;
            flowing = true;
        }
        if (started) {
            poller.accept(Optional.of(reconciliation));
        }
    }

    /** Called now and then: ends the slow pace once no delivery has come for the quiet period. */
    public void check() {
        boolean stopped;
        synchronized (this) {
            stopped = flowing && Duration.between(lastDelivery, clock.instant()).compareTo(quiet) >= 0;
            if (stopped) {
                flowing = false;
            }
        }
        if (stopped) {
            poller.accept(Optional.empty());
        }
    }

    public synchronized boolean flowing() {
        return flowing;
    }

    public Duration quiet() {
        return quiet;
    }
}
