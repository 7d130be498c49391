package io.intelgraph.maestro.github;

import io.intelgraph.maestro.model.PullRequest;
import io.intelgraph.maestro.model.Repo;
import io.intelgraph.maestro.model.RepoId;
import io.intelgraph.maestro.model.WorkflowRun;
import io.intelgraph.maestro.store.BuildPlane;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The GitHub source: polls the targets' workflow runs and open PRs into the {@link BuildPlane},
 * conditionally (ETags), at an interval the {@link PollPlanner} fits to the rate limit. Failures
 * are classified: a per-repository problem marks that repository's tiles stale; a source-wide one
 * (no connection, bad token, rate limit) marks everything stale and waits (Retry-After / reset /
 * backoff) before trying again. Never throws out of a cycle.
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
    private final Set<RepoId> pullsUnavailable = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private List<RepoId> repos = List.of();
    private Instant reposListedAt;
    private ScheduledFuture<?> next;
    private volatile boolean closed;
    private boolean primed;

    public GitHubPoller(GitHubClient client, BuildPlane plane, PollTargets targets, PollPlanner planner,
            ScheduledExecutorService executor, Clock clock, int runsPerRepo, long seed) {
        this.client = client;
        this.plane = plane;
        this.targets = targets;
        this.planner = planner;
        this.executor = executor;
        this.clock = clock;
        this.runsPerRepo = runsPerRepo;
        this.backoff = new Backoff(Duration.ofSeconds(5), Duration.ofMinutes(5), new SplittableRandom(seed));
    }

    /** Starts polling on the executor; the first cycle runs at once. */
    public synchronized void start() {
        schedule(Duration.ZERO);
    }

    /** Polls now, out of turn (the refresh button, a webhook hint); the schedule continues after it. */
    public synchronized void pollNow() {
        if (next != null) {
            next.cancel(false);
        }
        schedule(Duration.ZERO);
    }

    private synchronized void schedule(Duration delay) {
        if (!closed) {
            next = executor.schedule(this::cycleAndReschedule, delay.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void cycleAndReschedule() {
        CycleResult result;
        try {
            result = syncOnce();
        } catch (RuntimeException e) {
            // A bug must not stop the HUD from polling; it shows as a stale source with the reason.
            LOG.error("poll cycle failed", e);
            Duration delay = backoff.nextDelay();
            plane.sourceStale("Internal error while polling: " + e, clock.instant().plus(delay), client.http().rateLimit());
            schedule(delay);
            return;
        }
        schedule(result.nextDelay());
    }

    /** One complete cycle, on the calling thread. */
    public CycleResult syncOnce() {
        GitHubHttp.RequestCounts before = client.http().requestCounts();
        List<String> repoErrors = new ArrayList<>();
        String[] failure = {""};
        Instant[] retryAt = {null};
        plane.batch(() -> {
            try {
                refreshRepoList(repoErrors);
                for (RepoId repo : repos) {
                    pollRepo(repo, repoErrors);
                }
            } catch (GitHubException e) {
                failure[0] = e.getMessage();
                retryAt[0] = e.retryAt().orElse(null);
            }
        });
        GitHubHttp.RequestCounts after = client.http().requestCounts();
        long sent = after.sent() - before.sent();
        long notModified = after.notModified() - before.notModified();
        Duration delay;
        if (failure[0].isEmpty()) {
            backoff.reset();
            // The first cycle fetches everything once; from then on only changes are charged.
            delay = primed ? planner.next(client.http().rateLimit(), sent - notModified, clock.instant())
                    : planner.minInterval();
            primed = true;
            plane.sourceLive(client.http().rateLimit(), delay.toSeconds());
        } else {
            delay = retryAt[0] != null
                    ? backoff.jitter(Duration.between(clock.instant(), retryAt[0]).isNegative() ? Duration.ZERO
                            : Duration.between(clock.instant(), retryAt[0]))
                    : backoff.nextDelay();
            Instant again = clock.instant().plus(delay);
            LOG.warn("{} (next try in {} s)", failure[0], delay.toSeconds());
            plane.sourceStale(failure[0], again, client.http().rateLimit());
        }
        return new CycleResult(repos.size(), sent, notModified, List.copyOf(repoErrors), failure[0], delay);
    }

    private void refreshRepoList(List<String> errors) throws GitHubException {
        Instant now = clock.instant();
        if (reposListedAt != null && Duration.between(reposListedAt, now).compareTo(REPO_LIST_REFRESH) < 0) {
            return;
        }
        Set<RepoId> all = new LinkedHashSet<>();
        List<Repo> listed = new ArrayList<>();
        for (String owner : targets.owners()) {
            try {
                for (Repo repo : client.listRepos(owner).value()) {
                    if (!repo.archived()) {
                        listed.add(repo);
                        all.add(repo.id());
                    }
                }
            } catch (GitHubException e) {
                if (!isPerRepository(e)) {
                    throw e;
                }
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
        repos = List.copyOf(all);
        if (!listed.isEmpty()) {
            plane.setRepos(listed);
        }
        reposListedAt = now;
    }

    private void pollRepo(RepoId repo, List<String> repoErrors) throws GitHubException {
        try {
            Fetched<List<WorkflowRun>> runs = client.listRuns(repo, runsPerRepo, 1);
            if (!runs.notModified()) {
                plane.putRuns(repo, runs.value());
            }
            plane.repoOk(repo);
        } catch (GitHubException e) {
            if (!isPerRepository(e)) {
                throw e;
            }
            repoErrors.add(e.getMessage());
            plane.repoFailed(repo, e.getMessage());
            return;
        }
        if (pullsUnavailable.contains(repo)) {
            return;
        }
        try {
            Fetched<List<PullRequest>> pulls = client.listOpenPullRequests(repo);
            if (!pulls.notModified()) {
                plane.putOpenPullRequests(repo, pulls.value());
            }
        } catch (GitHubException e) {
            if (!isPerRepository(e)) {
                throw e;
            }
            // Runs still show; tiles just lack PR titles. Said once in the log, not on every poll.
            pullsUnavailable.add(repo);
            LOG.warn("pull requests of {} unavailable, tiles show branches only: {}", repo, e.getMessage());
        }
    }

    /** Errors that concern one repository; everything else concerns the whole source. */
    private static boolean isPerRepository(GitHubException e) {
        return switch (e.kind()) {
            case NOT_FOUND, FORBIDDEN, MALFORMED -> true;
            case UNAUTHORIZED, RATE_LIMITED, UNREACHABLE, SERVER_ERROR -> false;
        };
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (next != null) {
            next.cancel(true);
        }
    }
}
