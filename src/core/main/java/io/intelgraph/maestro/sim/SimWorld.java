package io.intelgraph.maestro.sim;

import io.intelgraph.maestro.model.build.Conclusion;
import io.intelgraph.maestro.model.build.RunStatus;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The simulated organization: repositories, branches, PRs and workflow runs, generated lazily and
 * deterministically from a seed. A run is planned when its push happens (queue time, duration,
 * conclusion, possible re-run); its status at any instant follows from that plan, so the same seed
 * and the same clock always give the same answers, however the world is queried.
 */
public final class SimWorld {

    static final Duration HISTORY = Duration.ofHours(8);
    /**
     * Runs older than this are forgotten, except each branch's newest run of every workflow: a
     * simulator left running for days must not grow without bound (GitHub keeps them, but no
     * client here reads that far back).
     */
    static final Duration RUNS_KEPT_FOR = Duration.ofHours(24);
    private static final int PRUNE_ABOVE = 64;

    /** A repository; its branches change under the world's lock when churn is on. */
    static final class SimRepo {
        private final int index;
        private final String name;
        private final List<String> workflows;
        private final List<SimBranch> branches;
        Instant archivedAt;
        int nextPullNumber = 200;

        SimRepo(int index, String name, List<String> workflows, List<SimBranch> branches) {
            this.index = index;
            this.name = name;
            this.workflows = workflows;
            this.branches = branches;
        }

        int index() {
            return index;
        }

        String name() {
            return name;
        }

        List<String> workflows() {
            return workflows;
        }

        /** Every branch ever made, deleted ones included (their runs stay listed, as on GitHub). */
        List<SimBranch> branches() {
            return branches;
        }

        String fullName() {
            return SimCatalog.ORG + "/" + name;
        }

        String defaultBranch() {
            return "main";
        }

        boolean archived() {
            return archivedAt != null;
        }

        /** When pushes stop: the repository is archived or never. */
        Instant frozenAt() {
            return archivedAt;
        }
    }

    record SimPullRequest(int number, String title, String author, String headRef, boolean draft, Instant createdAt) {
    }

    static final class SimBranch {
        final int index;
        final String name;
        final SimPullRequest pr;
        final SplittableRandom random;
        final List<SimRun> runs = new ArrayList<>();
        final Instant createdAt;
        Instant nextPushAt;
        Instant deletedAt;
        int pushes;

        SimBranch(int index, String name, SimPullRequest pr, SplittableRandom random, Instant createdAt, Instant firstPush) {
            this.index = index;
            this.name = name;
            this.pr = pr;
            this.random = random;
            this.createdAt = createdAt;
            this.nextPushAt = firstPush;
        }

        boolean live() {
            return deletedAt == null;
        }
    }

    /** One run; attempts grow when it is re-run. */
    static final class SimRun {
        final long id;
        final long runNumber;
        final String workflow;
        final String branch;
        final String sha;
        final String event;
        final String actor;
        final String message;
        final Integer prNumber;
        final List<Attempt> attempts = new ArrayList<>();
        /** The push changed a lockfile or build file: its builds start without a cache (see SimBuildTimes). */
        boolean buildFilesChanged;

        SimRun(long id, long runNumber, String workflow, String branch, String sha, String event, String actor,
                String message, Integer prNumber) {
            this.id = id;
            this.runNumber = runNumber;
            this.workflow = workflow;
            this.branch = branch;
            this.sha = sha;
            this.event = event;
            this.actor = actor;
            this.message = message;
            this.prNumber = prNumber;
        }
    }

    /**
     * One planned attempt. {@code approvalUntil} is when a required environment approval is given
     * (the run shows {@code waiting} until then), or null.
     */
    record Attempt(int number, Instant createdAt, Instant approvalUntil, Instant startAt, Instant endAt,
            Conclusion conclusion, String triggeringActor) {
    }

    /** A run as seen at one instant. */
    record RunView(SimRepo repo, SimRun run, Attempt attempt, RunStatus status, Conclusion conclusion, Instant updatedAt) {
    }

    /** A job of a run as seen at one instant. */
    record JobView(long id, String name, RunStatus status, Conclusion conclusion, Instant startedAt,
            Instant completedAt, List<StepView> steps) {
    }

    record StepView(int number, String name, RunStatus status, Conclusion conclusion, Instant startedAt,
            Instant completedAt) {
    }

