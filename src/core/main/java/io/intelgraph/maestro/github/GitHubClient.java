package io.intelgraph.maestro.github;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.intelgraph.maestro.model.build.CheckRun;
import io.intelgraph.maestro.model.build.Job;
import io.intelgraph.maestro.model.build.RunArtifact;
import io.intelgraph.maestro.model.build.WorkflowRun;
import io.intelgraph.maestro.model.evidence.CodeScanningAlert;
import io.intelgraph.maestro.model.repo.Comparison;
import io.intelgraph.maestro.model.repo.GitCommit;
import io.intelgraph.maestro.model.repo.PullRequest;
import io.intelgraph.maestro.model.repo.Release;
import io.intelgraph.maestro.model.repo.Repo;
import io.intelgraph.maestro.model.repo.RepoId;
import io.intelgraph.maestro.model.repo.RepoTree;
import io.intelgraph.maestro.model.repo.Tag;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The GitHub REST endpoints the HUD uses, returning model records. */
public final class GitHubClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PER_PAGE = Pattern.compile("[?&]per_page=(\\d+)");

    private final GitHubHttp http;

    public GitHubClient(GitHubHttp http) {
        this.http = http;
    }

    public GitHubHttp http() {
        return http;
    }

    /**
     * This client for the HUD's own background work (polling, evidence reads): it shares
     * everything, and takes a smaller share of GitHub's secondary limits than a person's clicks.
     */
    public GitHubClient background() {
        return new GitHubClient(http.inLane(RequestPacer.Lane.BACKGROUND));
    }

    /** Repositories of an organization, or of a user when no such organization exists (at most {@link PollTargets#ORG_REPO_LIMIT}). */
    public Fetched<List<Repo>> listRepos(String owner) throws GitHubException {
        Listing<Repo> listing = listRepos(owner, PollTargets.ORG_REPO_LIMIT);
        return new Fetched<>(listing.items(), listing.notModified());
    }

    /**
     * The {@code limit} most recently pushed repositories of an organization, or of a user when no
     * such organization exists; {@link Listing#more()} says whether it has further ones.
     */
    public Listing<Repo> listRepos(String owner, int limit) throws GitHubException {
        Listing<ListedRepo> listing = listReposPushed(owner, limit);
        return new Listing<>(listing.items().stream().map(ListedRepo::repo).toList(), listing.notModified(), listing.more());
    }

    /** A repository as listed, with when it was last pushed to (empty for one never pushed to). */
    public record ListedRepo(Repo repo, Optional<Instant> pushedAt) {
    }

    /**
     * As {@link #listRepos(String, int)}, with each repository's {@code pushed_at}: one conditional
     * listing tells which of an organisation's repositories were pushed to since the last one.
     */
    public Listing<ListedRepo> listReposPushed(String owner, int limit) throws GitHubException {
        int pages = Math.max(1, (limit + 99) / 100);
        try {
            return pages("/orgs/" + owner + "/repos?per_page=100&type=all&sort=pushed&direction=desc",
                    PayloadNode::elements, RestMapper::listedRepo, pages).limit(limit);
        } catch (GitHubException e) {
            if (e.kind() != GitHubException.Kind.NOT_FOUND) {
                throw e;
            }
            return pages("/users/" + owner + "/repos?per_page=100&type=owner&sort=pushed&direction=desc",
                    PayloadNode::elements, RestMapper::listedRepo, pages).limit(limit);
        }
    }

    /** The token user's repositories, most recently pushed first ({@code GET /user/repos}). */
    public Fetched<List<Repo>> listTokenUsersRepos(int limit) throws GitHubException {
        Listing<ListedRepo> all = listTokenUsersReposPushed(limit);
        return new Fetched<>(all.items().stream().map(ListedRepo::repo).toList(), all.notModified());
    }

    /** As {@link #listTokenUsersRepos(int)}, with each repository's {@code pushed_at}. */
    public Listing<ListedRepo> listTokenUsersReposPushed(int limit) throws GitHubException {
        return pages("/user/repos?per_page=100&sort=pushed&affiliation=owner,collaborator,organization_member",
                PayloadNode::elements, RestMapper::listedRepo, Math.max(1, (limit + 99) / 100)).limit(limit);
    }

    /**
     * The items of a paginated listing, read up to a number of pages; {@code more} when GitHub
     * named a further page that was not read.
     */
    public record Listing<T>(List<T> items, boolean notModified, boolean more) {
        public Listing {
            items = List.copyOf(items);
        }

        Listing<T> limit(int limit) {
            return items.size() <= limit ? this : new Listing<>(items.subList(0, limit), notModified, true);
        }
    }

    /** The token user's login ({@code GET /user}): whose builds are "mine". */
    public String login() throws GitHubException {
        return map(http.get("/user"), body -> body.text("login"));
    }

    public Fetched<Repo> getRepo(RepoId repo) throws GitHubException {
        GitHubResponse response = http.get("/repos/" + repo.fullName());
        return new Fetched<>(map(response, body -> RestMapper.repo(body)), response.notModified());
    }

    /** The newest workflow runs of a repository, newest first ({@code maxPages} × {@code perPage} at most). */
    public Fetched<List<WorkflowRun>> listRuns(RepoId repo, int perPage, int maxPages) throws GitHubException {
        return paginate("/repos/" + repo.fullName() + "/actions/runs?per_page=" + perPage,
                body -> body.array("workflow_runs"), run -> RestMapper.run(run, repo), maxPages);
    }

    public Fetched<WorkflowRun> getRun(RepoId repo, long runId) throws GitHubException {
        GitHubResponse response = http.get("/repos/" + repo.fullName() + "/actions/runs/" + runId);
        return new Fetched<>(map(response, body -> RestMapper.run(body, repo)), response.notModified());
    }

    /** The jobs (with steps) of the latest attempt of a run. */
    public Fetched<List<Job>> listJobs(RepoId repo, long runId) throws GitHubException {
        return paginate("/repos/" + repo.fullName() + "/actions/runs/" + runId + "/jobs?filter=latest&per_page=100",
                body -> body.array("jobs"), RestMapper::job, 10);
    }

    public Fetched<List<PullRequest>> listOpenPullRequests(RepoId repo) throws GitHubException {
        return paginate("/repos/" + repo.fullName() + "/pulls?state=open&per_page=100", PayloadNode::elements,
                pr -> RestMapper.pullRequest(pr, repo), 5);
    }

    /**
     * The names of a repository's branches. Empty when the repository has more than fit in the
     * pages read: an incomplete list must not be taken for the complete one.
     */
    public Optional<Fetched<List<String>>> listBranches(RepoId repo) throws GitHubException {
        Fetched<List<String>> branches = paginate("/repos/" + repo.fullName() + "/branches?per_page=100",
                PayloadNode::elements, branch -> branch.text("name"), BRANCH_PAGES);
        return branches.value().size() >= BRANCH_PAGES * 100 ? Optional.empty() : Optional.of(branches);
    }

    private static final int BRANCH_PAGES = 10;

    public Fetched<PullRequest> getPullRequest(RepoId repo, int number) throws GitHubException {
        GitHubResponse response = http.get("/repos/" + repo.fullName() + "/pulls/" + number);
        return new Fetched<>(map(response, body -> RestMapper.pullRequest(body, repo)), response.notModified());
    }

    /**
     * A file's text at a commit ({@code GET /repos/{o}/{r}/contents/{path}?ref=}); empty when the
     * repository has no such file.
     */
    public Optional<String> getFileText(RepoId repo, String path, String ref) throws GitHubException {
        try {
            GitHubResponse response = http.get("/repos/" + repo.fullName() + "/contents/" + path
                    + (ref == null || ref.isEmpty() ? "" : "?ref=" + ref));
            return Optional.of(map(response, body -> {
                if (!"file".equals(body.text("type", "file")) || !"base64".equals(body.text("encoding", "base64"))) {
                    throw new MalformedPayloadException(path + " is not a base64-encoded file");
                }
                byte[] bytes = Base64.getMimeDecoder().decode(body.text("content"));
                return new String(bytes, StandardCharsets.UTF_8);
            }));
        } catch (GitHubException e) {
            if (e.kind() == GitHubException.Kind.NOT_FOUND) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /**
     * The files of a repository at a commit ({@code GET /repos/{o}/{r}/git/trees/{ref}?recursive=1}):
     * blobs only, directories left out.
     */
    public RepoTree getTree(RepoId repo, String ref) throws GitHubException {
        GitHubResponse response = http.get("/repos/" + repo.fullName() + "/git/trees/" + ref + "?recursive=1");
        return map(response, body -> new RepoTree(body.array("tree").stream()
                .filter(entry -> "blob".equals(entry.text("type", "")))
                .map(entry -> entry.text("path")).toList(), body.bool("truncated", false)));
    }

    /** The artifacts a run uploaded (names, sizes, whether they expired). */
    public Fetched<List<RunArtifact>> listArtifacts(RepoId repo, long runId) throws GitHubException {
        return paginate("/repos/" + repo.fullName() + "/actions/runs/" + runId + "/artifacts?per_page=100",
                body -> body.array("artifacts"), RestMapper::artifact, 5);
    }

    /** Streams an artifact's zip to {@code reader} (GitHub redirects to storage; the token stays with the API). */
    public <T> T downloadArtifact(RepoId repo, long artifactId, GitHubHttp.BodyReader<T> reader)
            throws GitHubException, IOException {
        return http.download("/repos/" + repo.fullName() + "/actions/artifacts/" + artifactId + "/zip", reader);
    }

    /** Streams the dependency graph's SPDX export ({@code {"sbom": {...}}}) to {@code reader}. */
    public <T> T dependencyGraphSbom(RepoId repo, GitHubHttp.BodyReader<T> reader) throws GitHubException, IOException {
        return http.download("/repos/" + repo.fullName() + "/dependency-graph/sbom", reader);
    }

    /** Open code-scanning alerts on a ref (Trivy or CodeQL uploads); GitHub says 403/404 when code scanning is off. */
    public Fetched<List<CodeScanningAlert>> listCodeScanningAlerts(RepoId repo, String ref) throws GitHubException {
        return paginate("/repos/" + repo.fullName() + "/code-scanning/alerts?state=open&per_page=100&ref="
                        + URLEncoder.encode(ref, StandardCharsets.UTF_8),
                PayloadNode::elements, alert -> RestMapper.codeScanningAlert(alert, ref), 5);
    }

    /** The check runs on a commit (Actions jobs and the checks test reporters and scanners publish). */
    public Fetched<List<CheckRun>> listCheckRuns(RepoId repo, String sha) throws GitHubException {
        return paginate("/repos/" + repo.fullName() + "/commits/" + sha + "/check-runs?per_page=100",
                body -> body.array("check_runs"), RestMapper::checkRun, 3);
    }

    /** A file attached to a release. */
    public record ReleaseAsset(long id, String name, long sizeBytes) {
    }

    /** The assets of the release of {@code tag}; empty when the tag has no release. */
    public List<ReleaseAsset> listReleaseAssets(RepoId repo, String tag) throws GitHubException {
        try {
            GitHubResponse response = http.get("/repos/" + repo.fullName() + "/releases/tags/"
                    + URLEncoder.encode(tag, StandardCharsets.UTF_8));
            return map(response, body -> body.optionalArray("assets").stream()
                    .map(a -> new ReleaseAsset(a.number("id"), a.text("name"), a.number("size", 0))).toList());
        } catch (GitHubException e) {
            if (e.kind() == GitHubException.Kind.NOT_FOUND) {
                return List.of();
            }
            throw e;
        }
    }

    /** Streams a release asset (GitHub redirects to storage; the token stays with the API). */
    public <T> T downloadReleaseAsset(RepoId repo, long assetId, GitHubHttp.BodyReader<T> reader)
            throws GitHubException, IOException {
        return http.download("/repos/" + repo.fullName() + "/releases/assets/" + assetId, "application/octet-stream", reader);
    }

    /**
     * The repository's latest published release ({@code GET /releases/latest}: GitHub leaves out
     * drafts and pre-releases); empty when it has none.
     */
    public Optional<Release> latestRelease(RepoId repo) throws GitHubException {
        try {
            GitHubResponse response = http.get("/repos/" + repo.fullName() + "/releases/latest");
            return Optional.of(map(response, RestMapper::release));
        } catch (GitHubException e) {
            if (e.kind() == GitHubException.Kind.NOT_FOUND) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** The repository's tags, as GitHub orders them (newest name first), at most {@code limit}. */
    public Listing<Tag> listTags(RepoId repo, int limit) throws GitHubException {
        return pages("/repos/" + repo.fullName() + "/tags?per_page=100", PayloadNode::elements, RestMapper::tag,
                Math.max(1, (limit + 99) / 100)).limit(limit);
    }

    /**
     * The commits on {@code head} since {@code base} ({@code GET /compare/{base}...{head}}), oldest
     * first, read a hundred a page up to {@code maxPages}; the changed files come from the first page.
     */
    public Comparison compare(RepoId repo, String base, String head, int maxPages) throws GitHubException {
        AtomicReference<PayloadNode> first = new AtomicReference<>();
        Listing<GitCommit> commits = pages("/repos/" + repo.fullName() + "/compare/" + ref(base) + "..." + ref(head)
                + "?per_page=100", body -> {
                    first.compareAndSet(null, body);
                    return body.array("commits");
                }, RestMapper::commit, maxPages);
        PayloadNode meta = first.get();
        int total = (int) meta.number("total_commits", commits.items().size());
        List<String> files = meta.optionalArray("files").stream().map(f -> f.text("filename")).toList();
        return new Comparison(meta.text("status", ""), (int) meta.number("ahead_by", total), total, commits.items(),
                files, commits.more() || commits.items().size() < total);
    }

    /** The newest commits of {@code ref}, newest first ({@code GET /commits?sha=}), at most {@code limit}. */
    public Listing<GitCommit> listCommits(RepoId repo, String ref, int limit) throws GitHubException {
        return pages("/repos/" + repo.fullName() + "/commits?per_page=100&sha=" + ref(ref), PayloadNode::elements,
                RestMapper::commit, Math.max(1, (limit + 99) / 100)).limit(limit);
    }

    /** What a draft release is made of; a draft is never published by this client. */
    public record DraftRelease(String tagName, String targetCommitish, String name, String body, boolean prerelease) {
    }

    /**
     * Creates a draft release ({@code POST /repos/{o}/{r}/releases} with {@code "draft": true}).
     * GitHub makes no tag for a draft until someone publishes it. An answer that is not a draft is
     * reported as an error: this client never publishes.
     */
    public Release createDraftRelease(RepoId repo, DraftRelease draft) throws GitHubException {
        String path = "/repos/" + repo.fullName() + "/releases";
        ObjectNode body = JSON.createObjectNode()
                .put("tag_name", draft.tagName())
                .put("target_commitish", draft.targetCommitish())
                .put("name", draft.name())
                .put("body", draft.body())
                .put("draft", true)
                .put("prerelease", draft.prerelease());
        GitHubResponse response = http.post(path, body.toString());
        Release created = map(response, RestMapper::release);
        if (!created.draft()) {
            throw new GitHubException(GitHubException.Kind.MALFORMED, "GitHub answered POST " + path
                    + " with a published release (" + created.tagName() + ", " + created.htmlUrl()
                    + ") although a draft was asked for; check it on GitHub.");
        }
        return created;
    }

    /** A ref in a path: branch names may hold slashes, which stay; the rest is escaped. */
    private static String ref(String ref) {
        return URLEncoder.encode(ref, StandardCharsets.UTF_8).replace("%2F", "/");
    }

    /** Re-runs a completed run: only its failed jobs, or all of them. */
    public void rerun(RepoId repo, long runId, boolean failedJobsOnly) throws GitHubException {
        String path = "/repos/" + repo.fullName() + "/actions/runs/" + runId
                + (failedJobsOnly ? "/rerun-failed-jobs" : "/rerun");
        http.post(path, "{}");
    }

    /**
     * Reads a listing page by page, following {@code Link: rel="next"} on the API's origin only.
     * A page holding more items than {@code per_page} asked for is not GitHub's answer: it is
     * refused before its items are mapped, so one page cannot fan out into unbounded work.
     */
    private <T> Fetched<List<T>> paginate(String firstPath, Function<PayloadNode, List<PayloadNode>> items,
            Function<PayloadNode, T> mapper, int maxPages) throws GitHubException {
        Listing<T> listing = pages(firstPath, items, mapper, maxPages);
        return new Fetched<>(listing.items(), listing.notModified());
    }

    private <T> Listing<T> pages(String firstPath, Function<PayloadNode, List<PayloadNode>> items,
            Function<PayloadNode, T> mapper, int maxPages) throws GitHubException {
        int perPage = perPage(firstPath);
        List<T> out = new ArrayList<>();
        boolean allNotModified = true;
        GitHubResponse response = http.get(firstPath);
        for (int page = 1; ; page++) {
            allNotModified &= response.notModified();
            out.addAll(map(response, body -> {
                List<PayloadNode> onPage = items.apply(body);
                if (onPage.size() > perPage) {
                    throw new MalformedPayloadException("the page holds " + onPage.size() + " items, more than the "
                            + perPage + " per page asked for");
                }
                return onPage.stream().map(mapper).toList();
            }));
            Optional<URI> next = response.next();
            if (next.isEmpty()) {
                return new Listing<>(out, allNotModified, false);
            }
            if (!http.onApiOrigin(next.get())) {
                // Following it would send the token elsewhere; without it, the page would be someone else's data.
                throw new GitHubException(GitHubException.Kind.MALFORMED, "GitHub's answer to GET "
                        + response.uri().getPath() + " names its next page on another origin (" + next.get()
                        + "); refused to follow it, as the token goes only to " + http.baseUrl() + ".");
            }
            if (page >= maxPages) {
                return new Listing<>(out, allNotModified, true);
            }
            response = http.get(next.get());
        }
    }

    /** The {@code per_page} a listing's path asks for; GitHub's default is 30. */
    private static int perPage(String path) {
        Matcher m = PER_PAGE.matcher(path);
        return m.find() ? Integer.parseInt(m.group(1)) : 30;
    }

    private static <T> T map(GitHubResponse response, Function<PayloadNode, T> mapper) throws GitHubException {
        try {
            return mapper.apply(PayloadNode.root(response.body(), "response"));
        } catch (MalformedPayloadException | IllegalArgumentException e) {
            throw new GitHubException(GitHubException.Kind.MALFORMED, "Unexpected response from GET "
                    + response.uri().getPath() + ": " + e.getMessage(), null, e);
        }
    }
}
