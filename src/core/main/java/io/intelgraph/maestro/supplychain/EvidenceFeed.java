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
import java.util.Comparator;
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
    private ScheduledFuture<?> task;

    /**
     * @param runsPerRound how many runs one round reads at most (each costs about six requests)
     * @param minRemainingShare the share of the hourly budget that must remain for a round to run
     */
    public record Budget(int runsPerRound, double minRemainingShare, Duration every) {
        public static final Budget DEFAULT = new Budget(4, 0.5, Duration.ofSeconds(15));
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
        List<WorkflowRun> wanted = snapshot.tiles().stream()
                .sorted(Comparator.comparing((BuildTile t) -> t.state() != BuildState.FAILED)
                        .thenComparing(t -> t.headline().updatedAt(), Comparator.nullsLast(Comparator.reverseOrder())))
                .map(BuildTile::headline)
                .filter(run -> run.status() == RunStatus.COMPLETED && snapshot.evidenceOf(run.id()).isEmpty())
                .filter(run -> !failedAt.containsKey(run.id()) || failedAt.get(run.id()).plus(RETRY_AFTER_FAILURE).isBefore(now))
                .distinct().limit(budget.runsPerRound()).toList();
        int read = 0;
        for (WorkflowRun run : wanted) {
            try {
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