    /**
     * The truth a client should converge to: the newest run of one workflow on one live branch of a
     * live repository, as GitHub shows it at that instant.
     */
    public record LatestRun(String repo, String branch, String workflow, long runId, int attempt, RunStatus status,
            Conclusion conclusion, Instant createdAt) {
    }

    private final long seed;
    private final Instant origin;
    private final List<SimRepo> repos = new ArrayList<>();
    private final SimChurn churn;
    private final SimActivity activity;
    /** The repositories the world started with; churn names the ones it adds after them. */
    private final int initialRepos;
    private final SplittableRandom churnRandom;
    private Instant nextChurnAt;

    public SimWorld(long seed, Instant origin) {
        this(seed, origin, SimChurn.OFF);
    }

    public SimWorld(long seed, Instant origin, SimChurn churn) {
        this(seed, origin, churn, SimScale.CATALOG);
    }

    /**
     * @param scale how many repositories and branches; with {@link SimScale#CATALOG} the world is the
     *              one every earlier seed gave (the layout draws are the same, in the same order)
     */
    public SimWorld(long seed, Instant origin, SimChurn churn, SimScale scale) {
        this(seed, origin, churn, scale, SimActivity.ALL_BUSY);
    }

    /** @param activity how many repositories are busy, and how often the others are pushed to */
    public SimWorld(long seed, Instant origin, SimChurn churn, SimScale scale, SimActivity activity) {
        this.seed = seed;
        this.origin = origin;
        this.churn = churn;
        this.activity = activity;
        this.initialRepos = scale.repos();
        this.churnRandom = new SplittableRandom(seed ^ 0x5eed_c4a7L);
        SplittableRandom layout = new SplittableRandom(seed);
        Instant historyStart = origin.minus(HISTORY);
        for (int r = 0; r < scale.repos(); r++) {
            String name = SimCatalog.repoName(r);
            List<String> workflows = workflows(layout);
            List<SimBranch> branches = new ArrayList<>();
            int featureCount = layout.nextInt(0, scale.maxFeatureBranches() + 1);
            for (int b = 0; b <= featureCount; b++) {
                SplittableRandom random = new SplittableRandom(seed * 31 + r * 1009L + b * 7919L);
                Instant firstPush = historyStart.plusSeconds(random.nextLong(0, 3 * 3600));
                SimPullRequest pr = null;
                String branchName = "main";
                if (b > 0) {
                    String topic = SimCatalog.TOPICS.get(layout.nextInt(SimCatalog.TOPICS.size()));
                    String verb = SimCatalog.COMMIT_VERBS.get(layout.nextInt(3));
                    // Topics repeat on a repository with many branches: number the repeats, as people do (the
                    // catalog's world keeps its rare repeat, one tile for two branches, as its tests pin it).
                    branchName = scale.custom() ? uniqueName(branches, verb + "/" + topic) : verb + "/" + topic;
                    String author = SimCatalog.PEOPLE.get(layout.nextInt(SimCatalog.PEOPLE.size()));
                    // Drawn only when some branches go without a PR, so the catalog's draws stay as they were.
                    boolean withPr = scale.pullRequestPercent() == 100 || layout.nextInt(100) < scale.pullRequestPercent();
                    pr = withPr ? new SimPullRequest(40 + r % 9 + b * 3 + layout.nextInt(0, 3),
                            verb + ": " + topic.replace('-', ' '), author, branchName, layout.nextDouble() < 0.15,
                            firstPush) : null;
                }
                branches.add(new SimBranch(b, branchName, pr, random, historyStart, firstPush));
            }
            repos.add(new SimRepo(r, name, List.copyOf(workflows), branches));
        }
        this.nextChurnAt = churn.enabled() ? origin.plusSeconds(churnGapSeconds()) : null;
    }

    private static String uniqueName(List<SimBranch> branches, String wanted) {
        String name = wanted;
        for (int n = 2; branchNamed(branches, name); n++) {
            name = wanted + "-" + n;
        }
        return name;
    }

    private static boolean branchNamed(List<SimBranch> branches, String name) {
        return branches.stream().anyMatch(b -> b.name.equals(name));
    }

