package io.intelgraph.maestro.hub;

import io.intelgraph.maestro.model.repo.Repo;
import io.intelgraph.maestro.net.ProxyTunnel;
import io.intelgraph.maestro.store.BuildPlane;
import io.intelgraph.maestro.store.BuildSnapshot;
import io.intelgraph.maestro.store.SourceHealth;
import io.intelgraph.maestro.text.TerminalText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.net.ssl.SSLContext;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The HUD's source in hub mode: follows a hub's feed and puts each picture it reads into the local
 * {@link BuildPlane} (so the view models read the store as always). While the feed is down the
 * plane's source is STALE with the reason and the tiles show it; it reconnects with jittered
 * backoff. A gap in {@code seq} is answered with a fresh snapshot by {@link HubClient}.
 */
public final class HubSource implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HubSource.class);
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

    private final URI feed;
    private final Optional<SSLContext> tls;
    private final Optional<ProxyTunnel> tunnel;
    private final BuildPlane plane;
    private final ScheduledExecutorService scheduler;
    private final Backoff backoff;
    private final Clock clock;
    private final FollowedClock hubClock;
    private final String sourceName;
    private final Object lock = new Object();
    private HubClient client;
    private int failures;
    private boolean closed;
    private volatile boolean received;

    public HubSource(URI feed, Optional<SSLContext> tls, BuildPlane plane, ScheduledExecutorService scheduler,
            Backoff backoff, Clock clock) {
        this(feed, tls, Optional.empty(), plane, scheduler, backoff, clock);
    }

    /** @param tunnel the HTTP proxy tunnel the feed's connection is tunnelled through (HTTPS_PROXY), if any */
    public HubSource(URI feed, Optional<SSLContext> tls, Optional<ProxyTunnel> tunnel, BuildPlane plane,
            ScheduledExecutorService scheduler, Backoff backoff, Clock clock) {
        this.feed = feed;
        this.tls = tls;
        this.tunnel = tunnel;
        this.plane = plane;
        this.scheduler = scheduler;
        this.backoff = backoff;
        this.clock = clock;
        // A plane built on a FollowedClock times its running builds on the hub's clock (the simulator's in
        // `hub --sim`); any other plane keeps its own.
        this.hubClock = plane.clock() instanceof FollowedClock followed ? followed : new FollowedClock(clock);
        this.sourceName = sourceName(feed);
    }

    private static final String NAME_PREFIX = "hub ";

    /** True when the plane's source is a hub (actions then do not run where the data comes from). */
    public static boolean follows(SourceHealth health) {
        return health.sourceName().startsWith(NAME_PREFIX);
    }

    /** "hub ws://host:3080": the feed's origin, never its query (which could carry a secret). */
    public static String sourceName(URI feed) {
        return NAME_PREFIX + feed.getScheme() + "://" + feed.getHost() + (feed.getPort() > 0 ? ":" + feed.getPort() : "");
    }

    /** The hub's WebSocket feed for what the user typed: {@code ws://host:3080} becomes {@code ws://host:3080/api/buildhub}. */
    public static URI feedUri(URI hub) {
        String scheme = hub.getScheme() == null ? "" : hub.getScheme().toLowerCase();
        String ws = switch (scheme) {
            case "ws", "http" -> "ws";
            case "wss", "https" -> "wss";
            default -> throw new IllegalArgumentException("a hub URL is ws://, wss://, http:// or https://, not " + hub);
        };
        if (hub.getHost() == null) {
            throw new IllegalArgumentException("the hub URL names no host: " + hub);
        }
        String path = hub.getPath() == null || hub.getPath().isEmpty() || hub.getPath().equals("/")
                ? "/api/buildhub" : hub.getPath();
        return URI.create(ws + "://" + hub.getHost() + (hub.getPort() > 0 ? ":" + hub.getPort() : "") + path);
    }

    public String sourceName() {
        return sourceName;
    }

    /** Connects in the background; returns at once. */
    public HubSource start() {
        scheduler.execute(this::connect);
        return this;
    }

    /** Asks the hub for a fresh snapshot (the HUD's refresh); nothing when not connected. */
    public void resync() {
        HubClient current;
        synchronized (lock) {
            current = client;
        }
        if (current != null && current.isOpen()) {
            current.resync();
        }
    }

    /** True once a picture from the hub is in the plane. */
    public boolean received() {
        return received;
    }

    public boolean connected() {
        synchronized (lock) {
            return client != null && client.isOpen();
        }
    }

    private void connect() {
        synchronized (lock) {
            if (closed) {
                return;
            }
        }
        Listener listener = new Listener();
        try {
            HubClient opened = HubClient.connect(feed, tls, tunnel, listener, CONNECT_TIMEOUT);
            boolean keep;
            synchronized (lock) {
                keep = !closed;
                if (keep) {
                    client = opened;
                    listener.opened = true;
                }
            }
            if (!keep) {
                opened.close();
            } else {
                LOG.info("following the {}", sourceName);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            listener.end("cannot reach the " + sourceName + ": " + e.getMessage());
        }
    }

    /** The feed is gone: the tiles go stale with the reason, and a reconnect is planned. */
    private void lost(String reason) {
        Duration wait;
        synchronized (lock) {
            if (closed) {
                return;
            }
            client = null;
            wait = backoff.delay(failures++);
        }
        String message = reason + "; reconnecting in " + Math.max(1, Math.round(wait.toMillis() / 1000.0)) + " s";
        LOG.info("{}", TerminalText.escape(message));
        plane.sourceStale(message, clock.instant().plus(wait), Optional.empty());
        scheduler.schedule(this::connect, wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Whether the hub's token may push says nothing of this machine's: dropped, so an action asks
     * GitHub with the local credentials.
     */
    private static BuildSnapshot withoutHubsPermissions(BuildSnapshot s) {
        List<Repo> repos = s.repos().stream()
                .map(r -> new Repo(r.id(), r.defaultBranch(), r.htmlUrl(), r.archived(), Optional.empty())).toList();
        return new BuildSnapshot(s.version(), s.takenAt(), s.tiles(), repos, s.repoErrors(), s.health(),
                s.eventsApplied(), s.previews(), s.cluster(), s.evidence(), s.recommendations(), s.policyVerdicts());
    }

    @Override
    public void close() {
        HubClient current;
        synchronized (lock) {
            closed = true;
            current = client;
            client = null;
        }
        if (current != null) {
            current.close();
        }
    }

    /** One connection's listener: its end is reported once, however many ways the library says so. */
    private final class Listener implements HubClient.Listener {
        private final AtomicBoolean ended = new AtomicBoolean();
        /** Set once the connection is up: a close before it is a failure to connect. */
        private volatile boolean opened;

        void end(String reason) {
            if (ended.compareAndSet(false, true)) {
                lost(reason);
            }
        }

        @Override
        public void hubTime(HubTime time) {
            hubClock.follow(time);
        }

        @Override
        public void applied(BuildSnapshot snapshot, long seq) {
            opened = true;
            plane.mirror(withoutHubsPermissions(snapshot), sourceName + " ← " + snapshot.health().sourceName());
            received = true;
            synchronized (lock) {
                // Only a picture read resets the backoff: a hub that accepts and drops at once is not hammered.
                failures = 0;
            }
        }

        @Override
        public void gap(long expected, long received) {
            LOG.info("missed frames {}..{} from the {}; resyncing", expected, received - 1, sourceName);
        }

        @Override
        public void closed(int code, String reason, boolean byHub) {
            String why = reason == null || reason.isBlank() ? "connection closed (" + code + ")" : reason + " (" + code + ")";
            end((opened ? "lost the " : "cannot reach the ") + sourceName + ": " + why);
        }
    }
}
