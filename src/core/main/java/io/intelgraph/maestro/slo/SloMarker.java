package io.intelgraph.maestro.slo;

import io.intelgraph.maestro.github.GitHubClient;
import io.intelgraph.maestro.github.GitHubException;
import io.intelgraph.maestro.model.build.WorkflowRun;
import io.intelgraph.maestro.store.BuildSnapshot;
import io.intelgraph.maestro.store.BuildTile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Marks a tile whose latest successful run of a workflow took longer than its target: the same
 * rule as {@link SloReader}, the previous runs taken from the tile's history and the default
 * branch's tile in the snapshot. A completed run's verdict never changes, so each run costs one
 * jobs request and one comparison, once.
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

    /** The worst overshoot among the tile's latest runs, if any run is over its target. */
    public Optional<SloMark> mark(BuildTile tile, BuildSnapshot snapshot) throws GitHubException {
        String defaultBranch = snapshot.repos().stream().filter(r -> r.id().equals(tile.key().repo())).findFirst()
                .map(r -> r.defaultBranch()).orElse("main");
        List<WorkflowRun> known = new ArrayList<>(Stream.concat(tile.history().stream(), tile.latestPerWorkflow().stream())
                .toList());
        snapshot.tiles().stream().filter(t -> t.key().repo().equals(tile.key().repo()) && t.branch().equals(defaultBranch))
                .findFirst().ifPresent(main -> {
                    known.addAll(main.history());
                    known.addAll(main.latestPerWorkflow());
                });
        Optional<SloMark> worst = Optional.empty();
        for (WorkflowRun run : tile.latestPerWorkflow()) {
            if (!SloReader.counts(run)) {
                continue;
            }
            ClassifiedRun classified = judge(run, known, defaultBranch);
            if (classified.breached() && worst.map(w -> overshoot(classified.mark()) > overshoot(w)).orElse(true)) {
                worst = Optional.of(classified.mark());
            }
        }
        return worst;
    }

    private ClassifiedRun judge(WorkflowRun run, List<WorkflowRun> known, String defaultBranch) throws GitHubException {
        synchronized (judged) {
            ClassifiedRun seen = judged.get(run.id());
            if (seen != null) {
                return seen;
            }
        }
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
