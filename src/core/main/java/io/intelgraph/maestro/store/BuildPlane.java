package io.intelgraph.maestro.store;

import io.intelgraph.maestro.model.build.BuildState;
import io.intelgraph.maestro.model.build.WorkflowRun;
import io.intelgraph.maestro.model.distill.BranchRecommendation;
import io.intelgraph.maestro.model.event.GitHubEvent;
import io.intelgraph.maestro.model.evidence.EvidenceSummary;
import io.intelgraph.maestro.model.policy.PolicyVerdict;
import io.intelgraph.maestro.model.preview.ClusterStatus;
import io.intelgraph.maestro.model.preview.Preview;
import io.intelgraph.maestro.model.repo.PullRequest;
import io.intelgraph.maestro.model.repo.RateLimit;
import io.intelgraph.maestro.model.repo.Repo;
import io.intelgraph.maestro.model.repo.RepoId;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The one in-memory state of builds. Sources fetch first and write here only what they found: the
 * lock is held to apply a change and build the next immutable {@link BuildSnapshot}, never across
 * I/O and never while a subscriber runs. Each subscriber gets the snapshots on its own serial
 * executor, in order, coalesced to the newest while it is busy; a subscriber that throws is logged
 * and the others are unaffected. Changes inside {@link #batch(Runnable)} publish once. Reading
 * {@link #snapshot()} takes no lock.
 */
public final class BuildPlane implements AutoCloseable {

    /** Runs kept per repository: enough for the newest page plus history. */
    private static final int RUNS_KEPT_PER_REPO = 300;
    private static final int HISTORY_PER_TILE = 10;
    private static final Comparator<WorkflowRun> NEWEST_FIRST = Comparator
            .comparing(WorkflowRun::createdAt).thenComparingLong(WorkflowRun::id).reversed();

    private record Transition(BuildState state, BuildState previous, Instant changedAt) {
    }

    private final Clock clock;
    private final Clock wallClock;
    private final List<Subscription> subscriptions = new CopyOnWriteArrayList<>();
    /** Runs the subscribers; shut down by {@link #close()} when the plane made it. */
    private final Executor dispatch;
    private final Optional<ExecutorService> ownedDispatch;
    private final AtomicInteger unnamed = new AtomicInteger();
    private volatile RefusedWriter refusedWriter = RefusedWriter.NONE;
    private final Map<RepoId, Map<Long, WorkflowRun>> runsByRepo = new HashMap<>();
    private final Map<RepoId, Map<Integer, PullRequest>> openPullsByRepo = new HashMap<>();
    private final Map<RepoId, Repo> repos = new TreeMap<>();
    private final Map<RepoId, String> repoErrors = new TreeMap<>();
    private final Map<TileKey, Transition> transitions = new HashMap<>();
    // Incremental rebuild: only tiles whose runs or PRs changed are recomputed; the rest are reused.
    private final Map<TileKey, Map<Long, WorkflowRun>> runsByTile = new HashMap<>();
    private final OrderedTiles tiles = new OrderedTiles();
    private final Set<TileKey> dirtyTiles = new HashSet<>();
    private final Set<RepoId> dirtyRepos = new HashSet<>();
    private SourceHealth health;
    private List<Preview> previews = List.of();
    /** Newest last; bounded, as runs come and go all day. */
    private final Map<Long, EvidenceSummary> evidence = new LinkedHashMap<>(64, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, EvidenceSummary> eldest) {
            return size() > MAX_EVIDENCE;
        }
    };
    private static final int MAX_EVIDENCE = 2_000;
    /** Policy verdicts by commit, newest last; bounded like the evidence. */
    private final Map<String, PolicyVerdict> policyVerdicts = new LinkedHashMap<>(64, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PolicyVerdict> eldest) {
            return size() > MAX_EVIDENCE;
        }
    };
    private ClusterStatus cluster = ClusterStatus.none("No cluster configured");
    private final GoneTiles gone = new GoneTiles(DEFAULT_RETENTION);
    private long version;
    /** True from {@link #showCached} until the source's first sync: the tiles are an earlier session's. */
    private boolean cachedPicture;
    /** The versions of the snapshots built while {@link #cachedPicture} held (none: from > upTo). */
    private volatile long cachedFrom = Long.MAX_VALUE;
    private volatile long cachedUpTo = Long.MIN_VALUE;
    private long eventsApplied;
    private int batchDepth;
    private boolean dirty;
    /** Written under the lock, read without it. */
    private volatile BuildSnapshot current;
    private StaleInputs lastStaleInputs;
    /** Immutable copies for the next snapshot; null when what they copy changed (under the lock). */
    private List<Repo> frozenRepos;
    private Map<Long, EvidenceSummary> frozenEvidence;
    private Map<String, PolicyVerdict> frozenVerdicts;

    /** See {@link #keyOf}. */
    private final Map<TileKey, TileKey> canonicalKeys = new HashMap<>();
    private final Map<RepoId, RepoId> canonicalRepos = new HashMap<>();

    /** A plane whose build times and whose source-health times run on the same clock. */
    public BuildPlane(Clock clock, SourceHealth initialHealth) {
        this(clock, clock, initialHealth);
    }

    /**
     * @param clock the clock of the builds (the simulator's, which may run faster than real time)
     * @param wallClock the clock of the status bar ("updated 12:03:04"), always real time
     */
    public BuildPlane(Clock clock, Clock wallClock, SourceHealth initialHealth) {
        this(clock, wallClock, initialHealth, Optional.empty());
    }

    /**
     * @param dispatch runs the subscribers, each through its own serial executor on it: a pool
     *                 that gives a slow subscriber its own thread (tests may pass {@code Runnable::run})
     */
    public BuildPlane(Clock clock, Clock wallClock, SourceHealth initialHealth, Executor dispatch) {
        this(clock, wallClock, initialHealth, Optional.of(dispatch));
    }

    private BuildPlane(Clock clock, Clock wallClock, SourceHealth initialHealth, Optional<Executor> dispatch) {
        this.clock = clock;
        this.wallClock = wallClock;
        this.health = initialHealth;
        this.ownedDispatch = dispatch.isPresent() ? Optional.empty() : Optional.of(dispatchPool());
        this.dispatch = dispatch.orElseGet(ownedDispatch::orElseThrow);
        this.current = build();
    }

    /** Threads made as subscribers need them and ended when idle; none keeps the JVM alive. */
    private static ExecutorService dispatchPool() {
        AtomicInteger threads = new AtomicInteger();
        return Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "build-plane-dispatch-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    public Clock clock() {
        return clock;
    }

    /** Subscribes; the current snapshot is the first it receives. Returns the unsubscribe action. */
    public Runnable subscribe(Consumer<BuildSnapshot> subscriber) {
        return subscribe("subscriber-" + unnamed.incrementAndGet(), subscriber);
    }

    /**
     * Subscribes: {@code subscriber} receives the current snapshot, then every newer one (or, while
     * it is busy, the newest), on its own serial executor — never on the writer's thread.
     *
     * @param name names the subscriber in the log, should it throw
     * @return the unsubscribe action: no snapshot is handed over after it returns, except to a
     *         call already under way
     */
    public Runnable subscribe(String name, Consumer<BuildSnapshot> subscriber) {
        Subscription subscription = new Subscription(name, subscriber, new SerialExecutor(dispatch));
        subscriptions.add(subscription);
        subscription.offer(current);
        return () -> {
            subscriptions.remove(subscription);
            subscription.close();
        };
    }

    /** The newest snapshot; takes no lock. */
    public BuildSnapshot snapshot() {
        return current;
    }

    /**
     * Refuses writes from the threads where {@code here} holds (the HUD passes "am I the FX
     * thread?"): such a write throws {@link IllegalStateException} instead of waiting for the lock.
     *
     * @param which the threads in words, for the exception
     */
    public void refuseWritesFrom(String which, BooleanSupplier here) {
        refusedWriter = new RefusedWriter(which, here);
    }

    private record RefusedWriter(String which, BooleanSupplier here) {
        static final RefusedWriter NONE = new RefusedWriter("", () -> false);

        void check() {
            if (here.getAsBoolean()) {
                throw new IllegalStateException("The build plane is not written from " + which
                        + ": hand the change to a background executor");
            }
        }
    }

    /** Runs {@code changes} and publishes one snapshot at the end, however many changes it made. */
    public void batch(Runnable changes) {
        refusedWriter.check();
        BuildSnapshot toPublish;
        synchronized (this) {
            batchDepth++;
            try {
                changes.run();
            } finally {
                batchDepth--;
            }
            toPublish = batchDepth == 0 && dirty ? rebuild() : null;
        }
        publish(toPublish);
    }

    public void setRepos(List<Repo> list) {
        change(() -> {
            repos.clear();
            list.forEach(r -> repos.put(r.id(), r));
            frozenRepos = null;
        });
    }

    public void putRepo(Repo repo) {
        change(() -> {
            repos.put(repo.id(), repo);
            frozenRepos = null;
        });
    }

    /** The newest runs of a repository as a poll returned them. */
    public void putRuns(RepoId repo, List<WorkflowRun> runs) {
        change(() -> runs.forEach(this::storeRun));
    }

    public void putRun(WorkflowRun run) {
        change(() -> storeRun(run));
    }

    /** The complete list of open PRs of a repository: PRs not in it are closed. */
    public void putOpenPullRequests(RepoId repo, List<PullRequest> pulls) {
        change(() -> {
            Map<Integer, PullRequest> byNumber = new LinkedHashMap<>();
            pulls.forEach(pr -> byNumber.put(pr.number(), pr));
            openPullsByRepo.put(repo, byNumber);
            dirtyRepos.add(repo);
        });
    }

    public void putPullRequest(PullRequest pr) {
        change(() -> storePullRequest(pr));
    }

    private void storePullRequest(PullRequest pr) {
        Map<Integer, PullRequest> open = openPullsByRepo.computeIfAbsent(pr.repo(), r -> new LinkedHashMap<>());
        if (pr.isOpen()) {
            open.put(pr.number(), pr);
        } else {
            open.remove(pr.number());
        }
        dirtyRepos.add(pr.repo());
    }

    /** Applies a webhook event; events that change nothing on screen are still counted. */
    public void apply(GitHubEvent event) {
        change(() -> {
            eventsApplied++;
            switch (event) {
                case GitHubEvent.WorkflowRunEvent e -> storeRun(e.run());
                case GitHubEvent.PullRequestEvent e -> storePullRequest(e.pullRequest());
                default -> {
                    // Jobs, checks, pushes, releases ...: the run-level events carry the tile state.
                }
            }
        });
    }

    /** The cluster's previews as the watcher last saw them, and what the user may do there. */
    public void putPreviews(List<Preview> list, ClusterStatus status) {
        change(() -> {
            previews = List.copyOf(list);
            cluster = status;
        });
    }

    private Map<String, BranchRecommendation> recommendations = Map.of();
    /** The version of the snapshot the recommendations held were derived from. */
    private long recommendationsFrom = Long.MIN_VALUE;

    /**
     * The engine's recommendations for every branch (replacing the previous round's), derived from
     * snapshot {@code fromVersion}. Results derived from an older snapshot than the ones held are
     * stale and dropped.
     *
     * @return the version of the snapshot that carries them, empty when they were dropped
     */
    public OptionalLong putRecommendations(long fromVersion, List<BranchRecommendation> list) {
        Map<String, BranchRecommendation> next = new LinkedHashMap<>();
        list.forEach(r -> next.put(r.branch(), r));
        return changeIf(() -> {
            if (fromVersion < recommendationsFrom) {
                return false;
            }
            recommendationsFrom = fromVersion;
            recommendations = Map.copyOf(next);
            return true;
        });
    }

    /** A run's reports were read (by a panel): its tile shows the badges. */
    public void putEvidence(EvidenceSummary summary) {
        change(() -> {
            evidence.put(summary.runId(), summary);
            frozenEvidence = null;
        });
    }

    /**
     * The reports of {@code readFrom} were read (by the evidence feed): its tile shows the badges,
     * unless the run was re-run meanwhile — the summary of an older attempt is stale and dropped.
     *
     * @return whether the summary was kept
     */
    public boolean putEvidence(WorkflowRun readFrom, EvidenceSummary summary) {
        return changeIf(() -> {
            WorkflowRun known = runsByRepo.getOrDefault(readFrom.repo(), Map.of()).get(readFrom.id());
            if (known != null && known.runAttempt() > readFrom.runAttempt()) {
                return false;
            }
            evidence.put(summary.runId(), summary);
            frozenEvidence = null;
            return true;
        }).isPresent();
    }

    /** A policy check ran on a commit (the deploy gate, "Run policy check"): its branch's denies are known. */
    public void putPolicyVerdict(PolicyVerdict verdict) {
        change(() -> {
            policyVerdicts.remove(verdict.key()); // re-inserted as the newest
            policyVerdicts.put(verdict.key(), verdict);
            frozenVerdicts = null;
        });
    }

    /**
     * How long a tile stays after its branch was deleted or its repository archived, on the builds'
     * clock: long enough to see how a just-merged PR's last build ended, short enough that a day's
     * merges do not pile up on the wall.
     */
    public static final Duration DEFAULT_RETENTION = Duration.ofHours(1);

    public void setRetention(Duration retention) {
        change(() -> gone.setRetention(retention));
    }

    /** The repositories the source watches now: tiles of any other repository are gone. */
    public void watchRepos(Collection<RepoId> watched) {
        change(() -> {
            gone.watchRepos(watched);
            openPullsByRepo.keySet().retainAll(watched);
        });
    }

    /** The branches a repository has now: tiles of its other branches are gone. */
    public void putBranches(RepoId repo, Collection<String> branches) {
        change(() -> gone.putBranches(repo, branches));
    }

    public void repoFailed(RepoId repo, String message) {
        change(() -> repoErrors.put(repo, message));
    }

    public void repoOk(RepoId repo) {
        change(() -> repoErrors.remove(repo));
    }

    public void sourceLive(Optional<RateLimit> rateLimit, long pollIntervalSeconds) {
        change(() -> {
            dropCachedPicture();
            health = new SourceHealth(health.sourceName(), health.simulated(), Freshness.LIVE, "",
                    wallClock.instant(), rateLimit.or(health::rateLimit), null, pollIntervalSeconds);
        });
    }

    /**
     * Shows the picture an earlier session saved (its tiles and repositories) until the source has
     * synced once: STALE, with {@code note} as the reason on every tile and {@code savedAt} as the
     * last success, never live. The first {@link #sourceLive} drops the cached tiles the source did
     * not bring back. Declined once anything was written from the source (the picture would hide it).
     *
     * @return whether the picture is shown
     */
    public boolean showCached(List<BuildTile> cached, List<Repo> cachedRepos, Instant savedAt, String note) {
        return changeIf(() -> {
            if (health.freshness() != Freshness.CONNECTING || !runsByTile.isEmpty() || !tiles.isEmpty()) {
                return false;
            }
            cached.forEach(tile -> tiles.put(tile.key(), tile));
            cachedRepos.forEach(repo -> repos.put(repo.id(), repo));
            frozenRepos = null;
            health = new SourceHealth(health.sourceName(), health.simulated(), Freshness.STALE, note, savedAt,
                    health.rateLimit(), null, health.pollIntervalSeconds());
            cachedPicture = true;
            return true;
        }).isPresent();
    }

    /** Whether {@code snapshot} shows an earlier session's cached picture rather than this session's source. */
    public boolean isCachedPicture(BuildSnapshot snapshot) {
        return snapshot.version() >= cachedFrom && snapshot.version() <= cachedUpTo;
    }

    /** The source synced: tiles it did not rebuild from its own runs were only in the cached picture. */
    private void dropCachedPicture() {
        if (!cachedPicture) {
            return;
        }
        cachedPicture = false;
        tiles.retainKeys(runsByTile.keySet());
        lastStaleInputs = null;
    }

    /** The source failed as a whole: everything on screen becomes stale, with the reason. */
    public void sourceStale(String message, Instant retryAt, Optional<RateLimit> rateLimit) {
        change(() -> health = new SourceHealth(health.sourceName(), health.simulated(), Freshness.STALE, message,
                health.lastSuccess(), rateLimit.or(health::rateLimit), retryAt, health.pollIntervalSeconds()));
    }

    /**
     * Takes another plane's picture whole (a hub's, read from its feed): its tiles, repositories,
     * previews, evidence, verdicts and recommendations replace this plane's, and its source health
     * is shown under {@code sourceName}. This plane's own version keeps counting, so subscribers see
     * the change as any other; staleness still follows this plane's health.
     */
    public void mirror(BuildSnapshot from, String sourceName) {
        change(() -> {
            cachedPicture = false;
            runsByRepo.clear();
            openPullsByRepo.clear();
            runsByTile.clear();
            transitions.clear();
            dirtyTiles.clear();
            dirtyRepos.clear();
            tiles.clear();
            from.tiles().forEach(tile -> tiles.put(tile.key(), tile));
            repos.clear();
            from.repos().forEach(repo -> repos.put(repo.id(), repo));
            repoErrors.clear();
            repoErrors.putAll(from.repoErrors());
            SourceHealth theirs = from.health();
            health = new SourceHealth(sourceName, theirs.simulated(), theirs.freshness(), theirs.message(),
                    theirs.lastSuccess(), theirs.rateLimit(), theirs.retryAt(), theirs.pollIntervalSeconds());
            eventsApplied = from.eventsApplied();
            previews = from.previews();
            cluster = from.cluster();
            evidence.clear();
            evidence.putAll(from.evidence());
            policyVerdicts.clear();
            policyVerdicts.putAll(from.policyVerdicts());
            recommendations = Map.copyOf(from.recommendations());
            // Everything was replaced: the next snapshot copies afresh and looks at every tile again.
            frozenRepos = null;
            frozenEvidence = null;
            frozenVerdicts = null;
            lastStaleInputs = null;
            gone.rescan();
        });
    }

    private void storeRun(WorkflowRun run) {
        Map<Long, WorkflowRun> runs = runsByRepo.computeIfAbsent(run.repo(), r -> new HashMap<>());
        WorkflowRun known = runs.get(run.id());
        // An older attempt or an older update of the same attempt must not overwrite a newer one.
        if (known != null && (known.runAttempt() > run.runAttempt()
                || known.runAttempt() == run.runAttempt() && known.updatedAt().isAfter(run.updatedAt()))) {
            return;
        }
        if (known != null && !known.headBranch().equals(run.headBranch())) {
            forget(known);
        }
        runs.put(run.id(), run);
        TileKey key = keyOf(run.repo(), run.headBranch());
        if (gone.expired(key)) {
            // GitHub keeps listing a deleted branch's runs: they must not bring its tile back.
            runs.remove(run.id());
            return;
        }
        runsByTile.computeIfAbsent(key, k -> new HashMap<>()).put(run.id(), run);
        dirtyTiles.add(key);
        if (runs.size() > RUNS_KEPT_PER_REPO) {
            List<WorkflowRun> oldest = runs.values().stream().sorted(NEWEST_FIRST).skip(RUNS_KEPT_PER_REPO).toList();
            oldest.forEach(old -> {
                runs.remove(old.id());
                forget(old);
            });
        }
    }

    /**
     * The one key object of a branch, and of its repository, however many runs name them: the UI
     * compares and looks up keys of 2,000 tiles every frame, and an identity check is the cheap first
     * step of each (each run parsed from GitHub brings its own copies).
     */
    private TileKey keyOf(RepoId repo, String branch) {
        TileKey fresh = new TileKey(repo, branch);
        TileKey known = canonicalKeys.get(fresh);
        if (known != null) {
            return known;
        }
        if (canonicalKeys.size() > 2 * runsByTile.size() + 64) {
            canonicalKeys.keySet().retainAll(runsByTile.keySet()); // branches long gone
            canonicalRepos.keySet().retainAll(runsByRepo.keySet());
        }
        RepoId sameRepo = canonicalRepos.computeIfAbsent(repo, r -> r);
        TileKey made = sameRepo == repo ? fresh : new TileKey(sameRepo, branch);
        canonicalKeys.put(made, made);
        return made;
    }

    private void forget(WorkflowRun run) {
        TileKey key = keyOf(run.repo(), run.headBranch());
        Map<Long, WorkflowRun> ofTile = runsByTile.get(key);
        if (ofTile != null) {
            ofTile.remove(run.id());
            if (ofTile.isEmpty()) {
                runsByTile.remove(key);
            }
        }
        dirtyTiles.add(key);
    }

    private void change(Runnable mutation) {
        changeIf(() -> {
            mutation.run();
            return true;
        });
    }

    /**
     * Applies {@code mutation} unless it declines (returns false), under the lock, then publishes.
     *
     * @return the version of the snapshot that carries the change, empty when it was declined
     */
    private OptionalLong changeIf(BooleanSupplier mutation) {
        refusedWriter.check();
        BuildSnapshot toPublish;
        long carriedBy;
        synchronized (this) {
            if (!mutation.getAsBoolean()) {
                return OptionalLong.empty();
            }
            dirty = true;
            // Inside a batch the lock is held until the batch's snapshot is built: it is the next one.
            toPublish = batchDepth == 0 ? rebuild() : null;
            carriedBy = version + (toPublish == null ? 1 : 0);
        }
        publish(toPublish);
        return OptionalLong.of(carriedBy);
    }

    /** Hands the snapshot to each subscriber's executor; runs none of them here. */
    private void publish(BuildSnapshot snapshot) {
        if (snapshot != null) {
            subscriptions.forEach(s -> s.offer(snapshot));
        }
    }

    /** Stops handing snapshots over; a dispatch executor the plane made is shut down. */
    @Override
    public void close() {
        subscriptions.forEach(Subscription::close);
        subscriptions.clear();
        ownedDispatch.ifPresent(ExecutorService::shutdownNow);
    }

    private BuildSnapshot rebuild() {
        dirty = false;
        current = build();
        return current;
    }

    private BuildSnapshot build() {
        Instant now = clock.instant();
        for (RepoId repo : dirtyRepos) {
            dirtyTiles.addAll(tiles.keysOf(repo));
        }
        List<TileKey> changed = List.copyOf(dirtyTiles);
        for (TileKey key : dirtyTiles) {
            Map<Long, WorkflowRun> runs = runsByTile.get(key);
            if (runs == null || runs.isEmpty()) {
                tiles.remove(key);
                transitions.remove(key);
                continue;
            }
            List<WorkflowRun> newestFirst = runs.values().stream().sorted(NEWEST_FIRST).toList();
            tiles.put(key, tile(key, newestFirst, openPullsByRepo.getOrDefault(key.repo(), Map.of()), now));
        }
        dirtyTiles.clear();
        dirtyRepos.clear();
        for (TileKey key : gone.expire(tiles.keys(), changed, now)) {
            tiles.remove(key);
            transitions.remove(key);
            Map<Long, WorkflowRun> runs = runsByTile.remove(key);
            Map<Long, WorkflowRun> ofRepo = runsByRepo.get(key.repo());
            if (runs != null && ofRepo != null) {
                ofRepo.keySet().removeAll(runs.keySet());
                if (ofRepo.isEmpty()) {
                    runsByRepo.remove(key.repo());
                }
            }
        }
        // Staleness follows the source and repository health, which can change without any run changing; when
        // neither did, the tiles just rebuilt have it already and the others keep theirs.
        StaleInputs staleInputs = new StaleInputs(health.freshness(), health.message(), Map.copyOf(repoErrors));
        if (!staleInputs.equals(lastStaleInputs)) {
            lastStaleInputs = staleInputs;
            tiles.replaceEach(tile -> {
                String reason = staleReason(tile.key());
                return reason.equals(tile.staleReason()) ? tile : new BuildTile(tile.key(), tile.pullRequest(), tile.headline(),
                        tile.latestPerWorkflow(), tile.history(), tile.state(), tile.previousState(), tile.stateChangedAt(), reason);
            });
        }
        // The maps are handed over as immutable copies made when they changed, not on every snapshot: the
        // snapshot's own Map.copyOf then keeps them as they are (2,000 evidence entries were copied per write).
        if (frozenRepos == null) {
            frozenRepos = List.copyOf(repos.values());
        }
        if (frozenEvidence == null) {
            frozenEvidence = Map.copyOf(evidence);
        }
        if (frozenVerdicts == null) {
            frozenVerdicts = Map.copyOf(policyVerdicts);
        }
        if (cachedPicture) {
            cachedFrom = Math.min(cachedFrom, version + 1);
            cachedUpTo = version + 1;
        }
        return new BuildSnapshot(++version, now, tiles.list(), frozenRepos, staleInputs.repoErrors(),
                health, eventsApplied, previews, cluster, frozenEvidence, recommendations, frozenVerdicts);
    }

    /** What the tiles' staleness follows. */
    private record StaleInputs(Freshness freshness, String message, Map<RepoId, String> repoErrors) {
    }

    private BuildTile tile(TileKey key, List<WorkflowRun> newestFirst, Map<Integer, PullRequest> pulls, Instant now) {
        Map<String, WorkflowRun> latestPerWorkflow = new LinkedHashMap<>();
        newestFirst.forEach(run -> latestPerWorkflow.putIfAbsent(run.workflowName(), run));
        WorkflowRun headline = latestPerWorkflow.values().stream()
                .min(Comparator.comparing((WorkflowRun r) -> r.state().ordinal()).thenComparing(NEWEST_FIRST))
                .orElseThrow();
        BuildState state = headline.state();
        Transition transition = transitions.get(key);
        if (transition == null) {
            transition = new Transition(state, state, now);
        } else if (transition.state() != state) {
            transition = new Transition(state, transition.state(), now);
        }
        transitions.put(key, transition);
        Optional<PullRequest> pr = pullRequestFor(key, headline, pulls);
        return new BuildTile(key, pr, headline, List.copyOf(latestPerWorkflow.values()),
                newestFirst.subList(0, Math.min(HISTORY_PER_TILE, newestFirst.size())), state,
                transition.previous(), transition.changedAt(), staleReason(key));
    }

    private static Optional<PullRequest> pullRequestFor(TileKey key, WorkflowRun headline, Map<Integer, PullRequest> pulls) {
        Optional<PullRequest> byNumber = headline.pullRequestNumber().map(pulls::get);
        if (byNumber.isPresent()) {
            return byNumber;
        }
        return pulls.values().stream().filter(pr -> pr.headRef().equals(key.branch())).findFirst();
    }

    private String staleReason(TileKey key) {
        String repoError = repoErrors.get(key.repo());
        if (repoError != null) {
            return repoError;
        }
        return switch (health.freshness()) {
            case STALE -> health.message().isEmpty() ? "source unavailable" : health.message();
            case CONNECTING, LIVE -> "";
        };
    }
}
