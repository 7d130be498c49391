package io.intelgraph.maestro.bench;

import io.intelgraph.maestro.github.GitHubClient;
import io.intelgraph.maestro.github.GitHubHttp;
import io.intelgraph.maestro.github.GitHubPoller;
import io.intelgraph.maestro.github.PollPlanner;
import io.intelgraph.maestro.github.PollTargets;
import io.intelgraph.maestro.github.Token;
import io.intelgraph.maestro.model.build.BuildState;
import io.intelgraph.maestro.model.build.Conclusion;
import io.intelgraph.maestro.model.build.RunStatus;
import io.intelgraph.maestro.model.build.WorkflowRun;
import io.intelgraph.maestro.sim.SimChurn;
import io.intelgraph.maestro.sim.SimClock;
import io.intelgraph.maestro.sim.SimGitHubServer;
import io.intelgraph.maestro.sim.SimScale;
import io.intelgraph.maestro.sim.SimWorld;
import io.intelgraph.maestro.store.BuildPlane;
import io.intelgraph.maestro.store.BuildTile;
import io.intelgraph.maestro.store.SourceHealth;
import io.intelgraph.maestro.store.TileKey;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The wall benchmark's organisation: a sized simulated world read once through the real client and
 * poller into a plane on a real-time clock (the simulator is closed after that first sync, so what
 * is measured is the HUD, as against GitHub), with an exact number of running builds, and a writer
 * that changes runs at a steady rate while keeping that number about level: each change completes a
 * running build (one in seven fails) or starts one on an idle branch.
 */
final class WallWorkload implements AutoCloseable {

    private static final String ORG = "intelgraph-sim";
    private static final String TOKEN = "wall-bench";

    private final BuildPlane plane;
    private final GitHubClient client;
    private final Clock clock;
    private final SplittableRandom random = new SplittableRandom(2_000);
    /** Each tile's newest run per workflow, as this workload last wrote or read it. */
    private final Map<TileKey, Map<String, WorkflowRun>> latest = new LinkedHashMap<>();
    /** The tiles running, each with the workflow this workload started there. */
    private final Map<TileKey, String> running = new LinkedHashMap<>();
    private final List<TileKey> keys = new ArrayList<>();
    private long nextRunId = 90_000_000_000L;
    private ScheduledExecutorService writer;

    private WallWorkload(BuildPlane plane, GitHubClient client, Clock clock) {
        this.plane = plane;
        this.client = client;
        this.clock = clock;
    }

    /** An organisation of {@code scale}, synced once; exactly {@code runningTiles} of its tiles running. */
    static WallWorkload open(SimScale scale, int runningTiles) throws IOException {
        SimClock clock = new SimClock(Instant.now(), 1);
        SimWorld world = new SimWorld(42, clock.instant(), SimChurn.OFF, scale);
        BuildPlane plane = new BuildPlane(clock, Clock.systemUTC(), SourceHealth.connecting("SIMULATED wall benchmark", true));
        GitHubClient client;
        try (SimGitHubServer server = new SimGitHubServer(world, clock, Clock.systemUTC(), TOKEN, 0).start()) {
            client = new GitHubClient(new GitHubHttp(server.baseUrl(), Optional.of(new Token(TOKEN, "bench")),
                    Clock.systemUTC(), Duration.ofSeconds(30)));
            ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
            try (GitHubPoller poller = new GitHubPoller(client, plane, new PollTargets(List.of(ORG), List.of()),
                    PollPlanner.defaults(), executor, Clock.systemUTC(), 50, 1)) {
                GitHubPoller.CycleResult result = poller.syncOnce();
                if (!result.ok()) {
                    throw new IOException("the first sync failed: " + result.failure());
                }
            } finally {
                executor.shutdownNow();
            }
        }
        WallWorkload workload = new WallWorkload(plane, client, clock);
        workload.takeOver(plane.snapshot().tiles(), runningTiles);
        return workload;
    }

