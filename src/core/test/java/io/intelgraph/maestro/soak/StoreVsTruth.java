package io.intelgraph.maestro.soak;

import io.intelgraph.maestro.model.build.WorkflowRun;
import io.intelgraph.maestro.sim.SimWorld;
import io.intelgraph.maestro.store.BuildSnapshot;
import io.intelgraph.maestro.store.BuildTile;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Compares the store's tiles with the simulator's truth at one instant: the newest run of every
 * workflow on every live branch must be in the store with the same id, attempt, status and
 * conclusion (nothing lost), no tile or workflow may appear twice or without a counterpart in the
 * truth (nothing duplicated, nothing made up), and tiles of deleted branches or archived
 * repositories must have left once their retention window (plus the poller's refresh) has passed.
 */
final class StoreVsTruth {

    /** Keys whose newest run predates this were never on the first page the poller reads: not counted as lost. */
    private final Instant watchedSince;
    private final Duration leaveWithin;
    /** How long after creation a repository or run may take to be seen (the repository list refresh). */
    private final Duration seenWithin;

    StoreVsTruth(Instant watchedSince, Duration leaveWithin, Duration seenWithin) {
        this.watchedSince = watchedSince;
        this.leaveWithin = leaveWithin;
        this.seenWithin = seenWithin;
    }

    private record Key(String repo, String branch, String workflow) {
    }

    /** The differences found; empty when the store matches the truth. */
    List<String> compare(BuildSnapshot snapshot, SimWorld world, Instant now) {
        List<String> problems = new ArrayList<>();
        Map<Key, WorkflowRun> stored = new HashMap<>();
        Set<String> tileKeys = new HashSet<>();
        Set<String> listedRepos = new HashSet<>();
        snapshot.repos().forEach(r -> listedRepos.add(r.id().fullName()));
        for (BuildTile tile : snapshot.tiles()) {
            if (!tileKeys.add(tile.repoName().toLowerCase() + "@" + tile.branch().toLowerCase())) {
                problems.add("duplicated tile " + tile.key());
            }
            Optional<Instant> goneSince = world.goneSince(tile.repoName(), tile.branch(), now);
            if (goneSince.isPresent()) {
                if (Duration.between(goneSince.get(), now).compareTo(leaveWithin) > 0) {
                    problems.add("lingering tile " + tile.key() + ": gone since " + goneSince.get());
                }
                continue;
            }
            for (WorkflowRun run : tile.latestPerWorkflow()) {
                if (stored.put(new Key(tile.repoName(), tile.branch(), run.workflowName()), run) != null) {
                    problems.add("duplicated workflow " + run.workflowName() + " on " + tile.key());
                }
            }
        }
        Set<Key> truthKeys = new HashSet<>();
        for (SimWorld.LatestRun truth : world.latestRuns(now)) {
            Key key = new Key(truth.repo(), truth.branch(), truth.workflow());
            truthKeys.add(key);
            WorkflowRun run = stored.get(key);
            boolean mayBeUnseen = truth.createdAt().isBefore(watchedSince)
                    || !listedRepos.contains(truth.repo()) && truth.createdAt().isAfter(now.minus(seenWithin));
            if (run == null) {
                if (!mayBeUnseen) {
                    problems.add("lost " + key + ": newest run " + truth.runId() + " is not in the store");
                }
            } else if (run.id() != truth.runId() || run.runAttempt() != truth.attempt() || run.status() != truth.status()
                    || run.conclusion() != truth.conclusion()) {
                problems.add("stale " + key + ": store has run " + run.id() + "#" + run.runAttempt() + " " + run.status()
                        + "/" + run.conclusion() + ", GitHub " + truth.runId() + "#" + truth.attempt() + " "
                        + truth.status() + "/" + truth.conclusion());
            }
        }
        stored.keySet().stream().filter(k -> !truthKeys.contains(k))
                .forEach(k -> problems.add("made-up " + k + ": no such workflow on a live branch"));
        return problems;
    }
}
