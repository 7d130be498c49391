package io.intelgraph.maestro.github;

import io.intelgraph.maestro.model.build.RunStatus;
import io.intelgraph.maestro.model.build.WorkflowRun;
import io.intelgraph.maestro.model.repo.PullRequest;
import io.intelgraph.maestro.model.repo.RepoId;
import io.intelgraph.maestro.store.BuildPlane;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Reads one repository for a poll: its runs, its open PRs when asked or when the runs changed, its
 * branches when asked. What it found comes back as changes for the plane, applied by the poller
 * in one batch; a first pass reads in two halves (the runs of every repository, then the PRs), so
 * the first tiles need not wait for the PRs. A failure of this repository alone (not found,
 * refused, malformed, a 5xx or a time-out for it) stales its own tiles; one of the whole source is
 * thrown. Thread-safe: a pool reads several repositories at once.
 */
final class RepoReader {

    private static final Logger LOG = LoggerFactory.getLogger(RepoReader.class);

    /**
     * What reading one repository gave.
     *
     * @param updates changes for the plane, in order
     * @param error   the repository's own failure, in words; empty when it was read
     * @param outcome what the scheduler learns from it (meaningless when {@code error} is present)
     */
    record Result(RepoId repo, List<Consumer<BuildPlane>> updates, Optional<String> error, PollScheduler.Outcome outcome) {
        boolean failed() {
            return error.isPresent();
        }
    }

    private final GitHubClient client;
    private final int runsPerRepo;
    private final Runnable progress;
    private final Set<RepoId> pullsUnavailable = ConcurrentHashMap.newKeySet();
    private final Set<RepoId> branchesUnavailable = ConcurrentHashMap.newKeySet();

    /** @param progress called as each request starts, for the poller's watchdog */
    RepoReader(GitHubClient client, int runsPerRepo, Runnable progress) {
        this.client = client;
        this.runsPerRepo = runsPerRepo;
        this.progress = progress;
    }

    /**
     * The first half of a read: a repository's runs (and branches) read, its pull requests not yet; or the
     * repository's own failure, which ends its read.
     */
    sealed interface FirstHalf {
    }

    /** The repository's runs could not be read: its read ends with this result. */
    record RunsFailed(Result result) implements FirstHalf {
    }

    /**
     * The runs were read.
     *
     * @param updates the runs' (and branches') changes for the plane, not yet applied
     * @param changed whether the runs were new (not a 304)
     * @param charged the requests GitHub answered anew so far
     */
    record RunsRead(PollScheduler.Visit visit, List<Consumer<BuildPlane>> updates, boolean changed, boolean active,
            int charged, Optional<Boolean> branches) implements FirstHalf {
        RunsRead {
            updates = List.copyOf(updates);
        }

        RepoId repo() {
            return visit.repo();
        }

        /** The same read once its updates are on the plane: the second half adds only its own. */
        RunsRead applied() {
            return new RunsRead(visit, List.of(), changed, active, charged, branches);
        }

        /** The runs alone, as the result of a read whose second half never came (the pass failed meanwhile). */
        Result withoutPulls() {
            return done(this, new ArrayList<>(updates), false, charged);
        }
    }

    /** Reads the repository's runs, then (when due) its open pull requests. */
    Result read(PollScheduler.Visit visit, CycleFailures failures) throws GitHubException {
        return switch (readRuns(visit, failures)) {
            case RunsFailed failed -> failed.result();
            case RunsRead runs -> readPulls(runs, failures);
        };
    }

