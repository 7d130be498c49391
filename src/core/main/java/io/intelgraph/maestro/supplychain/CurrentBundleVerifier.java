package io.intelgraph.maestro.supplychain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The bundle verifier of a process that runs for days (the HUD on a wall, the hub): made against the root
 * {@link TrustedRootSource} chooses when the first bundle is read (a refresh may go to the network, so never on the
 * window's start), and chosen again once that choice is a day old, so Sigstore's key rotations reach a display that is
 * never restarted. A choice that fell back (the mirror unreachable, its files refused) is retried after an hour. Two
 * readers that find it due at once may both choose; the source's file lock makes the second one's refresh a no-op.
 */
public final class CurrentBundleVerifier implements Supplier<BundleVerifier> {

    static final Duration RETRY_AFTER_FALLBACK = Duration.ofHours(1);

    private record Chosen(BundleVerifier verifier, Instant due) {
    }

    private final TrustedRootSource roots;
    private final boolean offline;
    private final Clock clock;
    private final AtomicReference<Chosen> chosen = new AtomicReference<>();

    /** @param offline never contact the mirror (the simulated plane): the last root TUF verified, else the snapshot */
    public CurrentBundleVerifier(TrustedRootSource roots, boolean offline, Clock clock) {
        this.roots = roots;
        this.offline = offline;
        this.clock = clock;
    }

    /** The snapshot bundled with the HUD, for tools and tests that must not reach a network or write a cache. */
    public static Supplier<BundleVerifier> bundled() {
        return () -> Bundled.VERIFIER;
    }

    @Override
    public BundleVerifier get() {
        Chosen current = chosen.get();
        Instant now = clock.instant();
        if (current == null || !now.isBefore(current.due())) {
            TrustedRootChoice root = roots.current(offline);
            boolean settled = offline || root.origin() == TrustedRootChoice.Origin.TUF;
            current = new Chosen(BundleVerifier.using(root),
                    now.plus(settled ? TrustedRootSource.DEFAULT_VALIDITY : RETRY_AFTER_FALLBACK));
            chosen.set(current);
        }
        return current.verifier();
    }

    /** Made on first use (the JVM initialises the holder then): loading it took a fifth of a second of the window's start. */
    private static final class Bundled {
        static final BundleVerifier VERIFIER = BundleVerifier.publicGood();
    }
}