    /**
     * Completes every build the sync found going (in one snapshot), then starts {@code runningTiles}:
     * from here on this workload knows exactly which tiles run.
     */
    private void takeOver(List<BuildTile> tiles, int runningTiles) {
        Instant now = clock.instant();
        plane.batch(() -> {
            for (BuildTile tile : tiles) {
                Map<String, WorkflowRun> byWorkflow = new LinkedHashMap<>();
                for (WorkflowRun run : tile.latestPerWorkflow()) {
                    WorkflowRun settled = run.status() == RunStatus.COMPLETED ? run
                            : copy(run, run.id(), run.runNumber(), RunStatus.COMPLETED, Conclusion.SUCCESS, run.createdAt(), now);
                    if (settled != run) {
                        plane.putRun(settled);
                    }
                    byWorkflow.put(run.workflowName(), settled);
                }
                latest.put(tile.key(), byWorkflow);
                keys.add(tile.key());
            }
        });
        while (running.size() < runningTiles) {
            start();
        }
    }

    BuildPlane plane() {
        return plane;
    }

    GitHubClient client() {
        return client;
    }

    int tiles() {
        return keys.size();
    }

    int running() {
        return running.size();
    }

    /**
     * Changes {@code perSecond} runs a second, in steps of 10 ms, keeping about {@code target}
     * running; {@code sent} hears, after each change, the version of the snapshot that carries it
     * and the nanoTime just before it was written.
     */
    void startChanges(int perSecond, int target, ChangeListener sent) {
        int perStep = Math.max(1, perSecond / 100);
        writer = Executors.newSingleThreadScheduledExecutor(r -> Thread.ofPlatform().daemon().name("wall-writer")
                .unstarted(r));
        writer.scheduleAtFixedRate(() -> {
            for (int i = 0; i < perStep; i++) {
                long at = System.nanoTime();
                if (running.size() > target || running.size() == target && random.nextBoolean()) {
                    complete();
                } else {
                    start();
                }
                sent.changed(plane.snapshot().version(), at);
            }
        }, 0, 10, TimeUnit.MILLISECONDS);
    }

    /** Stops the writer and waits for its last change. */
    void stopChanges() throws InterruptedException {
        writer.shutdown();
        writer.awaitTermination(10, TimeUnit.SECONDS);
        writer = null;
    }

    /** Hears each change the writer made. */
    interface ChangeListener {
        void changed(long version, long sentNanos);
    }

    /** A new run on an idle branch whose other workflows passed: the tile turns RUNNING. */
    private void start() {
        TileKey key;
        String workflow;
        do {
            key = keys.get(random.nextInt(keys.size()));
            workflow = latest.get(key).keySet().iterator().next();
        } while (running.containsKey(key) || !othersPassed(key, workflow));
        WorkflowRun last = latest.get(key).get(workflow);
        Instant now = clock.instant();
        WorkflowRun started = copy(last, nextRunId++, last.runNumber() + 1, RunStatus.IN_PROGRESS, Conclusion.NONE, now, now);
        plane.putRun(started);
        latest.get(key).put(workflow, started);
        running.put(key, workflow);
    }

    /** A running build ends, one in seven failed: the tile turns PASSED or FAILED. */
    private void complete() {
        List<TileKey> going = new ArrayList<>(running.keySet());
        TileKey key = going.get(random.nextInt(going.size()));
        String workflow = running.remove(key);
        WorkflowRun run = latest.get(key).get(workflow);
        Conclusion conclusion = random.nextInt(7) == 0 ? Conclusion.FAILURE : Conclusion.SUCCESS;
        WorkflowRun done = copy(run, run.id(), run.runNumber(), RunStatus.COMPLETED, conclusion, run.createdAt(),
                clock.instant());
        plane.putRun(done);
        latest.get(key).put(workflow, done);
    }

    private boolean othersPassed(TileKey key, String workflow) {
        return latest.get(key).entrySet().stream().filter(e -> !e.getKey().equals(workflow))
                .allMatch(e -> e.getValue().state().ordinal() > BuildState.RUNNING.ordinal());
    }

    /** {@code run} moved on: the same run (same id, same attempt: the store takes no older attempt) or a new one. */
    private static WorkflowRun copy(WorkflowRun run, long id, long runNumber, RunStatus status, Conclusion conclusion,
            Instant createdAt, Instant updatedAt) {
        int attempt = id == run.id() ? run.runAttempt() : 1;
        return new WorkflowRun(id, run.repo(), run.workflowName(), run.displayTitle(), run.headBranch(), run.headSha(),
                run.event(), status, conclusion, runNumber, attempt, createdAt, createdAt, updatedAt, run.actor(),
                run.triggeringActor(), run.htmlUrl(), run.pullRequestNumbers());
    }

    @Override
    public void close() throws InterruptedException {
        if (writer != null) {
            stopChanges();
        }
        plane.close();
    }
}