    FirstHalf readRuns(PollScheduler.Visit visit, CycleFailures failures) throws GitHubException {
        RepoId repo = visit.repo();
        List<Consumer<BuildPlane>> updates = new ArrayList<>();
        progress.run();
        Fetched<List<WorkflowRun>> runs;
        try {
            runs = client.listRuns(repo, runsPerRepo, 1);
            failures.answered();
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
            return new RunsFailed(failed(repo, e, updates));
        }
        boolean changed = !runs.notModified();
        if (changed) {
            updates.add(p -> p.putRuns(repo, runs.value()));
        }
        boolean active = runs.value().stream().anyMatch(run -> run.status() != RunStatus.COMPLETED);
        int charged = changed ? 1 : 0;
        Optional<Boolean> branches = visit.branches() ? readBranches(repo, updates) : Optional.empty();
        charged += branches.orElse(false) ? 1 : 0;
        return new RunsRead(visit, updates, changed, active, charged, branches);
    }

    /** The second half: the open pull requests, when the visit asks for them or the runs changed. */
    Result readPulls(RunsRead runs, CycleFailures failures) throws GitHubException {
        RepoId repo = runs.repo();
        List<Consumer<BuildPlane>> updates = new ArrayList<>(runs.updates());
        int charged = runs.charged();
        boolean pullsRead = false;
        if ((runs.visit().pulls() || runs.changed()) && !pullsUnavailable.contains(repo)) {
            progress.run();
            try {
                Fetched<List<PullRequest>> pulls = client.listOpenPullRequests(repo);
                failures.answered();
                pullsRead = true;
                if (!pulls.notModified()) {
                    charged++;
                    updates.add(p -> p.putOpenPullRequests(repo, pulls.value()));
                }
            } catch (GitHubException e) {
                if (e.timedOut()) {
                    failures.timedOut(e);
                    // A passing hiccup: the tiles keep the PRs last seen, and the next poll asks again.
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
                            return failed(repo, e, updates);
                        }
                    }
                }
            }
        }
        return done(runs, updates, pullsRead, charged);
    }

    private static Result done(RunsRead runs, List<Consumer<BuildPlane>> updates, boolean pullsRead, int charged) {
        RepoId repo = runs.repo();
        updates.add(p -> p.repoOk(repo));
        return new Result(repo, updates, Optional.empty(), new PollScheduler.Outcome(runs.changed(), runs.active(),
                pullsRead, runs.branches().isPresent(), charged));
    }

    private static Result failed(RepoId repo, GitHubException e, List<Consumer<BuildPlane>> updates) {
        updates.add(p -> p.repoFailed(repo, e.getMessage()));
        return new Result(repo, updates, Optional.of(e.getMessage()), new PollScheduler.Outcome(false, false, false, false, 0));
    }

    /**
     * Which branches exist: tiles of deleted branches leave after the plane's retention window. A
     * repository whose branches cannot be read keeps all its tiles.
     *
     * @return empty when they were not read; otherwise whether GitHub's answer was new (not 304)
     */
    private Optional<Boolean> readBranches(RepoId repo, List<Consumer<BuildPlane>> updates) throws GitHubException {
        if (branchesUnavailable.contains(repo)) {
            return Optional.empty();
        }
        progress.run();
        try {
            Optional<Fetched<List<String>>> branches = client.listBranches(repo);
            branches.ifPresent(b -> updates.add(p -> p.putBranches(repo, b.value())));
            return Optional.of(branches.map(b -> !b.notModified()).orElse(true));
        } catch (GitHubException e) {
            if (e.timedOut()) {
                // Tried again next time; meanwhile the tiles simply stay.
                LOG.info("branches of {} not read this time: {}", repo, e.getMessage());
                return Optional.empty();
            }
            if (!isPerRepository(e)) {
                throw e;
            }
            branchesUnavailable.add(repo);
            LOG.info("branches of {} unavailable, its tiles are kept until the runs age out: {}", repo, e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Errors that concern one repository; everything else (token, rate limit, no connection)
     * concerns the whole source. A 5xx or a time-out concerns the request it was for; many of them
     * make it source-wide (see {@link CycleFailures}).
     */
    static boolean isPerRepository(GitHubException e) {
        return switch (e.kind()) {
            case NOT_FOUND, FORBIDDEN, MALFORMED, SERVER_ERROR -> true;
            case UNAUTHORIZED, RATE_LIMITED, UNREACHABLE -> false;
        };
    }
}
