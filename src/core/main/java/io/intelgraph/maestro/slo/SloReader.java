package io.intelgraph.maestro.slo;

import io.intelgraph.maestro.github.GitHubClient;
import io.intelgraph.maestro.github.GitHubException;
import io.intelgraph.maestro.model.build.Conclusion;
import io.intelgraph.maestro.model.build.Job;
import io.intelgraph.maestro.model.build.RunStatus;
import io.intelgraph.maestro.model.build.WorkflowRun;
import io.intelgraph.maestro.model.repo.RepoId;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a repository's build times: the runs API (three pages of a hundred), the jobs of the last
 * {@code runsPerWorkflow} successful runs of each workflow (for the critical path and the queue),
 * and the compare API between each run and the previous one (for cold or warm). Only successful
 * runs count: a failed build stops early and a cancelled one says nothing of build time; and only
 * a successful run saves the cache the next one restores.
 */
public final class SloReader {

    static final int RUN_PAGES = 3;

    private final GitHubClient github;
    private final SloTargets targets;
    private final int runsPerWorkflow;
    private final GitHubChanges changes;

    public SloReader(GitHubClient github, SloTargets targets, int runsPerWorkflow) {
        this.github = github;
        this.targets = targets;
        this.runsPerWorkflow = runsPerWorkflow;
        this.changes = new GitHubChanges(github);
    }

    public SloTargets targets() {
        return targets;
    }

    /** Every workflow's build times, by workflow name. */
    public List<WorkflowSlo> read(RepoId repo, String defaultBranch) throws GitHubException {
        List<WorkflowRun> all = github.listRuns(repo, 100, RUN_PAGES).value().stream()
                .filter(SloReader::counts).sorted(Comparator.comparing(WorkflowRun::createdAt)).toList();
        Map<String, List<WorkflowRun>> byWorkflow = new LinkedHashMap<>();
        all.forEach(run -> byWorkflow.computeIfAbsent(run.workflowName(), w -> new ArrayList<>()).add(run));
        List<WorkflowSlo> out = new ArrayList<>();
        for (Map.Entry<String, List<WorkflowRun>> workflow : byWorkflow.entrySet()) {
            List<WorkflowRun> runs = workflow.getValue();
            List<ClassifiedRun> classified = new ArrayList<>();
            for (WorkflowRun run : runs.subList(Math.max(0, runs.size() - runsPerWorkflow), runs.size())) {
                RunTiming timing = RunTiming.of(run, jobs(repo, run));
                classified.add(classify(timing, previous(run, runs, defaultBranch), repo));
            }
            out.add(new WorkflowSlo(repo, workflow.getKey(), classified,
                    targets.target(repo, workflow.getKey(), BuildKind.COLD),
                    targets.target(repo, workflow.getKey(), BuildKind.WARM)));
        }
        out.sort(Comparator.comparing(WorkflowSlo::workflow));
        return out;
    }

    /**
     * A run's jobs; none when GitHub no longer has them (a deleted run, a repository whose jobs were
     * purged), so the run's own span stands in. Any other failure (token, rate limit) is the
     * repository's.
     */
    private List<Job> jobs(RepoId repo, WorkflowRun run) throws GitHubException {
        try {
            return github.listJobs(repo, run.id()).value();
        } catch (GitHubException e) {
            if (e.kind() == GitHubException.Kind.NOT_FOUND) {
                return List.of();
            }
            throw e;
        }
    }

    ClassifiedRun classify(RunTiming timing, Optional<WorkflowRun> previous, RepoId repo) {
        WorkflowRun run = timing.run();
        ColdWarmRule.Verdict verdict = ColdWarmRule.classify(run, previous, changes.of(repo));
        return new ClassifiedRun(timing, verdict.kind(), verdict.reason(),
                targets.target(repo, run.workflowName(), verdict.kind()));
    }

    /** A completed, successful run: the only kind whose duration is a build time. */
    static boolean counts(WorkflowRun run) {
        return run.status() == RunStatus.COMPLETED && run.conclusion() == Conclusion.SUCCESS;
    }

    /**
     * The run whose cache {@code run} would restore: the latest earlier one on its branch, else the
     * latest earlier one on the default branch. {@code runs} are one workflow's, oldest first.
     */
    static Optional<WorkflowRun> previous(WorkflowRun run, List<WorkflowRun> runs, String defaultBranch) {
        Optional<WorkflowRun> onBranch = latestBefore(run, runs, run.headBranch());
        return onBranch.isPresent() ? onBranch : latestBefore(run, runs, defaultBranch);
    }

    private static Optional<WorkflowRun> latestBefore(WorkflowRun run, List<WorkflowRun> runs, String branch) {
        return runs.stream().filter(r -> r.id() != run.id() && r.headBranch().equals(branch)
                        && r.createdAt().isBefore(run.createdAt()) && counts(r))
                .max(Comparator.comparing(WorkflowRun::createdAt));
    }
}
