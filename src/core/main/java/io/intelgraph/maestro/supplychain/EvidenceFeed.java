package io.intelgraph.maestro.supplychain;

import io.intelgraph.maestro.github.GitHubException;
import io.intelgraph.maestro.model.build.BuildState;
import io.intelgraph.maestro.model.build.RunStatus;
import io.intelgraph.maestro.model.build.WorkflowRun;
import io.intelgraph.maestro.model.evidence.EvidenceSummary;
import io.intelgraph.maestro.model.repo.RateLimit;
import io.intelgraph.maestro.store.BuildPlane;
import io.intelgraph.maestro.store.BuildSnapshot;
import io.intelgraph.maestro.store.BuildTile;
import io.intelgraph.maestro.store.Freshness;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Reads the reports of the runs the tiles show, so the tiles can carry their badges: failing runs
 * first, a few per round, and only while the API budget has room to spare — the tiles' own
 * freshness comes first. A completed run's reports do not change, so each is read once; a run
 * whose reading failed is logged, kept in {@link #problems()} with the reason, and tried again after
 * a pause.
 *
 * <p>Rounds run on the feed's own executor, one at a time, paced by the budget rather than by the
 * plane's snapshots (each round costs requests); its own results never set one off. A round reads
 * without any lock and hands each summary to the plane with the run it was read from: the plane
 * drops it if the run was re-run meanwhile.
 */
public final class EvidenceFeed implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EvidenceFeed.class);
    private static final Duration RETRY_AFTER_FAILURE = Duration.ofMinutes(10);

    private final BuildPlane plane;
    private final EvidenceCollector collector;
    private final Supplier<Optional<RateLimit>> rateLimit;
    private final Budget budget;
    private final ScheduledExecutorService executor;
    private final Clock clock;
    // Written by rounds only (one at a time, on the executor); read by anyone.
    private final Map<Long, Instant> failedAt = new ConcurrentHashMap<>();
    private final Map<Long, String> problems = new ConcurrentHashMap<>();
    /** When each run read in the last hour was read: the hourly share is counted in runs. */
    private final Deque<Instant> readInTheLastHour = new ArrayDeque<>();
    private ScheduledFuture<?> task;

    /**
     * @param runsPerRound      how many runs one round reads at most
     * @param minRemainingShare the share of the hourly budget that must remain for a round to run
     * @param hourlyShare       the share of the hourly budget the feed may spend in any hour: polling may
     *                          spend 80 % (PollScheduler), and what a person clicks needs the rest
     * @param requestsPerRun    what reading one run's reports costs, about: the artifacts list, each
     *                          artifact's download, the SBOM, the check runs and the code-scanning alerts
     *                          (7.8 a run on the simulator's organisation)
     */
    public record Budget(int runsPerRound, double minRemainingShare, Duration every, double hourlyShare,
            int requestsPerRun) {
        /**
         * Four runs a quarter-minute at most, and 15 % of the hour's budget: with 5,000 requests an hour,
         * 750 requests, 93 runs an hour; a GitHub App installation's 15,000, three times as many.
         */
        public static final Budget DEFAULT = new Budget(4, 0.5, Duration.ofSeconds(15), 0.15, 8);

        /** Before the hourly share (tests that read every run at once). */
        public Budget(int runsPerRound, double minRemainingShare, Duration every) {
            this(runsPerRound, minRemainingShare, every, 1, 1);
        }

        /** Runs an hour the feed may read within a budget of {@code limit} requests an hour. */
        int runsPerHour(int limit) {
            return (int) Math.floor(limit * hourlyShare / requestsPerRun);
        }
    }

    public EvidenceFeed(BuildPlane plane, EvidenceCollector collector, Supplier<Optional<RateLimit>> rateLimit,
            Budget budget, ScheduledExecutorService executor, Clock clock) {
        this.plane = plane;
        this.collector = collector;
        this.rateLimit = rateLimit;
        this.budget = budget;
        this.executor = executor;
        this.clock = clock;
    }

    public EvidenceFeed start() {
        task = executor.scheduleWithFixedDelay(this::roundQuietly, 2_000, budget.every().toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    private void roundQuietly() {
        try {
            roundHere();
        } catch (RuntimeException e) {
            LOG.warn("Reading run reports failed: {}", e.toString());
        }
    }

    /**
     * One round on the feed's executor, waited for (the CLI, tests): reads up to
     * {@code runsPerRound} runs; returns how many were read.
     */
    public int round() {
        try {
            return executor.submit(this::roundHere).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    private int roundHere() {
        BuildSnapshot snapshot = plane.snapshot();
        if (snapshot.health().freshness() != Freshness.LIVE || !budgetAllows()) {
            return 0;
        }
        Instant now = clock.instant();
        int room = roomThisHour(now);
        if (room <= 0) {
            return 0;
        }
        List<WorkflowRun> wanted = snapshot.tiles().stream()
                .sorted(Comparator.comparing((BuildTile t) -> t.state() != BuildState.FAILED)
                        .thenComparing(t -> t.headline().updatedAt(), Comparator.nullsLast(Comparator.reverseOrder())))
                .map(BuildTile::headline)
                .filter(run -> run.status() == RunStatus.COMPLETED && snapshot.evidenceOf(run.id()).isEmpty())
                .filter(run -> !failedAt.containsKey(run.id()) || failedAt.get(run.id()).plus(RETRY_AFTER_FAILURE).isBefore(now))
                .distinct().limit(Math.min(budget.runsPerRound(), room)).toList();
        int read = 0;
        for (WorkflowRun run : wanted) {
            try {
                readInTheLastHour.addLast(now);
                plane.putEvidence(run, EvidenceSummary.of(collector.collect(run)));
                failedAt.remove(run.id());
                problems.remove(run.id());
                read++;
            } catch (GitHubException e) {
                failed(run, now, e.getMessage());
                if (e.kind() == GitHubException.Kind.RATE_LIMITED || e.kind() == GitHubException.Kind.UNREACHABLE) {
                    break; // the poller reports the source's trouble; no more requests this round
                }
            } catch (RuntimeException e) {
                // One run's unreadable reports must not stop the round, nor come first again every round.
                failed(run, now, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
            }
        }
        return read;
    }

    private void failed(WorkflowRun run, Instant now, String reason) {
        String problem = "Cannot read the reports of " + run.repo() + " run " + run.id() + ": " + reason
                + "; trying again in " + RETRY_AFTER_FAILURE.toMinutes() + " min.";
        failedAt.put(run.id(), now);
        problems.put(run.id(), problem);
        LOG.warn(problem);
    }

    /** Why the reports of a run could not be read, by run id, until a later reading succeeds. */
    public Map<Long, String> problems() {
        return Map.copyOf(problems);
    }

    /** Runs the hourly share has room for now (rounds run one at a time: no lock needed). */
    private int roomThisHour(Instant now) {
        while (!readInTheLastHour.isEmpty() && !readInTheLastHour.peekFirst().isAfter(now.minus(Duration.ofHours(1)))) {
            readInTheLastHour.removeFirst();
        }
        return rateLimit.get().map(r -> budget.runsPerHour(r.limit()) - readInTheLastHour.size()).orElse(Integer.MAX_VALUE);
    }

    private boolean budgetAllows() {
        return rateLimit.get().map(r -> r.remaining() >= r.limit() * budget.minRemainingShare()).orElse(true);
    }

    @Override
    public void close() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
