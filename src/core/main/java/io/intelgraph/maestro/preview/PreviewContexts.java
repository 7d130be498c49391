package io.intelgraph.maestro.preview;

import io.intelgraph.maestro.model.preview.ClusterStatus;
import io.intelgraph.maestro.model.preview.Preview;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The previews of one Kubernetes context at a time, switched without a restart. A switch first
 * publishes an empty, "loading" picture (the previews of two clusters are never shown together),
 * then closes the old context's informers and client, then connects to the new one. Pictures from
 * a context no longer current are dropped, even when its watcher was mid-refresh. Switches run one
 * after another on a thread of their own; nothing here holds a lock across a network call.
 */
public final class PreviewContexts implements AutoCloseable {

    /** One context's cluster client, preview service and watcher, closed together. */
    public interface Connection extends AutoCloseable {
        PreviewService service();

        PreviewWatcher watcher();

        /** "context @ server", as the watcher names the cluster in its pictures. */
        String clusterName();

        @Override
        void close();
    }

    /** Connects to a context (reads the kubeconfig, builds the client); may block and fail. */
    @FunctionalInterface
    public interface Connector {
        Connection connect(Optional<String> context) throws Exception;
    }

    /**
     * What a destructive action goes to: the context and cluster it was started on. An action whose
     * target is no longer {@link #isCurrent current} is refused.
     */
    public record Target(long generation, String context, String clusterName, PreviewService service) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(PreviewContexts.class);
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(10);