    private static List<String> workflows(SplittableRandom layout) {
        List<String> workflows = new ArrayList<>(List.of("CI"));
        if (layout.nextDouble() < 0.5) {
            workflows.add("Security scan");
        }
        if (layout.nextDouble() < 0.3) {
            workflows.add("Release");
        }
        if (layout.nextDouble() < 0.35) {
            workflows.add("Deploy preview");
        }
        return workflows;
    }

    public String org() {
        return SimCatalog.ORG;
    }

    /** When the world was made: its runs began {@link #HISTORY} before, its release history earlier still. */
    Instant origin() {
        return origin;
    }

    /** The repositories as they stand, without applying churn due since: for callers without a clock. */
    synchronized List<SimRepo> repos() {
        return List.copyOf(repos);
    }

    /** The repositories GitHub lists at {@code now}: archived ones included, flagged, as GitHub does. */
    synchronized List<SimRepo> repos(Instant now) {
        churnUpTo(now);
        return List.copyOf(repos);
    }

    synchronized Optional<SimRepo> repo(String owner, String name) {
        if (!SimCatalog.ORG.equalsIgnoreCase(owner)) {
            return Optional.empty();
        }
        return repos.stream().filter(r -> r.name().equalsIgnoreCase(name)).findFirst();
    }

    /** The branches that exist at {@code now}, default branch first. */
    synchronized List<String> branches(SimRepo repo, Instant now) {
        churnUpTo(now);
        return repo.branches().stream().filter(b -> b.live() && !b.createdAt.isAfter(now)).map(b -> b.name).distinct()
                .toList();
    }

    /** When a repository was archived or a branch deleted; empty while it exists (or was never made). */
    public synchronized Optional<Instant> goneSince(String fullName, String branch, Instant now) {
        churnUpTo(now);
        for (SimRepo repo : repos) {
            if (!repo.fullName().equalsIgnoreCase(fullName)) {
                continue;
            }
            if (repo.archived()) {
                return Optional.of(repo.archivedAt);
            }
            List<SimBranch> named = repo.branches().stream().filter(b -> b.name.equals(branch)).toList();
            if (named.isEmpty() || named.stream().anyMatch(SimBranch::live)) {
                return Optional.empty();
            }
            return named.stream().map(b -> b.deletedAt).max(Comparator.naturalOrder());
        }
        return Optional.empty();
    }

    /** Every live repository's live branches' newest run per workflow at {@code now}. */
    public synchronized List<LatestRun> latestRuns(Instant now) {
        churnUpTo(now);
        List<LatestRun> out = new ArrayList<>();
        for (SimRepo repo : repos) {
            if (repo.archived()) {
                continue;
            }
            Set<String> live = new HashSet<>(branches(repo, now));
            Set<String> seen = new HashSet<>();
            for (RunView view : runs(repo, now)) {
                SimRun run = view.run();
                if (live.contains(run.branch) && seen.add(run.branch + "\n" + run.workflow)) {
                    out.add(new LatestRun(repo.fullName(), run.branch, run.workflow, run.id, view.attempt().number(),
                            view.status(), view.conclusion(), run.attempts.get(0).createdAt()));
                }
            }
        }
        return out;
    }

    /** Runs visible at {@code now}, newest first. */
    synchronized List<RunView> runs(SimRepo repo, Instant now) {
        churnUpTo(now);
        List<RunView> out = new ArrayList<>();
        for (SimBranch branch : repo.branches()) {
            generateUpTo(repo, branch, now);
            prune(branch, now);
            for (SimRun run : branch.runs) {
                view(repo, run, now).ifPresent(out::add);
            }
        }
        out.sort(Comparator.comparing((RunView v) -> v.run().attempts.get(0).createdAt())
                .thenComparingLong(v -> v.run().id).reversed());
        return out;
    }

    synchronized Optional<RunView> run(SimRepo repo, long id, Instant now) {
        return runs(repo, now).stream().filter(v -> v.run().id == id).findFirst();
    }

    synchronized List<SimPullRequest> openPullRequests(SimRepo repo, Instant now) {
        churnUpTo(now);
        return repo.branches().stream().filter(SimBranch::live).map(b -> b.pr)
                .filter(pr -> pr != null && !pr.createdAt().isAfter(now)).toList();
    }

