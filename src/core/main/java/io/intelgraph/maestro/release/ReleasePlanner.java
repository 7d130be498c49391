package io.intelgraph.maestro.release;

import com.github.zafarkhaja.semver.Version;
import io.intelgraph.maestro.github.GitHubClient;
import io.intelgraph.maestro.github.GitHubException;
import io.intelgraph.maestro.model.build.WorkflowRun;
import io.intelgraph.maestro.model.evidence.RunEvidence;
import io.intelgraph.maestro.model.preview.Preview;
import io.intelgraph.maestro.model.repo.Comparison;
import io.intelgraph.maestro.model.repo.GitCommit;
import io.intelgraph.maestro.model.repo.Release;
import io.intelgraph.maestro.model.repo.Repo;
import io.intelgraph.maestro.model.repo.RepoId;
import io.intelgraph.maestro.model.repo.Tag;
import io.intelgraph.maestro.store.BuildSnapshot;
import io.intelgraph.maestro.store.BuildTile;
import io.intelgraph.maestro.supplychain.EvidenceCollector;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Plans a repository's next release: the last release (the releases and tags APIs), the commits
 * since it (the compare API, paginated) read as Conventional Commits, the next version, the
 * changelog, and the candidate's readiness from what the snapshot and GitHub say of it.
 */
public final class ReleasePlanner {

    static final int TAG_LIMIT = 300;
    static final int COMPARE_PAGES = 10;
    static final int FIRST_RELEASE_COMMITS = 500;

    private final GitHubClient github;
    private final EvidenceCollector evidence;
    private final CandidatePolicy policy;

    public ReleasePlanner(GitHubClient github, EvidenceCollector evidence, CandidatePolicy policy) {
        this.github = github;
        this.evidence = evidence;
        this.policy = policy;
    }

    public GitHubClient github() {
        return github;
    }

    /**
     * @param snapshot the build plane as the caller sees it (the default branch's runs, verdicts)
     * @param previews the cluster's previews, or why they were not read
     * @param channel  a pre-release channel ({@code beta}), or empty for a release
     */
    public ReleasePlan plan(RepoId repoId, BuildSnapshot snapshot, ReadinessInputs.Fact<List<Preview>> previews,
            Optional<String> channel) throws GitHubException {
        Optional<Repo> known = snapshot.repos().stream().filter(r -> r.id().equals(repoId)).findFirst();
        Repo repo = known.isPresent() ? known.get() : github.getRepo(repoId).value();
        String branch = repo.defaultBranch();
        Optional<Release> latestRelease = github.latestRelease(repoId);
        List<Tag> tags = github.listTags(repoId, TAG_LIMIT).items();
        List<TagVersion> versions = Stream.concat(tags.stream().map(Tag::name),
                        latestRelease.stream().map(Release::tagName))
                .distinct().map(TagVersion::parse).flatMap(Optional::stream).toList();
        Optional<TagVersion> base = versions.stream()
                .filter(v -> !v.version().isPreRelease() || channel.map(c -> v.version().preReleaseVersion().orElse("")
                        .startsWith(c)).orElse(false))
                .max(Comparator.comparing(TagVersion::version));
        Optional<Tag> latestTag = versions.stream().max(Comparator.comparing(TagVersion::version))
                .flatMap(v -> tags.stream().filter(t -> t.name().equals(v.tag())).findFirst())
                .or(() -> tags.stream().findFirst());

        List<GitCommit> commits;
        boolean truncated;
        if (base.isPresent()) {
            Comparison comparison = github.compare(repoId, base.get().tag(), branch, COMPARE_PAGES);
            commits = comparison.commits();
            truncated = comparison.truncated();
        } else {
            GitHubClient.Listing<GitCommit> listing = github.listCommits(repoId, branch, FIRST_RELEASE_COMMITS);
            commits = new ArrayList<>(listing.items());
            Collections.reverse(commits);
            truncated = listing.more();
        }
        List<ReleaseCommit> release = commits.stream().map(ReleaseCommit::of).toList();
        Changelog changelog = Changelog.of(release);
        Optional<Version> next = NextVersion.of(base.map(TagVersion::version), changelog.bump(), channel,
                versions.stream().map(TagVersion::version).toList());
        String prefix = base.map(TagVersion::prefix).orElse("v");
        Optional<String> nextTag = next.map(v -> prefix + v);

        Optional<BuildTile> tile = snapshot.tiles().stream()
                .filter(t -> t.key().repo().equals(repoId) && t.branch().equals(branch)).findFirst();
        String candidate = commits.isEmpty() ? tile.map(t -> t.headline().headSha()).orElse("")
                : commits.get(commits.size() - 1).sha();
        ReadinessInputs.Fact<List<WorkflowRun>> runs = tile.isPresent() ? ReadinessInputs.Fact.of(tile.get().latestPerWorkflow())
                : latestRuns(repoId, branch);
        Set<Integer> prs = release.stream().map(ReleaseCommit::pullRequest).flatMap(Optional::stream)
                .collect(Collectors.toCollection(HashSet::new));
        ReadinessInputs inputs = new ReadinessInputs(branch, candidate, runs,
                candidateEvidence(runs.value().orElse(List.of()), candidate),
                decisions(repoId, candidate), policy.check(repoId, candidate, snapshot), ofRepository(previews, repoId), prs);
        return new ReleasePlan(repoId, branch, repo.canPush(), latestRelease, latestTag, base, candidate, release,
                truncated, changelog, next, nextTag, channel, ReadinessChecks.judge(inputs));
    }

