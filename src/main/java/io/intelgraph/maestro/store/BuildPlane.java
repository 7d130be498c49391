package io.intelgraph.maestro.store;

import io.intelgraph.maestro.model.BuildState;
import io.intelgraph.maestro.model.GitHubEvent;
import io.intelgraph.maestro.model.PullRequest;
import io.intelgraph.maestro.model.RateLimit;
import io.intelgraph.maestro.model.Repo;
import io.intelgraph.maestro.model.RepoId;
import io.intelgraph.maestro.model.WorkflowRun;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The one in-memory state of builds. Sources write to it; every change is published to subscribers
 * as a new immutable {@link BuildSnapshot}. Changes inside {@link #batch(Runnable)} publish once.
 */
public final class BuildPlane {

    /** Runs kept per repository: enough for the newest page plus history. */
    private static final int RUNS_KEPT_PER_REPO = 300;
    private static final int HISTORY_PER_TILE = 10;
    private static final Comparator<WorkflowRun> NEWEST_FIRST = Comparator
            .comparing(WorkflowRun::createdAt).thenComparingLong(WorkflowRun::id).reversed();

    private record Transition(BuildState state, BuildState previous, Instant changedAt) {
    }

    private final Clock clock;
    private final List<Consumer<BuildSnapshot>> subscribers = new CopyOnWriteArrayList<>();
    private final Map<RepoId, Map<Long, WorkflowRun>> runsByRepo = new HashMap<>();
    private final Map<RepoId, Map<Integer, PullRequest>> openPullsByRepo = new HashMap<>();
    private final Map<RepoId, Repo> repos = new TreeMap<>();
    private final Map<RepoId, String> repoErrors = new TreeMap<>();
    private final Map<TileKey, Transition> transitions = new HashMap<>();
    private SourceHealth health;
    private long version;
    private long eventsApplied;
    private int batchDepth;
    private boolean dirty;
    private BuildSnapshot current;

    public BuildPlane(Clock clock, SourceHealth initialHealth) {
        this.clock = clock;
        this.health = initialHealth;
        this.current = build();
    }

    public Clock clock() {
        return clock;
    }

    /** Subscribes and immediately receives the current snapshot. Returns the unsubscribe action. */
    public Runnable subscribe(Consumer<BuildSnapshot> subscriber) {
        subscribers.add(subscriber);
        subscriber.accept(snapshot());
        return () -> subscribers.remove(subscriber);
    }

    public synchronized BuildSnapshot snapshot() {
        return current;
    }

    /** Runs {@code changes} and publishes one snapshot at the end, however many changes it made. */
    public void batch(Runnable changes) {
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
        });
    }

    public void putRepo(Repo repo) {
        change(() -> repos.put(repo.id(), repo));
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
        });
    }

    public void putPullRequest(PullRequest pr) {
        change(() -> {
            Map<Integer, PullRequest> open = openPullsByRepo.computeIfAbsent(pr.repo(), r -> new LinkedHashMap<>());
            if (pr.isOpen()) {
                open.put(pr.number(), pr);
            } else {
                open.remove(pr.number());
            }
        });
    }

    /** Applies a webhook event; events that change nothing on screen are still counted. */
    public void apply(GitHubEvent event) {
        change(() -> {
            eventsApplied++;
            switch (event) {
                case GitHubEvent.WorkflowRunEvent e -> storeRun(e.run());
                case GitHubEvent.PullRequestEvent e -> {
                    Map<Integer, PullRequest> open = openPullsByRepo.computeIfAbsent(e.repo(), r -> new LinkedHashMap<>());
                    if (e.pullRequest().isOpen()) {
                        open.put(e.pullRequest().number(), e.pullRequest());
                    } else {
                        open.remove(e.pullRequest().number());
                    }
                }
                default -> {
                    // Jobs, checks, pushes, releases ...: the run-level events carry the tile state.
                }
            }
        });
    }

    public void repoFailed(RepoId repo, String message) {
        change(() -> repoErrors.put(repo, message));
    }

    public void repoOk(RepoId repo) {
        change(() -> repoErrors.remove(repo));
    }

    public void sourceLive(Optional<RateLimit> rateLimit, long pollIntervalSeconds) {
        change(() -> health = new SourceHealth(health.sourceName(), health.simulated(), Freshness.LIVE, "",
                clock.instant(), rateLimit.or(health::rateLimit), null, pollIntervalSeconds));
    }

    /** The source failed as a whole: everything on screen becomes stale, with the reason. */
    public void sourceStale(String message, Instant retryAt, Optional<RateLimit> rateLimit) {
        change(() -> health = new SourceHealth(health.sourceName(), health.simulated(), Freshness.STALE, message,
                health.lastSuccess(), rateLimit.or(health::rateLimit), retryAt, health.pollIntervalSeconds()));
    }

    private void storeRun(WorkflowRun run) {
        Map<Long, WorkflowRun> runs = runsByRepo.computeIfAbsent(run.repo(), r -> new HashMap<>());
        WorkflowRun known = runs.get(run.id());
        // An older attempt or an older update of the same attempt must not overwrite a newer one.
        if (known != null && (known.runAttempt() > run.runAttempt()
                || known.runAttempt() == run.runAttempt() && known.updatedAt().isAfter(run.updatedAt()))) {
            return;
        }
        runs.put(run.id(), run);
        if (runs.size() > RUNS_KEPT_PER_REPO) {
            runs.values().stream().sorted(NEWEST_FIRST).skip(RUNS_KEPT_PER_REPO).map(WorkflowRun::id).toList()
                    .forEach(runs::remove);
        }
    }

    private void change(Runnable mutation) {
        BuildSnapshot toPublish;
        synchronized (this) {
            mutation.run();
            dirty = true;
            toPublish = batchDepth == 0 ? rebuild() : null;
        }
        publish(toPublish);
    }

    private void publish(BuildSnapshot snapshot) {
        if (snapshot != null) {
            subscribers.forEach(s -> s.accept(snapshot));
        }
    }

    private BuildSnapshot rebuild() {
        dirty = false;
        current = build();
        return current;
    }

    private BuildSnapshot build() {
        Instant now = clock.instant();
        List<BuildTile> tiles = new ArrayList<>();
        for (Map.Entry<RepoId, Map<Long, WorkflowRun>> entry : runsByRepo.entrySet()) {
            RepoId repo = entry.getKey();
            Map<String, List<WorkflowRun>> byBranch = entry.getValue().values().stream()
                    .sorted(NEWEST_FIRST)
                    .collect(Collectors.groupingBy(WorkflowRun::headBranch, LinkedHashMap::new, Collectors.toList()));
            Map<Integer, PullRequest> pulls = openPullsByRepo.getOrDefault(repo, Map.of());
            for (Map.Entry<String, List<WorkflowRun>> branch : byBranch.entrySet()) {
                tiles.add(tile(new TileKey(repo, branch.getKey()), branch.getValue(), pulls, now));
            }
        }
        tiles.sort(Comparator.comparing(BuildTile::key));
        return new BuildSnapshot(++version, now, tiles, List.copyOf(repos.values()), repoErrors, health, eventsApplied);
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
