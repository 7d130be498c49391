package io.intelgraph.maestro.github;

import io.intelgraph.maestro.model.build.WorkflowRun;
import io.intelgraph.maestro.model.repo.PullRequest;
import io.intelgraph.maestro.model.repo.Repo;
import io.intelgraph.maestro.model.repo.RepoId;
import io.intelgraph.maestro.store.BuildPlane;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The GitHub source: polls the targets' workflow runs and open PRs into the {@link BuildPlane},
 * conditionally (ETags), at an interval the {@link PollPlanner} fits to the rate limit. Failures
 * are classified: a per-repository problem (not found, refused, malformed, a 5xx or a time-out for
 * it) marks that repository's tiles stale and the cycle goes on; a source-wide one (no connection,
 * bad token, rate limit, time-outs in a row, every repository failing) marks everything stale and
 * waits (Retry-After / reset / backoff) before trying again. Never throws out of a cycle.
 */
public final class GitHubPoller implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(GitHubPoller.class);
    private static final Duration REPO_LIST_REFRESH = Duration.ofMinutes(10);

    /** What one cycle did. {@code failure} is empty when the source as a whole was fine. */
    public record CycleResult(int repos, long requests, long notModified, List<String> repoErrors,
            String failure, Duration nextDelay) {
        public boolean ok() {
            return failure.isEmpty();
        }
    }

    private final GitHubClient client;
    private final BuildPlane plane;
    private final PollTargets targets;
    private final PollPlanner planner;
    private final ScheduledExecutorService executor;
    private final Clock clock;
    private final int runsPerRepo;
    private final Backoff backoff;
    private final Duration stallLimit;
    private final Set<RepoId> pullsUnavailable = ConcurrentHashMap.newKeySet();
    private final Set<RepoId> branchesUnavailable = ConcurrentHashMap.newKeySet();
    private final Set<String> cappedOwners = ConcurrentHashMap.newKeySet();
    private volatile List<RepoId> repos = List.of();
    private volatile Instant reposListedAt;
    private int repoListings;
    private ScheduledFuture<?> next;
    private ScheduledFuture<?> watchdog;
    private volatile boolean closed;
    private boolean primed;
    /** The running cycle's number: a cycle the watchdog abandoned finds it changed and writes nothing. */
    private long generation;
    private Thread cycleThread;
    /** When the running cycle last moved on to a repository, for the watchdog. */
    private volatile Instant progress = Instant.EPOCH;
    /** The shortest pause between cycles while webhooks bring the changes (zero: the planner's pace alone). */
    private Duration reconciliation = Duration.ZERO;

    public GitHubPoller(GitHubClient client, BuildPlane plane, PollTargets targets, PollPlanner planner,
            ScheduledExecutorService executor, Clock clock, int runsPerRepo, long seed) {
        this(client, plane, targets, planner, executor, clock, runsPerRepo, seed,
                client.http().timeout().multipliedBy(2));
    }

    /**
     * @param stallLimit how long one request of a cycle may stay unanswered before the watchdog
     *                   gives up on the cycle (the client's own deadline should end it sooner)
     */
    public GitHubPoller(GitHubClient client, BuildPlane plane, PollTargets targets, PollPlanner planner,
            ScheduledExecutorService executor, Clock clock, int runsPerRepo, long seed, Duration stallLimit) {
        this.client = client;
        this.plane = plane;
        this.targets = targets;
        this.planner = planner;
        this.executor = executor;
        this.clock = clock;
        this.runsPerRepo = runsPerRepo;
        this.stallLimit = stallLimit;
        this.backoff = new Backoff(Duration.ofSeconds(5), Duration.ofMinutes(5), new SplittableRandom(seed));
    }

    /** Starts polling on the executor; the first cycle runs at once. */
    public synchronized void start() {
        schedule(Duration.ZERO);
    }

    /**
     * Polls now, out of turn (the refresh button, a webhook hint); the schedule continues after it.
     * A cycle still running is abandoned for the new one, so a refresh recovers from a stuck cycle.
     */
    public synchronized void pollNow() {
        if (next != null) {
            next.cancel(false);
        }
        abandonRunningCycle();
        schedule(Duration.ZERO);
    }

    /**
     * While webhook deliveries bring changes as they happen, polling only reconciles what they may
     * have missed: cycles at least {@code interval} apart. {@link Optional#empty()} returns to the
     * planner's pace and, when polling was slowed, polls at once: deliveries that stop may have been lost.
     */
    public synchronized void reconcileEvery(Optional<Duration> interval) {
        boolean wasSlowed = !reconciliation.isZero();
        reconciliation = interval.orElse(Duration.ZERO);
        if (interval.isEmpty() && wasSlowed && cycleThread == null && next != null) {
            next.cancel(false);
            schedule(Duration.ZERO);
        }
    }

    private synchronized void schedule(Duration delay) {
        if (!closed) {
            next = executor.schedule(this::startCycle, delay.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /**
     * Runs a cycle on its own thread, watched from the scheduler: a cycle stuck on a request
     * cannot hold up the schedule.
     */
    private void startCycle() {
        Thread worker;
        synchronized (this) {
            if (closed || cycleThread != null) {
                return; // a cycle is running; it schedules the next one when it ends
            }
            long cycle = ++generation;
            progress = clock.instant();
            worker = Thread.ofPlatform().daemon().name("github-poll-cycle-" + cycle)
                    .unstarted(() -> runCycle(cycle));
            cycleThread = worker;
            watchdog = executor.schedule(() -> watch(cycle, worker), stallLimit.toMillis(), TimeUnit.MILLISECONDS);
        }
        worker.start();
    }

    private void runCycle(long cycle) {
        CycleResult result;
        try {
            result = sync(cycle);
        } catch (RuntimeException e) {
            // A bug must not stop the HUD from polling; it shows as a stale source with the reason.
            LOG.error("poll cycle failed", e);
            synchronized (this) {
                if (cycle == generation) {
                    Duration delay = backoff.nextDelay();
                    plane.sourceStale("Internal error while polling: " + e, clock.instant().plus(delay),
                            client.http().rateLimit());
                    endCycle(delay);
                }
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
     * The watchdog: a cycle that has not moved on (started a repository or a request) for
     * {@link #stallLimit} is given up: the source turns stale with the reason and the next cycle is
     * scheduled. A long cycle of quick requests (a large organisation's first sync) is left alone.
     */
    private synchronized void watch(long cycle, Thread worker) {
        if (closed || cycle != generation) {
            return;
        }
        Instant now = clock.instant();
        Optional<GitHubHttp.InFlight> waiting = client.http().inFlight(worker);
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

    /** Ends the running cycle, if any: its thread is interrupted and whatever it still finds is dropped. */
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

    /** One complete cycle, on the calling thread. */
    public CycleResult syncOnce() {
        long cycle;
        synchronized (this) {
            cycle = generation;
        }
        return sync(cycle);
    }

    /**
     * Fetches first, without any lock, then applies what it found to the plane in one batch, unless
     * the cycle was abandoned meanwhile.
     */
    private CycleResult sync(long cycle) {
        GitHubHttp.RequestCounts before = client.http().requestCounts();
        List<String> repoErrors = new ArrayList<>();
        List<Consumer<BuildPlane>> updates = new ArrayList<>();
        String failure = "";
        Instant retryAt = null;
        try {
            CycleFailures failures = new CycleFailures();
            // Branches are listed with the repositories, but not on the first listing: they only matter
            // for tiles that have been gone for the retention window, and a one-shot status need not pay.
            boolean listBranches = refreshRepoList(repoErrors, updates, failures) && repoListings > 1;
            for (RepoId repo : repos) {
                pollRepo(repo, repoErrors, failures, updates, listBranches);
            }
            failures.requireSomeRepositoryServed(repos.size());
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
                        failure.isEmpty() ? "abandoned by the watchdog" : failure, Duration.ZERO);
            }
            if (failure.isEmpty()) {
                backoff.reset();
                // The first cycle fetches everything once; from then on only changes are charged.
                delay = primed ? planner.next(client.http().rateLimit(), sent - notModified, clock.instant())
                        : planner.minInterval();
                if (delay.compareTo(reconciliation) < 0) {
                    delay = reconciliation;
                }
                primed = true;
            } else {
                Duration wait = retryAt == null ? null : Duration.between(clock.instant(), retryAt);
                delay = wait != null ? backoff.jitter(wait.isNegative() ? Duration.ZERO : wait) : backoff.nextDelay();
                LOG.warn("{} (next try in {} s)", failure, delay.toSeconds());
            }
            Duration nextDelay = delay;
            String failed = failure;
            plane.batch(() -> {
                updates.forEach(update -> update.accept(plane));
                if (failed.isEmpty()) {
                    plane.sourceLive(client.http().rateLimit(), nextDelay.toSeconds());
                } else {
                    plane.sourceStale(failed, clock.instant().plus(nextDelay), client.http().rateLimit());
                }
            });
        }
        return new CycleResult(repos.size(), sent, notModified, List.copyOf(repoErrors), failure, delay);
    }

    /** Lists the targets' repositories when the list is due; returns whether it was. */
    private boolean refreshRepoList(List<String> errors, List<Consumer<BuildPlane>> updates, CycleFailures failures)
            throws GitHubException {
        Instant now = clock.instant();
        if (reposListedAt != null && Duration.between(reposListedAt, now).compareTo(REPO_LIST_REFRESH) < 0) {
            return false;
        }
        Set<RepoId> all = new LinkedHashSet<>();
        List<Repo> listed = new ArrayList<>();
        for (String owner : targets.owners()) {
            progress = clock.instant();
            try {
                GitHubClient.Listing<Repo> listing = client.listRepos(owner, targets.ownerRepoLimit());
                failures.answered();
                sayOnceIfCapped(owner, listing);
                for (Repo repo : listing.items()) {
                    if (!repo.archived()) {
                        listed.add(repo);
                        all.add(repo.id());
                    }
                }
            } catch (GitHubException e) {
                if (e.timedOut()) {
                    failures.timedOut(e);
                } else if (!isPerRepository(e)) {
                    throw e;
                } else {
                    failures.answered();
                }
                // Keep watching the repositories listed before: one failed listing is no reason to drop them.
                repos.stream().filter(r -> r.owner().equalsIgnoreCase(owner)).forEach(all::add);
                LOG.warn("cannot list repositories of {}: {}", owner, e.getMessage());
                errors.add("Cannot list repositories of " + owner + ": " + e.getMessage());
            }
        }
        if (targets.tokenUsersRepos()) {
            for (Repo repo : client.listTokenUsersRepos(PollTargets.USER_REPO_LIMIT).value()) {
                if (!repo.archived()) {
                    listed.add(repo);
                    all.add(repo.id());
                }
            }
        }
        all.addAll(targets.repos());
        if (all.isEmpty()) {
            throw new GitHubException(GitHubException.Kind.NOT_FOUND,
                    errors.isEmpty() ? "No repositories found to watch" : String.join("; ", errors));
        }
        // Repositories no longer watched (archived, removed) leave the ETag cache: their pages are large.
        repos.stream().filter(r -> !all.contains(r)).forEach(r -> client.http().forget("/repos/" + r.fullName() + "/"));
        repos = List.copyOf(all);
        if (!listed.isEmpty()) {
            updates.add(p -> p.setRepos(listed));
        }
        // Tiles of repositories no longer watched (archived, removed) leave after the retention window.
        Set<RepoId> watched = Set.copyOf(all);
        updates.add(p -> p.watchRepos(watched));
        reposListedAt = now;
        repoListings++;
        return true;
    }

    /** An owner with more repositories than are watched is said once in the log, not on every listing. */
    private void sayOnceIfCapped(String owner, GitHubClient.Listing<Repo> listing) {
        if (listing.more() && cappedOwners.add(owner.toLowerCase(Locale.ROOT))) {
            LOG.warn("{} has more than {} repositories: watching the {} most recently pushed of them", owner,
                    targets.ownerRepoLimit(), listing.items().size());
        }
    }

    /**
     * Polls one repository. A failure of this repository alone (not found, refused, malformed, a
     * 5xx or a time-out for it) stales its own tiles; one of the whole source is thrown.
     */
    private void pollRepo(RepoId repo, List<String> repoErrors, CycleFailures failures,
            List<Consumer<BuildPlane>> updates, boolean listBranches) throws GitHubException {
        progress = clock.instant();
        try {
            Fetched<List<WorkflowRun>> runs = client.listRuns(repo, runsPerRepo, 1);
            failures.answered();
            if (!runs.notModified()) {
                updates.add(p -> p.putRuns(repo, runs.value()));
            }
        } catch (GitHubException e) {
            if (e.timedOut()) {
                failures.timedOut(e);
                failures.repoFailedOnGitHubsSide(e);
            } else if (!isPerRepository(e)) {
                throw e;
            } else {
                failures.answered();
                if (e.kind() == GitHubException.Kind.SERVER_ERROR) {
                    failures.repoFailedOnGitHubsSide(e);
                }
            }
            repoFailed(repo, e, repoErrors, updates);
            return;
        }
        if (listBranches) {
            pollBranches(repo, updates);
        }
        if (!pullsUnavailable.contains(repo)) {
            progress = clock.instant();
            try {
                Fetched<List<PullRequest>> pulls = client.listOpenPullRequests(repo);
                failures.answered();
                if (!pulls.notModified()) {
                    updates.add(p -> p.putOpenPullRequests(repo, pulls.value()));
                }
            } catch (GitHubException e) {
                if (e.timedOut()) {
                    failures.timedOut(e);
                    // A passing hiccup: the tiles keep the PRs last seen, and the next cycle asks again.
                    LOG.warn("pull requests of {}: {}", repo, e.getMessage());
                } else if (!isPerRepository(e)) {
                    throw e;
                } else {
                    failures.answered();
                    switch (e.kind()) {
                        case SERVER_ERROR -> LOG.warn("pull requests of {}: {}", repo, e.getMessage());
                        case NOT_FOUND, FORBIDDEN -> {
                            // Runs still show; tiles just lack PR titles. Said once in the log, not on every poll.
                            pullsUnavailable.add(repo);
                            LOG.warn("pull requests of {} unavailable, tiles show branches only: {}", repo, e.getMessage());
                        }
                        default -> {
                            // Malformed or refused (a next page on another origin): the repository's answer cannot be trusted.
                            repoFailed(repo, e, repoErrors, updates);
                            return;
                        }
                    }
                }
            }
        }
        updates.add(p -> p.repoOk(repo));
    }

    private static void repoFailed(RepoId repo, GitHubException e, List<String> repoErrors,
            List<Consumer<BuildPlane>> updates) {
        repoErrors.add(e.getMessage());
        updates.add(p -> p.repoFailed(repo, e.getMessage()));
    }

    /**
     * Which branches exist, on the repository list's cadence: tiles of deleted branches leave after
     * the plane's retention window. A repository whose branches cannot be read keeps all its tiles.
     */
    private void pollBranches(RepoId repo, List<Consumer<BuildPlane>> updates) throws GitHubException {
        if (branchesUnavailable.contains(repo)) {
            return;
        }
        try {
            client.listBranches(repo).ifPresent(branches -> updates.add(p -> p.putBranches(repo, branches.value())));
        } catch (GitHubException e) {
            if (e.timedOut()) {
                // Tried again at the next listing; meanwhile the tiles simply stay.
                LOG.info("branches of {} not read this time: {}", repo, e.getMessage());
                return;
            }
            if (!isPerRepository(e)) {
                throw e;
            }
            branchesUnavailable.add(repo);
            LOG.info("branches of {} unavailable, its tiles are kept until the runs age out: {}", repo, e.getMessage());
        }
    }

    /**
     * Errors that concern one repository; everything else (token, rate limit, no connection)
     * concerns the whole source. A 5xx or a time-out concerns the request it was for; many of them
     * make it source-wide (see {@link CycleFailures}).
     */
    private static boolean isPerRepository(GitHubException e) {
        return switch (e.kind()) {
            case NOT_FOUND, FORBIDDEN, MALFORMED, SERVER_ERROR -> true;
            case UNAUTHORIZED, RATE_LIMITED, UNREACHABLE -> false;
        };
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (next != null) {
            next.cancel(true);
        }
        abandonRunningCycle();
    }
}