    private final List<String> names;
    private final Connector connector;
    private final BiConsumer<List<Preview>, ClusterStatus> sink;
    private final Consumer<String> onSwitched;
    private final ExecutorService switches = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "preview-context-switch");
        t.setDaemon(true);
        return t;
    });
    /** Guards the generation check and the publication together: no late picture slips past a switch. */
    private final Object publishing = new Object();
    private long generation;
    private volatile String context = "";
    private volatile Target target;
    private Connection connection;   // touched on the switch thread only
    /** Guards the first-use state below; held only to decide, never across a connection. */
    private final Object firstUse = new Object();
    /** The context to connect to on first use, once {@link #connectOnFirstUse armed}; null before. */
    private Optional<String> armed;
    /** Asked for before being armed: connect as soon as it is. */
    private boolean usedEarly;
    /** Connected (or connecting, or closed): later uses change nothing. */
    private boolean used;

    /**
     * @param names the kubeconfig's contexts; empty when there is nothing to choose (the simulated cluster)
     * @param sink where pictures go (the plane's putPreviews)
     * @param onSwitched told the context after each switch the user asked for (to remember it)
     */
    public PreviewContexts(List<String> names, Connector connector, BiConsumer<List<Preview>, ClusterStatus> sink,
            Consumer<String> onSwitched) {
        this.names = List.copyOf(names);
        this.connector = connector;
        this.sink = sink;
        this.onSwitched = onSwitched;
    }

    /**
     * One service, no choice of context: where previews come from another way (tests, a plane fed
     * by something else). Its actions are always current.
     */
    public static PreviewContexts fixed(PreviewService service, String clusterName) {
        PreviewContexts fixed = new PreviewContexts(List.of(), name -> {
            throw new IllegalStateException("a fixed preview service has no contexts to connect to");
        }, (previews, status) -> { }, name -> { });
        fixed.target = new Target(0, "", clusterName, service);
        return fixed;
    }

    /** Connects to {@code initial} (the kubeconfig's current context when empty) and waits until it has. */
    public PreviewContexts start(Optional<String> initial) {
        connectInBackground(initial).join();
        return this;
    }

    /**
     * Starts connecting to {@code initial} on the switch thread and returns at once: the window need not
     * wait for a cluster (the simulated one takes a quarter of a second to start). Meanwhile the picture
     * says "Loading the previews of …" and {@link #target()} is empty, as during a switch.
     */
    public CompletableFuture<Void> connectInBackground(Optional<String> initial) {
        return CompletableFuture.runAsync(() -> connect(initial), switches);
    }

    /**
     * Connects to {@code initial} only when something first needs the cluster ({@link #use()}): what
     * the simulated cluster does, since it starts empty and costs ~30 MB a display that never looks
     * at previews would pay for nothing. Until then the picture is {@code idle}, which says so.
     */
    public void connectOnFirstUse(Optional<String> initial, ClusterStatus idle) {
        synchronized (firstUse) {
            if (used) {
                return;
            }
            if (!usedEarly) {
                armed = initial;
                synchronized (publishing) {
                    sink.accept(List.of(), idle);
                }
                return;
            }
            used = true;
        }
        connectInBackground(initial);
    }

    /**
     * Says the cluster is needed now (a view of previews shown, a deploy about to be offered): connects
     * if {@link #connectOnFirstUse} is waiting for that, once; remembered if it is not armed yet. Returns
     * at once.
     */
    public void use() {
        Optional<String> initial;
        synchronized (firstUse) {
            if (used) {
                return;
            }
            if (armed == null) {
                usedEarly = true;
                return;
            }
            used = true;
            initial = armed;
        }
        connectInBackground(initial);
    }

    /** Switches to {@code name}; completes once the new context is connected (or has failed and says why). */
    public CompletableFuture<Void> switchTo(String name) {
        if (!names.contains(name)) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("No context '" + name + "' in the kubeconfig"));
        }
        return CompletableFuture.runAsync(() -> {
            if (name.equals(context) && target != null) {
                return;
            }
            connect(Optional.of(name));
            onSwitched.accept(name);
        }, switches);
    }

    private void connect(Optional<String> name) {
        long mine;
        String shown = name.orElse(names.isEmpty() ? "the cluster" : "the current context");
        synchronized (publishing) {
            mine = ++generation;
            target = null;
            context = name.orElse("");
            sink.accept(List.of(), loading(shown));
        }
        disconnect();
        try {
            Connection next = connector.connect(name);
            connection = next;
            synchronized (publishing) {
                target = new Target(mine, name.orElse(""), next.clusterName(), next.service());
            }
            next.watcher().start((previews, status) -> publish(mine, previews, status));
        } catch (Exception e) {
            String why = e.getMessage() == null ? e.toString() : e.getMessage();
            LOG.warn("cannot connect to Kubernetes context {}: {}", shown, why);
            publish(mine, List.of(), ClusterStatus.none("Cannot connect to " + shown + ": " + why));
        }
    }

    private static ClusterStatus loading(String context) {
        String why = "Loading the previews of " + context + "…";
        return new ClusterStatus(context, false, why, why, why);
    }

    private void publish(long from, List<Preview> previews, ClusterStatus status) {
        synchronized (publishing) {
            if (from == generation) {
                sink.accept(previews, status);
            }
        }
    }

    public List<String> names() {
        return names;
    }

    /** The context shown (or being connected to); empty for the kubeconfig's current one or no kubeconfig. */
    public String current() {
        return context;
    }

    /** Where actions go now; empty while a switch is under way or after it failed. */
    public Optional<Target> target() {
        return Optional.ofNullable(target);
    }

    public Optional<PreviewService> service() {
        return target().map(Target::service);
    }

    /** Whether {@code action} still targets the context shown (no switch since it was taken). */
    public boolean isCurrent(Target action) {
        Target now = target;
        return now != null && now.generation() == action.generation();
    }

    /** Drops later pictures and closes the connection, on the switch thread (after any switch under way). */
    @Override
    public void close() {
        synchronized (firstUse) {
            used = true;
        }
        if (switches.isShutdown()) {
            return; // closed already
        }
        synchronized (publishing) {
            generation++;
            target = null;
        }
        try {
            CompletableFuture.runAsync(this::disconnect, switches).get(CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException | RejectedExecutionException e) {
            LOG.warn("closing the preview context did not finish: {}", e.toString());
        } finally {
            switches.shutdownNow();
        }
    }

    private void disconnect() {
        if (connection != null) {
            try {
                connection.close();
            } catch (RuntimeException e) {
                LOG.warn("closing the context's connection failed", e);
            }
            connection = null;
        }
    }
}
