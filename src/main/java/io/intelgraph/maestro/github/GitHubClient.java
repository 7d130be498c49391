package io.intelgraph.maestro.github;

import io.intelgraph.maestro.model.Job;
import io.intelgraph.maestro.model.PullRequest;
import io.intelgraph.maestro.model.Repo;
import io.intelgraph.maestro.model.RepoId;
import io.intelgraph.maestro.model.RunArtifact;
import io.intelgraph.maestro.model.CodeScanningAlert;
import io.intelgraph.maestro.model.WorkflowRun;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The GitHub REST endpoints the HUD uses, returning model records. */
public final class GitHubClient {

    private final GitHubHttp http;

    public GitHubClient(GitHubHttp http) {
        this.http = http;
    }

    public GitHubHttp http() {
        return http;
    }

    /** Repositories of an organization, or of a user when no such organization exists. */
    public Fetched<List<Repo>> listRepos(String owner) throws GitHubException {
        try {
            return paginate("/orgs/" + owner + "/repos?per_page=100&type=all", PayloadNode::elements,
                    RestMapper::repo, 10);
        } catch (GitHubException e) {
            if (e.kind() != GitHubException.Kind.NOT_FOUND) {
                throw e;
            }
            return paginate("/users/" + owner + "/repos?per_page=100&type=owner", PayloadNode::elements,
                    RestMapper::repo, 10);
        }
    }

    /** The token user's repositories, most recently pushed first ({@code GET /user/repos}). */
    public Fetched<List<Repo>> listTokenUsersRepos(int limit) throws GitHubException {
        Fetched<List<Repo>> all = paginate("/user/repos?per_page=100&sort=pushed&affiliation=owner,collaborator,organization_member",
                PayloadNode::elements, RestMapper::repo, Math.max(1, (limit + 99) / 100));
        return new Fetched<>(all.value().stream().limit(limit).toList(), all.notModified());
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
                byte[] bytes = java.util.Base64.getMimeDecoder().decode(body.text("content"));
                return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
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
    public io.intelgraph.maestro.model.RepoTree getTree(RepoId repo, String ref) throws GitHubException {
        GitHubResponse response = http.get("/repos/" + repo.fullName() + "/git/trees/" + ref + "?recursive=1");
        return map(response, body -> new io.intelgraph.maestro.model.RepoTree(body.array("tree").stream()
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
            throws GitHubException, java.io.IOException {
        return http.download("/repos/" + repo.fullName() + "/actions/artifacts/" + artifactId + "/zip", reader);
    }

    /** Streams the dependency graph's SPDX export ({@code {"sbom": {...}}}) to {@code reader}. */
    public <T> T dependencyGraphSbom(RepoId repo, GitHubHttp.BodyReader<T> reader) throws GitHubException, java.io.IOException {
        return http.download("/repos/" + repo.fullName() + "/dependency-graph/sbom", reader);
    }

    /** Open code-scanning alerts on a ref (Trivy or CodeQL uploads); GitHub says 403/404 when code scanning is off. */
    public Fetched<List<CodeScanningAlert>> listCodeScanningAlerts(RepoId repo, String ref) throws GitHubException {
        return paginate("/repos/" + repo.fullName() + "/code-scanning/alerts?state=open&per_page=100&ref="
                        + java.net.URLEncoder.encode(ref, java.nio.charset.StandardCharsets.UTF_8),
                PayloadNode::elements, alert -> RestMapper.codeScanningAlert(alert, ref), 5);
    }

    /** The check runs on a commit (Actions jobs and the checks test reporters and scanners publish). */
    public Fetched<List<io.intelgraph.maestro.model.CheckRun>> listCheckRuns(RepoId repo, String sha) throws GitHubException {
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
                    + java.net.URLEncoder.encode(tag, java.nio.charset.StandardCharsets.UTF_8));
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
            throws GitHubException, java.io.IOException {
        return http.download("/repos/" + repo.fullName() + "/releases/assets/" + assetId, "application/octet-stream", reader);
    }

    /** Re-runs a completed run: only its failed jobs, or all of them. */
    public void rerun(RepoId repo, long runId, boolean failedJobsOnly) throws GitHubException {
        String path = "/repos/" + repo.fullName() + "/actions/runs/" + runId
                + (failedJobsOnly ? "/rerun-failed-jobs" : "/rerun");
        http.post(path, "{}");
    }

    private <T> Fetched<List<T>> paginate(String firstPath, Function<PayloadNode, List<PayloadNode>> items,
            Function<PayloadNode, T> mapper, int maxPages) throws GitHubException {
        List<T> out = new ArrayList<>();
        boolean allNotModified = true;
        Optional<String> next = Optional.of(firstPath);
        for (int page = 0; page < maxPages && next.isPresent(); page++) {
            GitHubResponse response = http.get(next.get());
            allNotModified &= response.notModified();
            out.addAll(map(response, body -> items.apply(body).stream().map(mapper).toList()));
            next = response.next().map(Object::toString);
            if (page + 1 < maxPages && response.next().filter(uri -> !http.onApiOrigin(uri)).isPresent()) {
                // Following it would send the token elsewhere; without it, the page would be someone else's data.
                throw new GitHubException(GitHubException.Kind.MALFORMED, "GitHub's answer to GET "
                        + response.uri().getPath() + " names its next page on another origin (" + response.next().get()
                        + "); refused to follow it, as the token goes only to " + http.baseUrl() + ".");
            }
        }
        return new Fetched<>(List.copyOf(out), allNotModified);
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