    /**
     * Re-runs a completed run: a new attempt, queued now. Returns false (and changes nothing) when
     * the run is still going, as GitHub refuses that too.
     */
    synchronized boolean rerun(SimRepo repo, long id, boolean failedOnly, Instant now, String actor) {
        Optional<RunView> view = run(repo, id, now);
        if (view.isEmpty() || view.get().status() != RunStatus.COMPLETED) {
            return false;
        }
        SimRun run = view.get().run();
        int number = run.attempts.size() + 1;
        SplittableRandom random = new SplittableRandom(seed ^ (id * 31 + number));
        Instant start = now.plusSeconds(random.nextLong(3, 40));
        Duration duration = failedOnly ? Duration.ofSeconds(random.nextLong(60, 240)) : duration(run.workflow, random);
        Conclusion conclusion = random.nextDouble() < 0.8 ? Conclusion.SUCCESS : Conclusion.FAILURE;
        run.attempts.add(new Attempt(number, now, null, start, start.plus(duration), conclusion, actor));
        return true;
    }

    /** Applies the churn timeline's events up to {@code now}, in order. */
    private void churnUpTo(Instant now) {
        if (nextChurnAt == null) {
            return;
        }
        while (!nextChurnAt.isAfter(now)) {
            churnAt(nextChurnAt);
            nextChurnAt = nextChurnAt.plusSeconds(churnGapSeconds());
        }
    }

    private long churnGapSeconds() {
        return 1 + (long) (-Math.log(1 - churnRandom.nextDouble()) * churn.meanGap().toSeconds());
    }

    private void churnAt(Instant at) {
        forgetTheGone(at);
        List<SimRepo> live = repos.stream().filter(r -> !r.archived()).toList();
        double roll = churnRandom.nextDouble();
        SimRepo repo = live.get(churnRandom.nextInt(live.size()));
        if (roll < 0.4) {
            openBranch(repo, at);
        } else if (roll < 0.8) {
            List<SimBranch> features = repo.branches().stream().filter(b -> b.live() && b.index > 0).toList();
            if (!features.isEmpty()) {
                // Merged or closed: either way the head branch is deleted, and its PR leaves the open list.
                features.get(churnRandom.nextInt(features.size())).deletedAt = at;
            }
        } else if (roll < 0.9) {
            // Run ids leave room for MAX_REPOS repositories, archived ones included.
            if (live.size() < churn.maxRepos() && repos.size() < SimScale.MAX_REPOS) {
                addRepo(at);
            }
        } else if (live.size() > churn.minRepos()) {
            repo.archivedAt = at;
        }
    }

    private void openBranch(SimRepo repo, Instant at) {
        long liveCount = repo.branches().stream().filter(SimBranch::live).count();
        int index = repo.branches().size();
        // Run ids leave room for 100 branches per repository.
        if (liveCount >= churn.maxBranchesPerRepo() || index >= 100) {
            return;
        }
        String topic = SimCatalog.TOPICS.get(churnRandom.nextInt(SimCatalog.TOPICS.size()));
        String verb = SimCatalog.COMMIT_VERBS.get(churnRandom.nextInt(3));
        String name = verb + "/" + topic + "-" + index;
        String author = SimCatalog.PEOPLE.get(churnRandom.nextInt(SimCatalog.PEOPLE.size()));
        SimPullRequest pr = new SimPullRequest(repo.nextPullNumber++, verb + ": " + topic.replace('-', ' '), author, name,
                churnRandom.nextDouble() < 0.15, at);
        SplittableRandom random = new SplittableRandom(seed * 31 + repo.index() * 1009L + index * 7919L);
        repo.branches().add(new SimBranch(index, name, pr, random, at, at.plusSeconds(random.nextLong(30, 600))));
    }

    private void addRepo(Instant at) {
        int index = repos.size();
        String name = SimCatalog.addedRepoName(index - initialRepos);
        SplittableRandom random = new SplittableRandom(seed * 31 + index * 1009L);
        List<SimBranch> branches = new ArrayList<>();
        branches.add(new SimBranch(0, "main", null, random, at, at.plusSeconds(random.nextLong(30, 600))));
        repos.add(new SimRepo(index, name, List.copyOf(workflows(churnRandom)), branches));
    }

    /**
     * Prunes deleted branches and archived repositories too: nobody lists their runs any more, so
     * {@link #runs} would never prune them, and a week of churn would keep every one.
     */
    private void forgetTheGone(Instant now) {
        for (SimRepo repo : repos) {
            for (SimBranch branch : repo.branches()) {
                if (repo.archived() || !branch.live()) {
                    prune(branch, now, 0);
                }
            }
        }
    }

