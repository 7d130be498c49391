package io.intelgraph.maestro.preview;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.intelgraph.maestro.kube.PreviewInformers;
import io.intelgraph.maestro.model.preview.ClusterStatus;
import io.intelgraph.maestro.model.preview.Preview;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

/**
 * Keeps the previews live from the informers' caches ({@link PreviewInformers}): every change the
 * watches bring is debounced, then the picture is rebuilt from the caches — no list call — and passed
 * on when it differs from the last. Informers retry lost watches silently, so every
 * {@link Timing#rbacEvery()} the watcher asks whether the API server answers and then RBAC (so buttons
 * follow permission changes); after a problem it asks at every {@link Timing#check()} until it answers.
 */
public final class PreviewWatcher implements AutoCloseable {

    /**
     * How the watcher paces itself.
     *
     * @param quiet a burst of changes is read once the cluster has been quiet this long
     * @param maxDelay but never later than this after the burst's first change
     * @param check how often the informers' health is looked at (no request) and RBAC's age checked
     * @param rbacEvery how often RBAC is asked again, so buttons follow permission changes
     */
    public record Timing(Duration quiet, Duration maxDelay, Duration check, Duration rbacEvery) {

        public static Timing defaults() {
            return new Timing(Duration.ofMillis(150), Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofSeconds(60));
        }
    }

    /** What the sink was last given; the same picture is not given twice. */
    private record Picture(List<Preview> previews, ClusterStatus status) {
    }

    /** RBAC's answers for a representative preview namespace; per-PR checks happen again on click. */
    private record Rbac(String deployBlocked, String teardownBlocked, long askedAtNanos) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(PreviewWatcher.class);

    private final KubernetesClient client;
    private final PreviewService service;
    private final String clusterName;
    private final boolean simulated;
    private final Timing timing;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "preview-watcher");
        t.setDaemon(true);
        return t;
    });
    private final Debouncer debouncer;
    private volatile PreviewInformers informers;
    private volatile String startFailure = "";
    private BiConsumer<List<Preview>, ClusterStatus> sink;
    // Touched only on the watcher's thread.
    private Picture published;
    private Rbac rbac;

    public PreviewWatcher(KubernetesClient client, PreviewService service, String clusterName, boolean simulated) {
        this(client, service, clusterName, simulated, Timing.defaults());
    }

    public PreviewWatcher(KubernetesClient client, PreviewService service, String clusterName, boolean simulated,
            Timing timing) {
        this.client = client;
        this.service = service;
        this.clusterName = clusterName;
        this.simulated = simulated;
        this.timing = timing;
        this.debouncer = new Debouncer(executor, timing.quiet(), timing.maxDelay(), this::refresh);
    }

    /**
     * Starts the informers (without waiting for them); {@code onChange} receives every new picture,
     * on the watcher's thread, the first once the informers have synced (or failed).
     */
    public void start(BiConsumer<List<Preview>, ClusterStatus> onChange) {
        this.sink = onChange;
        try {
            informers = PreviewInformers.start(client, this::refreshSoon);
        } catch (RuntimeException e) {
            startFailure = e.getMessage() == null ? e.toString() : e.getMessage();
            LOG.warn("cannot watch previews on {}: {}", clusterName, startFailure);
        }
        long check = timing.check().toMillis();
        executor.scheduleWithFixedDelay(this::refresh, check, check, TimeUnit.MILLISECONDS);
        refreshSoon();
    }

    /** Reads soon: once changes have stopped for {@link Timing#quiet()}, at most {@link Timing#maxDelay()} after the first. */
    public void refreshSoon() {
        debouncer.trigger();
    }

    /** Rebuilds the picture from the caches; never throws, or the periodic check would stop for good. */
    private void refresh() {
        try {
            PreviewInformers current = informers;
            if (current == null) {
                publish(List.of(), unavailable(startFailure));
                return;
            }
            current.followPreviewNamespaces();
            String problem = current.problem();
            if (problem.isEmpty() && !current.synced()) {
                return;   // the first picture waits for the first lists; each calls back when it arrives
            }
            if (problem.isEmpty() && (rbac == null || System.nanoTime() - rbac.askedAtNanos() >= timing.rbacEvery().toNanos())) {
                Optional<String> down = service.cluster().unreachable();
                if (down.isPresent()) {
                    problem = "the API server does not answer (" + down.get() + ")";
                } else {
                    rbac = new Rbac(service.deployBlockedBecause(1), service.teardownBlockedBecause(1), System.nanoTime());
                }
            }
            if (!problem.isEmpty()) {
                rbac = null;   // asked again, after the probe, at the next check
                publish(current.previews(), unavailable(problem));
                return;
            }
            publish(current.previews(), new ClusterStatus(clusterName, simulated, "", rbac.deployBlocked(),
                    rbac.teardownBlocked()));
        } catch (RuntimeException e) {
            LOG.warn("cannot show the previews of {}", clusterName, e);
        }
    }

    /** The informers keep what they last saw: it stays on screen, marked by the problem. */
    private ClusterStatus unavailable(String problem) {
        String why = "Cannot watch the previews on " + clusterName + ": " + problem;
        return new ClusterStatus(clusterName, simulated, why, why, why);
    }

    private void publish(List<Preview> previews, ClusterStatus status) {
        Picture picture = new Picture(previews, status);
        if (!picture.equals(published)) {
            published = picture;
            sink.accept(previews, status);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
        PreviewInformers current = informers;
        if (current != null) {
            current.close();
        }
    }
}