    /** The newest run of each workflow on the branch, when the snapshot has no tile for it. */
    /** The previews of this repository's PRs: another repository's PR #12 is not this one's. */
    static ReadinessInputs.Fact<List<Preview>> ofRepository(ReadinessInputs.Fact<List<Preview>> previews, RepoId repoId) {
        return previews.value().map(all -> ReadinessInputs.Fact.of(all.stream()
                        .filter(p -> p.repo().equalsIgnoreCase(repoId.fullName())).toList()))
                .orElse(previews);
    }

    private ReadinessInputs.Fact<List<WorkflowRun>> latestRuns(RepoId repo, String branch) {
        Map<String, WorkflowRun> latest = new LinkedHashMap<>();
        try {
            for (WorkflowRun run : github.listRuns(repo, 100, 1).value()) {
                if (run.headBranch().equals(branch)) {
                    latest.putIfAbsent(run.workflowName(), run);
                }
            }
        } catch (GitHubException e) {
            return ReadinessInputs.Fact.missing("the runs on " + branch + " could not be read: " + e.getMessage());
        }
        return ReadinessInputs.Fact.of(List.copyOf(latest.values()));
    }

    private ReadinessInputs.Fact<List<RunEvidence>> candidateEvidence(List<WorkflowRun> runs, String candidate) {
        List<WorkflowRun> ofCandidate = runs.stream().filter(r -> r.headSha().equals(candidate) && !r.state().isActive())
                .toList();
        if (ofCandidate.isEmpty()) {
            return ReadinessInputs.Fact.missing("no completed run of the candidate " + ReadinessChecks.shortSha(candidate)
                    + " has published reports yet");
        }
        List<RunEvidence> read = new ArrayList<>();
        try {
            for (WorkflowRun run : ofCandidate) {
                read.add(evidence.collect(run));
            }
        } catch (GitHubException e) {
            return ReadinessInputs.Fact.missing("the candidate's reports could not be read: " + e.getMessage());
        }
        return ReadinessInputs.Fact.of(read);
    }

    /** The finding ids the candidate's {@code .trivyignore} records a decision for (Trivy's own file). */
    private Set<String> decisions(RepoId repo, String sha) throws GitHubException {
        if (sha.isEmpty()) {
            return Set.of();
        }
        return github.getFileText(repo, ".trivyignore", sha).map(ReleasePlanner::ignoredIds).orElse(Set.of());
    }

    /** One id a line, the rest of the line (an {@code exp:} date) and {@code #} comments ignored. */
    static Set<String> ignoredIds(String trivyignore) {
        return trivyignore.lines().map(line -> line.replaceFirst("#.*", "").strip()).filter(line -> !line.isEmpty())
                .map(line -> line.split("\\s+")[0]).collect(Collectors.toUnmodifiableSet());
    }
}