    private static void prune(SimBranch branch, Instant now) {
        prune(branch, now, PRUNE_ABOVE);
    }

    /** Forgets runs older than {@link #RUNS_KEPT_FOR}, keeping the branch's newest run of each workflow. */
    private static void prune(SimBranch branch, Instant now, int above) {
        if (branch.runs.size() <= above) {
            return;
        }
        Instant cutoff = now.minus(RUNS_KEPT_FOR);
        Set<String> newestKept = new HashSet<>();
        List<SimRun> kept = new ArrayList<>();
        for (int i = branch.runs.size() - 1; i >= 0; i--) {
            SimRun run = branch.runs.get(i);
            Attempt last = run.attempts.get(run.attempts.size() - 1);
            if (newestKept.add(run.workflow) || last.endAt().isAfter(cutoff)) {
                kept.add(run);
            }
        }
        Collections.reverse(kept);
        branch.runs.clear();
        branch.runs.addAll(kept);
    }

    private Optional<RunView> view(SimRepo repo, SimRun run, Instant now) {
        Attempt current = null;
        for (Attempt attempt : run.attempts) {
            if (!attempt.createdAt().isAfter(now)) {
                current = attempt;
            }
        }
        if (current == null) {
            return Optional.empty();
        }
        RunStatus status;
        Conclusion conclusion = Conclusion.NONE;
        Instant updated;
        if (current.approvalUntil() != null && now.isBefore(current.approvalUntil())) {
            status = RunStatus.WAITING;
            updated = current.createdAt();
        } else if (now.isBefore(current.startAt())) {
            status = RunStatus.QUEUED;
            updated = current.approvalUntil() != null ? current.approvalUntil() : current.createdAt();
        } else if (now.isBefore(current.endAt())) {
            status = RunStatus.IN_PROGRESS;
            updated = current.startAt();
        } else {
            status = RunStatus.COMPLETED;
            conclusion = current.conclusion();
            updated = current.endAt();
        }
        return Optional.of(new RunView(repo, run, current, status, conclusion, updated));
    }

    private void generateUpTo(SimRepo repo, SimBranch branch, Instant now) {
        Instant until = now;
        if (branch.deletedAt != null && branch.deletedAt.isBefore(until)) {
            until = branch.deletedAt;
        }
        if (repo.frozenAt() != null && repo.frozenAt().isBefore(until)) {
            until = repo.frozenAt();
        }
        while (branch.nextPushAt.isBefore(until) || branch.nextPushAt.equals(now) && until.equals(now)) {
            push(repo, branch, branch.nextPushAt);
            boolean main = branch.index == 0;
            long meanGapMinutes = activity.meanGapMinutes(seed, repo.index(), main);
            long gapSeconds = (long) (-Math.log(1 - branch.random.nextDouble()) * meanGapMinutes * 60) + 120;
            branch.nextPushAt = branch.nextPushAt.plusSeconds(gapSeconds);
        }
    }

