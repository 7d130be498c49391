package io.intelgraph.maestro.slo;

import io.intelgraph.maestro.github.GitHubClient;
import io.intelgraph.maestro.github.GitHubException;
import io.intelgraph.maestro.model.build.WorkflowRun;
import io.intelgraph.maestro.model.repo.RepoId;
import io.intelgraph.maestro.store.BuildSnapshot;
import io.intelgraph.maestro.store.BuildTile;
import io.intelgraph.maestro.store.DefaultBranches;
import io.intelgraph.maestro.store.TileKey;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Marks a tile whose latest successful run of a workflow took longer than its target: the same
 * rule as {@link SloReader}, the previous runs taken from the tile's history and the default
 * branch's tile in the snapshot. A completed run's verdict never changes, so each run costs one
 * jobs request and one comparison, once; a pass judges at most a few new runs, and none while the
 * API budget is low, so a large wall fills its marks over a few passes without starving the poller.
 */
public final class SloMarker {

    private static final int KEPT = 4096;

    private final GitHubClient github;
    private final SloReader rules;
    private final Map<Long, ClassifiedRun> judged = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, ClassifiedRun> eldest) {
            return size() > KEPT;
        }
    };

    public SloMarker(GitHubClient github, SloTargets targets) {
        this.github = github;
        this.rules = new SloReader(github, targets, 1);
    }

    /** Runs judged in one pass of {@link #marks}, at most. */
    public static final int NEW_RUNS_PER_PASS = 12;
    /** Below this share of the hourly budget left, no new run is judged. */
    static final double BUDGET_FLOOR = 0.25;

    /** A pass's marks; {@code complete} is false when runs are left for a later pass. */
    public record Marks(Map<TileKey, SloMark> marks, boolean complete) {
        public Marks {
            marks = Map.copyOf(marks);
        }
    }

    /**
     * The marks of every tile of {@code snapshot}, judging at most {@code newRuns} runs not seen
     * before (the others wait for the next pass).
     */
    public Marks marks(BuildSnapshot snapshot, int newRuns) {
        int[] budget = {lowBudget() ? 0 : newRuns};
        int[] skipped = {0};
        DefaultTiles defaults = DefaultTiles.of(snapshot);
        Map<TileKey, SloMark> marks = new HashMap<>();
        for (BuildTile tile : snapshot.tiles()) {
            try {
                mark(tile, defaults, budget, skipped).ifPresent(mark -> marks.put(tile.key(), mark));
            } catch (GitHubException e) {
                budget[0] = 0; // GitHub is failing: judge nothing more this pass, keep what is known
                skipped[0]++;
            }
        }
        return new Marks(marks, skipped[0] == 0);
    }

    private boolean lowBudget() {
        return github.http().rateLimit().map(r -> r.remaining() < r.limit() * BUDGET_FLOOR).orElse(false);
    }

    /** The worst overshoot among the tile's latest runs, if any run is over its target. */
    public Optional<SloMark> mark(BuildTile tile, BuildSnapshot snapshot) throws GitHubException {
        return mark(tile, DefaultTiles.of(snapshot), new int[] {Integer.MAX_VALUE}, new int[1]);
    }

    private Optional<SloMark> mark(BuildTile tile, DefaultTiles defaults, int[] budget, int[] skipped)
            throws GitHubException {
        Optional<SloMark> worst = Optional.empty();
        List<WorkflowRun> known = null; // only a run not judged before needs the runs it is compared with
        for (WorkflowRun run : tile.latestPerWorkflow()) {
            if (!SloReader.counts(run)) {
                continue;
            }
            ClassifiedRun classified = judged(run.id());
            if (classified == null) {
                if (budget[0] <= 0) {
                    skipped[0]++;
                    continue;
                }
                budget[0]--;
                if (known == null) {
                    known = known(tile, defaults);
                }
                classified = judge(run, known, defaults.branchOf(tile.key().repo()));
            }
            ClassifiedRun found = classified;
            if (found.breached() && worst.map(w -> overshoot(found.mark()) > overshoot(w)).orElse(true)) {
                worst = Optional.of(found.mark());
            }
        }
        return worst;
    }

    /** The tile's runs and its repository's default branch's: what a run's "previous" is chosen from. */
    private static List<WorkflowRun> known(BuildTile tile, DefaultTiles defaults) {
        List<WorkflowRun> known = new ArrayList<>(tile.history());
        known.addAll(tile.latestPerWorkflow());
        defaults.tileOf(tile.key().repo()).ifPresent(main -> {
            known.addAll(main.history());
            known.addAll(main.latestPerWorkflow());
        });
        return known;
    }

    /** Each repository's default branch ({@link DefaultBranches}) and its tile, found once a pass. */
    private record DefaultTiles(DefaultBranches branches, Map<RepoId, BuildTile> tiles) {

        static DefaultTiles of(BuildSnapshot snapshot) {
            DefaultBranches branches = DefaultBranches.of(snapshot);
            Map<RepoId, BuildTile> tiles = new HashMap<>();
            for (BuildTile tile : snapshot.tiles()) {
                if (branches.isDefault(tile)) {
                    tiles.putIfAbsent(tile.key().repo(), tile);
                }
            }
            return new DefaultTiles(branches, tiles);
        }

        String branchOf(RepoId repo) {
            return branches.of(repo);
        }

        Optional<BuildTile> tileOf(RepoId repo) {
            return Optional.ofNullable(tiles.get(repo));
        }
    }

    private ClassifiedRun judged(long runId) {
        synchronized (judged) {
            return judged.get(runId);
        }
    }

    private ClassifiedRun judge(WorkflowRun run, List<WorkflowRun> known, String defaultBranch) throws GitHubException {
        List<WorkflowRun> sameWorkflow = known.stream().filter(r -> r.workflowName().equals(run.workflowName()))
                .distinct().sorted(Comparator.comparing(WorkflowRun::createdAt)).toList();
        RunTiming timing = RunTiming.of(run, github.listJobs(run.repo(), run.id()).value());
        ClassifiedRun classified = rules.classify(timing, SloReader.previous(run, sameWorkflow, defaultBranch), run.repo());
        synchronized (judged) {
            judged.put(run.id(), classified);
        }
        return classified;
    }

    private static double overshoot(SloMark mark) {
        return mark.duration().toSeconds() / (double) Math.max(1, mark.target().toSeconds());
    }
}
