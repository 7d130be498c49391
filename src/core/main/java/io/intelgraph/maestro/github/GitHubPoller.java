package io.intelgraph.maestro.github;

import io.intelgraph.maestro.model.repo.RepoId;
import io.intelgraph.maestro.store.BuildPlane;
import io.intelgraph.maestro.store.Freshness;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The GitHub source: polls the targets' workflow runs and open PRs into the {@link BuildPlane},
 * conditionally (ETags), paced by its {@link PollPolicy}: every repository at an interval the
 * {@link PollPlanner} fits to the rate limit, or each repository at its own pace, hot or cold,
 * within every GitHub limit ({@link PollScheduler}). Failures are classified: a per-repository
 * problem (not found, refused, malformed, a 5xx or a time-out for it) marks that repository's
 * tiles stale and the pass goes on; a source-wide one (no connection, bad token, rate limit,
 * time-outs in a row, every repository failing) marks everything stale and waits (Retry-After /
 * reset / backoff) before trying again. Never throws out of a pass.
 */
public final class GitHubPoller implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(GitHubPoller.class);
    /** How often the fixed-interval policy lists the repositories (the adaptive one: {@link PollScheduler.Settings#listEvery()}). */
    private static final Duration REPO_LIST_REFRESH = Duration.ofMinutes(10);

    /**
     * What one pass did. {@code failure} is empty when the source as a whole was fine.
     *
     * @param repos   the repositories watched
     * @param checked the repositories read in this pass
     */
    public record CycleResult(int repos, long requests, long notModified, List<String> repoErrors,
            String failure, Duration nextDelay, int checked) {
        public boolean ok() {
            return failure.isEmpty();
        }
    }

    private final GitHubClient client;
    private final BuildPlane plane;
    private final PollPolicy policy;
    /** The fixed-interval policy's planner, or null. */
    private final PollPlanner planner;
    /** The adaptive policy's scheduler, or null. */
    private final PollScheduler scheduler;
    private final ScheduledExecutorService executor;
    private final Clock clock;
    private final Backoff backoff;
    private final Duration stallLimit;
    private final RepoListing listing;
    private final RepoReader reader;
    /** Reads several repositories at once (adaptive policy), or null: one after another on the pass's thread. */
    private final ExecutorService pool;
    private final Set<Thread> poolThreads = ConcurrentHashMap.newKeySet();
    private volatile List<RepoId> repos = List.of();
    private volatile Instant reposListedAt;
    private volatile Instant lastPass;
    private int repoListings;
    private ScheduledFuture<?> next;
    private ScheduledFuture<?> watchdog;
    private volatile boolean closed;
    private boolean primed;
    private boolean everythingNext;
    /** The shortest pause between passes while webhooks bring the changes (zero: the policy's pace alone). */
    private Duration reconciliation = Duration.ZERO;
    /** The running pass's number: a pass the watchdog abandoned finds it changed and writes nothing. */
    private long generation;
    private Thread cycleThread;
    /** When the running pass last moved on to a repository or a request, for the watchdog. */
    private volatile Instant progress = Instant.EPOCH;

    /** A fixed-interval poller. */
    public GitHubPoller(GitHubClient client, BuildPlane plane, PollTargets targets, PollPlanner planner,
            ScheduledExecutorService executor, Clock clock, int runsPerRepo, long seed) {
        this(client, plane, targets, new PollPolicy.FixedInterval(planner), executor, clock, runsPerRepo, seed);
    }

    /** A fixed-interval poller with its own watchdog limit (see the main constructor). */
    public GitHubPoller(GitHubClient client, BuildPlane plane, PollTargets targets, PollPlanner planner,
            ScheduledExecutorService executor, Clock clock, int runsPerRepo, long seed, Duration stallLimit) {
        this(client, plane, targets, new PollPolicy.FixedInterval(planner), executor, clock, runsPerRepo, seed,
                stallLimit);
    }

    public GitHubPoller(GitHubClient client, BuildPlane plane, PollTargets targets, PollPolicy policy,
            ScheduledExecutorService executor, Clock clock, int runsPerRepo, long seed) {
        this(client, plane, targets, policy, executor, clock, runsPerRepo, seed, twice(client.http().timeout()));
    }

    /**
     * The default watchdog limit: two request timeouts. Not {@code multipliedBy(2)}, which goes through BigDecimal:
     * 14-22 ms of the main thread's start, interpreted, on the window's critical path.
     */
    private static Duration twice(Duration timeout) {
        return timeout.plus(timeout);
    }

    /**
     * @param client     polling goes in its background lane ({@link GitHubClient#background()})
     * @param stallLimit how long one request of a pass may stay unanswered before the watchdog
     *                   gives up on the pass (the client's own deadline should end it sooner)
     */
    public GitHubPoller(GitHubClient client, BuildPlane plane, PollTargets targets, PollPolicy policy,
            ScheduledExecutorService executor, Clock clock, int runsPerRepo, long seed, Duration stallLimit) {
        this.client = client.background();
        this.plane = plane;
        this.policy = policy;
        this.executor = executor;
        this.clock = clock;
        this.stallLimit = stallLimit;
        this.backoff = new Backoff(Duration.ofSeconds(5), Duration.ofMinutes(5), new SplittableRandom(seed));
        Runnable moved = () -> progress = clock.instant();
        this.listing = new RepoListing(this.client, targets, moved);
        this.reader = new RepoReader(this.client, runsPerRepo, moved);
        switch (policy) {
            case PollPolicy.FixedInterval fixed -> {
                this.planner = fixed.planner();
                this.scheduler = null;
                this.pool = null;
            }
            case PollPolicy.Adaptive adaptive -> {
                this.planner = null;
                this.scheduler = new PollScheduler(adaptive.settings());
                this.pool = adaptive.concurrency() == 1 ? null : Executors.newFixedThreadPool(adaptive.concurrency(),
                        poolThreads("github-poll-"));
            }
        }
    }

    public PollPolicy policy() {
        return policy;
    }

    /** Starts polling on the executor; the first pass runs at once. */
    public synchronized void start() {
        schedule(Duration.ZERO);
    }

    /**
     * Polls every repository now, out of turn (the refresh button); the schedule continues after it.
     * A pass still running is abandoned for the new one, so a refresh recovers from a stuck pass.
     */
    public synchronized void pollNow() {
        everythingNext = true;
        if (next != null) {
            next.cancel(false);
        }
        abandonRunningCycle();
        schedule(Duration.ZERO);
    }

    /**
     * A webhook delivery about {@code repo} arrived (the hub calls this): the repository is busy,
     * and its changes come by webhook, so it is polled only to reconcile, on the cold interval,
     * while deliveries keep coming. Nothing for the fixed-interval policy.
     */
    public void deliveryArrived(RepoId repo) {
        if (scheduler != null) {
            scheduler.delivered(repo, clock.instant());
        }
    }

    /**
     * While webhook deliveries bring changes as they happen, polling only reconciles what they may
     * have missed: no repository is polled more often than {@code interval}. {@link Optional#empty()}
     * returns to the policy's pace and, when polling was slowed, polls everything at once:
     * deliveries that stop may have been lost.
     */
    public synchronized void reconcileEvery(Optional<Duration> interval) {
        boolean wasSlowed = !reconciliation.isZero();
        reconciliation = interval.orElse(Duration.ZERO);
        if (scheduler != null) {
            scheduler.reconcileEvery(reconciliation);
        }
        if (interval.isEmpty() && wasSlowed && cycleThread == null && next != null) {
            everythingNext = true;
            next.cancel(false);
            schedule(Duration.ZERO);
        }
    }

    /**
     * How fresh each repository's data is: hot or cold, when it was last checked and how often it
     * is. With the fixed-interval policy every repository is checked at every cycle.
     */
    public List<PollScheduler.RepoFreshness> freshness() {
        if (scheduler != null) {
            return scheduler.freshness(clock.instant());
        }
        Instant last = lastPass;
        Duration every = Duration.ofSeconds(plane.snapshot().health().pollIntervalSeconds());
        return repos.stream().sorted(Comparator.comparing(RepoId::fullName))
                .map(r -> new PollScheduler.RepoFreshness(r, PollScheduler.Heat.HOT, Optional.ofNullable(last), every,
                        "fixed interval: every repository at every cycle"))
                .toList();
    }

    private synchronized void schedule(Duration delay) {
        if (!closed) {
            next = executor.schedule(this::startCycle, delay.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /**
     * Runs a pass on its own thread, watched from the scheduler: a pass stuck on a request
     * cannot hold up the schedule.
     */
    private void startCycle() {
        Thread worker;
        synchronized (this) {
            if (closed || cycleThread != null) {
                return; // a pass is running; it schedules the next one when it ends
            }
            long cycle = ++generation;
            boolean everything = everythingNext;
            everythingNext = false;
            progress = clock.instant();
            worker = Thread.ofPlatform().daemon().name("github-poll-cycle-" + cycle)
                    .unstarted(() -> runCycle(cycle, everything));
            cycleThread = worker;
            watchdog = executor.schedule(() -> watch(cycle, worker), stallLimit.toMillis(), TimeUnit.MILLISECONDS);
        }
        worker.start();
    }

    private void runCycle(long cycle, boolean everything) {
        CycleResult result;
        try {
            result = sync(cycle, everything);
        } catch (RuntimeException e) {
            boolean current;
            synchronized (this) {
                current = cycle == generation;
                if (current) {
                    // A bug must not stop the HUD from polling; it shows as a stale source with the reason. What
                    // the pass read may never have reached the plane while the ETag cache already has it (the
                    // next answers would be 304s for data the plane lacks): the next pass reads everything whole.
                    client.http().forget("/");
                    reposListedAt = null;
                    Duration delay = backoff.nextDelay();
                    plane.sourceStale("Internal error while polling: " + e, clock.instant().plus(delay),
                            client.http().rateLimit());
                    endCycle(delay);
                }
            }
            // A pass abandoned or closed meanwhile (its pool shut down under it on close) failed as expected.
            if (current) {
                LOG.error("poll cycle failed", e);
            }
            return;
        }
        synchronized (this) {
            if (cycle == generation) {
                endCycle(result.nextDelay());
            }
        }
    }

    private synchronized void endCycle(Duration delay) {
        if (watchdog != null) {
            watchdog.cancel(false);
        }
        cycleThread = null;
        schedule(delay);
    }

    /**
     * The watchdog: a pass that has not moved on (started a repository or a request) for
     * {@link #stallLimit} is given up: the source turns stale with the reason and the next pass is
     * scheduled. A long pass of quick requests (a large organisation's first sync) is left alone.
     */
    private synchronized void watch(long cycle, Thread worker) {
        if (closed || cycle != generation) {
            return;
        }
        Instant now = clock.instant();
        Optional<GitHubHttp.InFlight> waiting = Stream.concat(Stream.of(worker), poolThreads.stream())
                .flatMap(t -> client.http().inFlight(t).stream())
                .min(Comparator.comparing(GitHubHttp.InFlight::since));
        Instant since = waiting.map(GitHubHttp.InFlight::since).filter(s -> s.isAfter(progress)).orElse(progress);
        Duration left = stallLimit.minus(Duration.between(since, now));
        if (left.isPositive()) {
            watchdog = executor.schedule(() -> watch(cycle, worker), Math.max(10, left.toMillis()), TimeUnit.MILLISECONDS);
            return;
        }
        String reason = waiting.map(w -> "GitHub did not answer within " + stallLimit.toSeconds() + " s on " + w.what())
                .orElse("The poll cycle made no progress for " + stallLimit.toSeconds() + " s");
        abandonRunningCycle();
        Duration delay = backoff.nextDelay();
        LOG.warn("{}; gave up on the poll cycle (next try in {} s)", reason, delay.toSeconds());
        plane.sourceStale(reason, now.plus(delay), client.http().rateLimit());
        schedule(delay);
    }

    /** Ends the running pass, if any: its thread is interrupted and whatever it still finds is dropped. */
    private synchronized void abandonRunningCycle() {
        if (cycleThread == null) {
            return;
        }
        generation++;
        cycleThread.interrupt();
        cycleThread = null;
        if (watchdog != null) {
            watchdog.cancel(false);
        }
    }

    /** One pass over every repository (as far as the minute's points allow), on the calling thread. */
    public CycleResult syncOnce() {
        return syncOnCallingThread(true);
    }

    /**
     * One scheduled pass, on the calling thread: what {@link #start()} runs at each wake-up (with
     * the fixed-interval policy, every repository; with the adaptive one, those due). For tests and
     * benchmarks that drive time themselves.
     */
    public CycleResult syncDue() {
        return syncOnCallingThread(false);
    }

    private CycleResult syncOnCallingThread(boolean everything) {
        long cycle;
        synchronized (this) {
            cycle = generation;
        }
        return sync(cycle, everything);
    }

    /**
     * Fetches first, without any lock, then applies what it found to the plane in one batch, unless
     * the pass was abandoned meanwhile.
     */
    private CycleResult sync(long cycle, boolean everything) {
        GitHubHttp.RequestCounts before = client.http().requestCounts();
        Instant started = clock.instant();
        List<String> repoErrors = new ArrayList<>();
        List<Consumer<BuildPlane>> updates = new ArrayList<>();
        List<RepoReader.Result> results = new ArrayList<>();
        boolean listed = false;
        int listingCharged = 0;
        Instant nextAt = null;
        String failure = "";
        Instant retryAt = null;
        int listingUpdates = 0;
        boolean firstPass;
        synchronized (this) {
            firstPass = !primed;
        }
        try {
            CycleFailures failures = new CycleFailures();
            List<PollScheduler.Visit> visits;
            if (scheduler == null) {
                boolean due = reposListedAt == null
                        || Duration.between(reposListedAt, started).compareTo(REPO_LIST_REFRESH) >= 0;
                if (due) {
                    refreshRepoList(started, repoErrors, updates, failures);
                    listed = true;
                }
                // Branches are listed with the repositories, but not on the first listing: they only matter
                // for tiles that have been gone for the retention window, and a one-shot status need not pay.
                boolean listBranches = listed && repoListings > 1;
                visits = repos.stream().map(r -> new PollScheduler.Visit(r, true, listBranches)).toList();
            } else {
                if (everything || scheduler.listDue(started)) {
                    listingCharged = refreshRepoList(started, repoErrors, updates, failures);
                    listed = true;
                }
                PollScheduler.Plan plan = everything ? scheduler.everything(started)
                        : scheduler.plan(started, client.http().rateLimit());
                visits = plan.visits();
                nextAt = plan.nextAt();
            }
            listingUpdates = updates.size();
            try {
                if (firstPass && visits.size() > 1) {
                    readInHalves(cycle, visits, failures, updates, results);
                } else {
                    read(visits, failures, results);
                }
            } finally {
                // What was read before a failure still counts.
                results.forEach(r -> {
                    updates.addAll(r.updates());
                    r.error().ifPresent(repoErrors::add);
                });
            }
            // A pass of one or two repositories failing says little about GitHub as a whole.
            if (visits.size() >= Math.min(3, repos.size())) {
                failures.requireSomeRepositoryServed(visits.size());
            }
        } catch (GitHubException e) {
            failure = e.getMessage();
            retryAt = e.retryAt().orElse(null);
        }
        GitHubHttp.RequestCounts after = client.http().requestCounts();
        long sent = after.sent() - before.sent();
        long notModified = after.notModified() - before.notModified();
        Duration delay;
        synchronized (this) {
            if (cycle != generation) {
                return new CycleResult(repos.size(), sent, notModified, List.copyOf(repoErrors),
                        failure.isEmpty() ? "abandoned by the watchdog" : failure, Duration.ZERO, results.size());
            }
            lastPass = started;
            if (scheduler != null) {
                tell(scheduler, started, results, listed, listingCharged);
            }
            if (failure.isEmpty()) {
                backoff.reset();
                delay = nextDelay(sent - notModified, nextAt);
                primed = true;
            } else {
                Duration wait = retryAt == null ? null : Duration.between(clock.instant(), retryAt);
                delay = wait != null ? backoff.jitter(wait.isNegative() ? Duration.ZERO : wait) : backoff.nextDelay();
                LOG.warn("{} (next try in {} s)", failure, delay.toSeconds());
            }
            if (failure.isEmpty() && scheduler != null && !worthPublishing(results, listingUpdates > 0)) {
                return new CycleResult(repos.size(), sent, notModified, List.copyOf(repoErrors), failure, delay,
                        results.size());
            }
            long interval = scheduler == null ? delay.toSeconds() : scheduler.hotInterval().toSeconds();
            String failed = failure;
            Duration nextDelay = delay;
            plane.batch(() -> {
                updates.forEach(update -> update.accept(plane));
                if (failed.isEmpty()) {
                    plane.sourceLive(client.http().rateLimit(), interval);
                } else {
                    plane.sourceStale(failed, clock.instant().plus(nextDelay), client.http().rateLimit());
                }
            });
        }
        return new CycleResult(repos.size(), sent, notModified, List.copyOf(repoErrors), failure, delay, results.size());
    }

    /** After a pass that went well: the planner's interval, or until the scheduler's next pass; never under the reconciliation floor. */
    private Duration nextDelay(long charged, Instant nextAt) {
        Duration delay;
        if (scheduler == null) {
            // The first cycle fetches everything once; from then on only changes are charged.
            delay = primed ? planner.next(client.http().rateLimit(), charged, clock.instant()) : planner.minInterval();
            return delay.compareTo(reconciliation) < 0 ? reconciliation : delay;
        }
        delay = Duration.between(clock.instant(), nextAt);
        return delay.isNegative() ? Duration.ZERO : delay;
    }

    /** What the adaptive scheduler learns from a pass. */
    private void tell(PollScheduler scheduler, Instant at, List<RepoReader.Result> results, boolean listed,
            int listingCharged) {
        if (listed) {
            scheduler.listed(at);
            if (primed) {
                scheduler.charged(at, listingCharged);
            }
        }
        for (RepoReader.Result r : results) {
            if (r.failed()) {
                scheduler.failed(r.repo(), at);
            } else {
                scheduler.polled(r.repo(), at, r.outcome());
            }
        }
    }

    /**
     * Whether an adaptive pass has anything for the plane: a pass that found nothing new need not
     * make every subscriber rebuild; the status bar's "live" is renewed once per hot interval.
     */
    private boolean worthPublishing(List<RepoReader.Result> results, boolean listingChanged) {
        var health = plane.snapshot().health();
        if (listingChanged || health.freshness() != Freshness.LIVE || !plane.snapshot().repoErrors().isEmpty()) {
            return true;
        }
        if (results.stream().anyMatch(r -> r.failed() || r.updates().size() > 1)) {
            return true;
        }
        Instant last = health.lastSuccess();
        return last == null || !clock.instant().isBefore(last.plus(scheduler.hotInterval()))
                || health.pollIntervalSeconds() != scheduler.hotInterval().toSeconds();
    }

    /**
     * Reads the visits' repositories, in order into {@code results}: one after another on this
     * thread, or several at once on the pool. A source-wide failure is thrown; what was read
     * before it stays in {@code results}.
     */
    private void read(List<PollScheduler.Visit> visits, CycleFailures failures, List<RepoReader.Result> results)
            throws GitHubException {
        each(visits, visit -> reader.read(visit, failures), results);
    }

    /**
     * A first pass: every repository's runs first, put on the plane as the first live tiles with the listing's
     * {@code updates} (which are then cleared), then the pull requests, which only add titles to tiles already shown.
     * Against GitHub the first tiles wait for half the round trips. A source-wide failure is thrown; what was read
     * before it stays in {@code results}.
     */
    private void readInHalves(long cycle, List<PollScheduler.Visit> visits, CycleFailures failures,
            List<Consumer<BuildPlane>> updates, List<RepoReader.Result> results) throws GitHubException {
        List<RepoReader.FirstHalf> halves = new ArrayList<>();
        try {
            each(visits, visit -> reader.readRuns(visit, failures), halves);
        } catch (GitHubException | RuntimeException e) {
            halves.forEach(half -> results.add(switch (half) {
                case RepoReader.RunsFailed failed -> failed.result();
                case RepoReader.RunsRead runs -> runs.withoutPulls();
            }));
            throw e;
        }
        boolean shown = showFirstTiles(cycle, updates, halves);
        if (shown) {
            updates.clear();
        }
        List<RepoReader.RunsRead> read = new ArrayList<>();
        for (RepoReader.FirstHalf half : halves) {
            switch (half) {
                case RepoReader.RunsFailed failed -> results.add(failed.result());
                case RepoReader.RunsRead runs -> read.add(shown ? runs.applied() : runs);
            }
        }
        List<RepoReader.Result> completed = new ArrayList<>();
        try {
            each(read, runs -> reader.readPulls(runs, failures), completed);
        } finally {
            results.addAll(completed);
            read.subList(completed.size(), read.size()).forEach(runs -> results.add(runs.withoutPulls()));
        }
    }

    /**
     * Puts the first half's runs (and the listing's {@code updates}) on the plane, LIVE; not when the pass was
     * abandoned meanwhile or no repository's runs were read.
     */
    private boolean showFirstTiles(long cycle, List<Consumer<BuildPlane>> updates, List<RepoReader.FirstHalf> halves) {
        List<Consumer<BuildPlane>> runs = halves.stream()
                .flatMap(half -> half instanceof RepoReader.RunsRead read ? read.updates().stream() : Stream.empty())
                .toList();
        if (runs.isEmpty()) {
            return false;
        }
        synchronized (this) {
            if (cycle != generation) {
                return false;
            }
            // The interval the pass's end announces: a first pass's delay (its reconciliation floor included), or
            // the adaptive policy's hot interval.
            long interval = scheduler == null ? nextDelay(0, null).toSeconds() : scheduler.hotInterval().toSeconds();
            plane.batch(() -> {
                updates.forEach(update -> update.accept(plane));
                runs.forEach(update -> update.accept(plane));
                plane.sourceLive(client.http().rateLimit(), interval);
            });
        }
        return true;
    }

    /** What reading one item of a pass does; a source-wide failure is thrown. */
    private interface RepoWork<A, R> {
        R apply(A item) throws GitHubException;
    }

    /**
     * {@code work} on each of {@code items}, in order into {@code into}: one after another on this thread, or
     * several at once on the pool. A source-wide failure is thrown; what was done before it stays in {@code into}.
     */
    private <A, R> void each(List<A> items, RepoWork<A, R> work, List<R> into) throws GitHubException {
        if (pool == null || items.size() <= 1) {
            for (A item : items) {
                into.add(work.apply(item));
            }
            return;
        }
        List<Future<R>> futures = new ArrayList<>();
        for (A item : items) {
            futures.add(pool.submit(() -> work.apply(item)));
        }
        try {
            for (Future<R> future : futures) {
                into.add(future.get());
            }
        } catch (ExecutionException e) {
            futures.forEach(f -> f.cancel(true));
            switch (e.getCause()) {
                case GitHubException github -> throw github;
                case RuntimeException runtime -> throw runtime;
                default -> throw new IllegalStateException(e.getCause());
            }
        } catch (InterruptedException e) {
            futures.forEach(f -> f.cancel(true));
            Thread.currentThread().interrupt();
            throw new GitHubException(GitHubException.Kind.UNREACHABLE, "Interrupted while polling", null, e);
        }
    }

    /**
     * Lists the targets' repositories and hands the result to the plane (and the scheduler).
     *
     * @return the listing's charged requests, roughly: the pages GitHub answered anew
     */
    private int refreshRepoList(Instant now, List<String> errors, List<Consumer<BuildPlane>> updates,
            CycleFailures failures) throws GitHubException {
        RepoListing.Result result = listing.list(repos, failures);
        errors.addAll(result.errors());
        List<RepoId> previous = repos;
        Set<RepoId> all = new HashSet<>(result.watched());
        // Repositories no longer watched (archived, removed) leave the ETag cache: their pages are large.
        previous.stream().filter(r -> !all.contains(r)).forEach(r -> client.http().forget("/repos/" + r.fullName() + "/"));
        repos = result.watched();
        reposListedAt = now;
        repoListings++;
        if (scheduler != null) {
            scheduler.watch(result.watched());
            result.pushedAt().forEach((repo, at) -> scheduler.pushed(repo, at, now));
        }
        if (result.unchanged() && previous.equals(result.watched())) {
            return 0;
        }
        if (!result.listed().isEmpty()) {
            updates.add(p -> p.setRepos(result.listed()));
        }
        // Tiles of repositories no longer watched (archived, removed) leave after the retention window.
        Set<RepoId> watched = Set.copyOf(result.watched());
        updates.add(p -> p.watchRepos(watched));
        return result.unchanged() ? 0 : Math.max(1, (result.listed().size() + 99) / 100);
    }

    /** Daemon threads for the pool, remembered so the watchdog can see what they wait for. */
    private ThreadFactory poolThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = Thread.ofPlatform().daemon().name(prefix + count.incrementAndGet()).unstarted(task);
            poolThreads.add(thread);
            return thread;
        };
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (next != null) {
            next.cancel(true);
        }
        abandonRunningCycle();
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