    private void push(SimRepo repo, SimBranch branch, Instant at) {
        SplittableRandom random = branch.random;
        int pushIndex = branch.pushes++;
        boolean main = branch.index == 0;
        String actor = branch.pr != null && random.nextDouble() < 0.8 ? branch.pr.author()
                : SimCatalog.PEOPLE.get(random.nextInt(SimCatalog.PEOPLE.size()));
        String sha = HexFormat.of().formatHex(longBytes(random.nextLong())) + HexFormat.of().formatHex(longBytes(random.nextLong()))
                + HexFormat.of().formatHex(longBytes(random.nextLong())).substring(0, 8);
        String topic = SimCatalog.TOPICS.get(random.nextInt(SimCatalog.TOPICS.size())).replace('-', ' ');
        String message = SimBuildTimes.message(repo, main, pushIndex,
                SimCatalog.COMMIT_VERBS.get(random.nextInt(SimCatalog.COMMIT_VERBS.size())) + ": " + topic);
        boolean buildFilesChanged = false;
        // A couple of repositories have a chronically red main branch, as real orgs do.
        double failureRate = main && repo.index() % 11 == 3 ? 0.55 : 0.07;
        for (int w = 0; w < repo.workflows().size(); w++) {
            String workflow = repo.workflows().get(w);
            boolean triggers = switch (workflow) {
                case "Release" -> main && random.nextDouble() < 0.4;
                case "Deploy preview" -> !main;
                case "Security scan" -> main || random.nextDouble() < 0.5;
                default -> true;
            };
            if (!triggers) {
                continue;
            }
            long id = 8_000_000_000L + repo.index() * 10_000_000L + branch.index * 100_000L + pushIndex * 10L + w;
            long runNumber = 100 + (long) pushIndex * repo.branches().size() + branch.index;
            String event = main ? "push" : "pull_request";
            SimRun run = new SimRun(id, runNumber, workflow, branch.name, sha, event, actor, message,
                    branch.pr == null ? null : branch.pr.number());
            double workflowFailureRate = workflow.equals("CI") ? failureRate : failureRate / 2;
            Attempt drawn = firstAttempt(workflow, at, random, workflowFailureRate, actor);
            if (w == 0) { // CI, every repository's first workflow
                buildFilesChanged = SimBuildTimes.buildFilesChanged(repo, main, pushIndex, drawn);
            }
            run.buildFilesChanged = buildFilesChanged;
            run.attempts.add(SimBuildTimes.afterBump(repo, main, pushIndex, workflow, buildFilesChanged, drawn));
            Attempt first = run.attempts.get(0);
            if ((first.conclusion() == Conclusion.FAILURE || first.conclusion() == Conclusion.TIMED_OUT)
                    && random.nextDouble() < 0.45) {
                Instant again = first.endAt().plusSeconds(random.nextLong(60, 480));
                Instant start = again.plusSeconds(random.nextLong(5, 60));
                Conclusion second = random.nextDouble() < 0.75 ? Conclusion.SUCCESS : Conclusion.FAILURE;
                run.attempts.add(new Attempt(2, again, null, start, start.plus(duration(workflow, random)), second, actor));
            }
            branch.runs.add(run);
        }
    }

    private static Attempt firstAttempt(String workflow, Instant at, SplittableRandom random, double failureRate,
            String actor) {
        Instant created = at.plusSeconds(random.nextLong(1, 15));
        Instant approval = null;
        if (workflow.equals("Deploy preview") && random.nextDouble() < 0.3) {
            approval = created.plusSeconds(random.nextLong(60, 300));
        }
        long queueSeconds = random.nextDouble() < 0.1 ? random.nextLong(120, 420) : random.nextLong(3, 90);
        Instant start = (approval != null ? approval : created).plusSeconds(queueSeconds);
        Duration duration = duration(workflow, random);
        double roll = random.nextDouble();
        Conclusion conclusion;
        if (roll < failureRate) {
            conclusion = Conclusion.FAILURE;
        } else if (roll < failureRate + 0.03) {
            conclusion = Conclusion.CANCELLED;
            duration = duration.dividedBy(3);
        } else if (roll < failureRate + 0.05) {
            conclusion = Conclusion.TIMED_OUT;
            duration = Duration.ofMinutes(25);
        } else if (roll < failureRate + 0.065) {
            conclusion = Conclusion.SKIPPED;
            duration = Duration.ofSeconds(2);
        } else if (roll < failureRate + 0.075) {
            conclusion = Conclusion.STARTUP_FAILURE;
            duration = Duration.ofSeconds(4);
        } else if (roll < failureRate + 0.078) {
            conclusion = Conclusion.ACTION_REQUIRED;
            duration = Duration.ofSeconds(1);
        } else if (roll < failureRate + 0.095) {
            conclusion = Conclusion.NEUTRAL;
        } else {
            conclusion = Conclusion.SUCCESS;
        }
        return new Attempt(1, created, approval, start, start.plus(duration), conclusion, actor);
    }

    /** Warm builds (cache hit) mostly under the 5-minute target, cold ones around and over 15 minutes. */
    private static Duration duration(String workflow, SplittableRandom random) {
        return switch (workflow) {
            case "Security scan" -> Duration.ofSeconds(random.nextLong(120, 300));
            case "Release" -> Duration.ofSeconds(random.nextLong(360, 840));
            case "Deploy preview" -> Duration.ofSeconds(random.nextLong(180, 480));
            default -> random.nextDouble() < 0.65
                    ? Duration.ofSeconds(random.nextLong(90, 390))
                    : Duration.ofSeconds(random.nextLong(480, 1320));
        };
    }

    /** The jobs of the run's current attempt, with steps, laid out one after another over its duration. */
    List<JobView> jobs(RunView view, Instant now) {
        List<String> names = switch (view.run().workflow) {
            case "Security scan" -> List.of("trivy-scan", "sbom");
            case "Release" -> List.of("build", "sign", "publish");
            case "Deploy preview" -> List.of("deploy");
            default -> List.of("lint", "build", "test", "package");
        };
        Attempt attempt = view.attempt();
        Conclusion finalConclusion = attempt.conclusion();
        int failing = finalConclusion == Conclusion.SUCCESS || finalConclusion == Conclusion.SKIPPED
                || finalConclusion == Conclusion.NEUTRAL ? -1 : names.indexOf("test") >= 0 ? names.indexOf("test") : names.size() - 1;
        long total = Math.max(names.size(), Duration.between(attempt.startAt(), attempt.endAt()).toSeconds());
        List<JobView> jobs = new ArrayList<>();
        for (int j = 0; j < names.size(); j++) {
            Instant start = attempt.startAt().plusSeconds(total * j / names.size());
            Instant end = attempt.startAt().plusSeconds(total * (j + 1) / names.size());
            long jobId = view.run().id * 100 + attempt.number() * 10L + j;
            Conclusion planned = failing < 0 ? finalConclusion
                    : j < failing ? Conclusion.SUCCESS : j == failing ? finalConclusion : Conclusion.SKIPPED;
            if (failing >= 0 && j > failing) {
                // Jobs after the failing one never start.
                boolean done = view.status() == RunStatus.COMPLETED;
                jobs.add(new JobView(jobId, names.get(j), done ? RunStatus.COMPLETED : RunStatus.QUEUED,
                        done ? Conclusion.SKIPPED : Conclusion.NONE, null, null, List.of()));
                continue;
            }
            jobs.add(jobAt(jobId, names.get(j), start, end, planned, now));
        }
        return jobs;
    }

    private static JobView jobAt(long id, String name, Instant start, Instant end, Conclusion planned, Instant now) {
        if (now.isBefore(start)) {
            return new JobView(id, name, RunStatus.QUEUED, Conclusion.NONE, null, null, List.of());
        }
        boolean done = !now.isBefore(end);
        String main = switch (name) {
            case "test" -> "Run tests";
            case "lint" -> "Run linters";
            case "trivy-scan" -> "Scan image with Trivy";
            case "sbom" -> "Generate SBOM";
            case "sign" -> "Sign with cosign";
            case "deploy" -> "helm upgrade --install";
            default -> "Run " + name;
        };
        List<String> stepNames = List.of("Set up job", "Checkout", main, "Post checkout", "Complete job");
        long span = Math.max(stepNames.size(), Duration.between(start, end).toSeconds());
        List<StepView> steps = new ArrayList<>();
        for (int s = 0; s < stepNames.size(); s++) {
            Instant stepStart = start.plusSeconds(span * s / stepNames.size());
            Instant stepEnd = start.plusSeconds(span * (s + 1) / stepNames.size());
            boolean isMain = s == 2;
            Conclusion stepPlanned = planned == Conclusion.SUCCESS || isMain ? planned
                    : s < 2 ? Conclusion.SUCCESS : Conclusion.SKIPPED;
            if (now.isBefore(stepStart)) {
                steps.add(new StepView(s + 1, stepNames.get(s), RunStatus.QUEUED, Conclusion.NONE, null, null));
            } else if (now.isBefore(stepEnd)) {
                steps.add(new StepView(s + 1, stepNames.get(s), RunStatus.IN_PROGRESS, Conclusion.NONE, stepStart, null));
            } else {
                steps.add(new StepView(s + 1, stepNames.get(s), RunStatus.COMPLETED, stepPlanned, stepStart, stepEnd));
            }
        }
        return new JobView(id, name, done ? RunStatus.COMPLETED : RunStatus.IN_PROGRESS,
                done ? planned : Conclusion.NONE, start, done ? end : null, steps);
    }

    private static byte[] longBytes(long value) {
        byte[] bytes = new byte[8];
        for (int i = 0; i < 8; i++) {
            bytes[i] = (byte) (value >>> (56 - 8 * i));
        }
        return bytes;
    }
}
