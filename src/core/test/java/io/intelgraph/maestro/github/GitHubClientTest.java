package io.intelgraph.maestro.github;

import io.intelgraph.maestro.model.build.BuildState;
import io.intelgraph.maestro.model.build.Job;
import io.intelgraph.maestro.model.build.RunStatus;
import io.intelgraph.maestro.model.build.WorkflowRun;
import io.intelgraph.maestro.model.repo.Repo;
import io.intelgraph.maestro.model.repo.RepoId;
import io.intelgraph.maestro.sim.SimFault;
import io.intelgraph.maestro.testing.SimHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real client against the simulated build plane: the same HTTP, headers and failure modes. */
class GitHubClientTest {

    private final SimHarness sim = new SimHarness(7);
    private final GitHubClient client = sim.client();
    private final RepoId repo = RepoId.parse("intelgraph-sim/api-gateway");

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void listsTheOrgRepositoriesAcrossPagesWithTheirPermissions() throws Exception {
        List<Repo> repos = client.listRepos("intelgraph-sim").value();
        assertEquals(34, repos.size(), "34 repos at 100 per page is one page; checked below with 30 per page too");
        assertTrue(repos.stream().allMatch(r -> r.canPush().orElse(false)));
        assertEquals(34, new HashSet<>(repos.stream().map(Repo::id).toList()).size());
    }

    @Test
    void followsLinkPagination() throws Exception {
        // 50 runs per page, at most 3 pages: the sim has more runs than that for this repo.
        List<WorkflowRun> runs = client.listRuns(repo, 20, 3).value();
        assertEquals(60, runs.size());
        assertEquals(60, new HashSet<>(runs.stream().map(WorkflowRun::id).toList()).size(), "no page repeated");
        for (int i = 1; i < runs.size(); i++) {
            assertFalse(runs.get(i).createdAt().isAfter(runs.get(i - 1).createdAt()), "newest first across pages");
        }
    }

    @Test
    void conditionalRequestsAreFreeWhenNothingChanged() throws Exception {
        Fetched<List<WorkflowRun>> first = client.listRuns(repo, 50, 1);
        int remainingAfterFirst = client.http().rateLimit().orElseThrow().remaining();
        Fetched<List<WorkflowRun>> second = client.listRuns(repo, 50, 1);

        assertFalse(first.notModified());
        assertTrue(second.notModified());
        assertEquals(first.value(), second.value(), "a 304 serves the cached body");
        assertEquals(remainingAfterFirst, client.http().rateLimit().orElseThrow().remaining(), "304 costs nothing");
        assertEquals(1, client.http().requestCounts().notModified());

        sim.clock.advance(Duration.ofHours(1));
        Fetched<List<WorkflowRun>> later = client.listRuns(repo, 50, 1);
        assertFalse(later.notModified(), "an hour later the runs changed");
        assertEquals(remainingAfterFirst - 1, client.http().rateLimit().orElseThrow().remaining());
    }

    @Test
    void readsRateLimitHeaders() throws Exception {
        client.listRuns(repo, 10, 1);
        var rateLimit = client.http().rateLimit().orElseThrow();
        assertEquals(5000, rateLimit.limit());
        assertEquals(4999, rateLimit.remaining());
        assertEquals(1, rateLimit.used());
        assertTrue(rateLimit.reset().isAfter(Instant.now()));
    }

    @Test
    void jobsHaveStepsAndRerunStartsANewAttempt() throws Exception {
        WorkflowRun completed = client.listRuns(repo, 50, 1).value().stream()
                .filter(r -> r.status() == RunStatus.COMPLETED).findFirst().orElseThrow();
        List<Job> jobs = client.listJobs(repo, completed.id()).value();
        assertFalse(jobs.isEmpty());
        assertTrue(jobs.stream().allMatch(j -> j.runId() == completed.id()));
        assertEquals(List.of("Set up job", "Checkout"), jobs.get(0).steps().subList(0, 2).stream().map(s -> s.name()).toList());

        client.rerun(repo, completed.id(), false);
        WorkflowRun rerun = client.getRun(repo, completed.id()).value();
        assertEquals(completed.runAttempt() + 1, rerun.runAttempt());
        assertEquals(BuildState.QUEUED, rerun.state());
    }

    @Test
    void badTokenIs401WithAClearMessage() {
        GitHubClient wrong = sim.client(Optional.of(new Token("not-the-token", "GITHUB_TOKEN")));
        GitHubException e = assertThrows(GitHubException.class, () -> wrong.listRuns(repo, 10, 1));
        assertEquals(GitHubException.Kind.UNAUTHORIZED, e.kind());
        assertEquals("GitHub rejected the token from GITHUB_TOKEN (401 Bad credentials). Set a valid token, "
                + "or start without one to use the simulated build plane.", e.getMessage());
        assertFalse(e.getMessage().contains("not-the-token"), "the token never appears in messages");
    }

    @Test
    void missingRepositoryIs404() {
        GitHubException e = assertThrows(GitHubException.class,
                () -> client.listRuns(RepoId.parse("intelgraph-sim/nope"), 10, 1));
        assertEquals(GitHubException.Kind.NOT_FOUND, e.kind());
        assertTrue(e.getMessage().startsWith("Not found: GET /repos/intelgraph-sim/nope/actions/runs (404)"), e.getMessage());
    }

    @Test
    void secondaryRateLimitHonoursRetryAfter() {
        sim.server.inject(SimFault.secondaryRateLimit("/repos/", 90, 1));
        Instant before = Instant.now();
        GitHubException e = assertThrows(GitHubException.class, () -> client.listRuns(repo, 10, 1));
        assertEquals(GitHubException.Kind.RATE_LIMITED, e.kind());
        Instant retryAt = e.retryAt().orElseThrow();
        assertTrue(!retryAt.isBefore(before.plusSeconds(90)) && retryAt.isBefore(before.plusSeconds(95)), retryAt.toString());
        assertTrue(e.getMessage().contains("secondary rate limit") && e.getMessage().contains("waiting 90 s"), e.getMessage());
    }

    @Test
    void primaryRateLimitWaitsForTheReset() {
        long reset = Instant.now().plusSeconds(600).getEpochSecond();
        sim.server.inject(new SimFault("/repos/", 403, Map.of("x-ratelimit-limit", "5000",
                "x-ratelimit-remaining", "0", "x-ratelimit-used", "5000", "x-ratelimit-reset", Long.toString(reset)),
                "{\"message\":\"API rate limit exceeded for user ID 1.\"}", 1));
        GitHubException e = assertThrows(GitHubException.class, () -> client.listRuns(repo, 10, 1));
        assertEquals(GitHubException.Kind.RATE_LIMITED, e.kind());
        assertEquals(Instant.ofEpochSecond(reset), e.retryAt().orElseThrow());
        assertTrue(e.getMessage().startsWith("GitHub rate limit used up (0 of 5000 left)"), e.getMessage());
    }

    @Test
    void forbiddenWithoutRateLimitIsAPermissionProblem() {
        sim.server.inject(SimFault.status("/repos/", 403, "Resource not accessible by integration", 1));
        GitHubException e = assertThrows(GitHubException.class, () -> client.listRuns(repo, 10, 1));
        assertEquals(GitHubException.Kind.FORBIDDEN, e.kind());
        assertTrue(e.getMessage().contains("Resource not accessible by integration"));
    }

    @Test
    void malformedJsonIsReportedWithThePath() {
        sim.server.inject(SimFault.malformedJson("/repos/", 1));
        GitHubException e = assertThrows(GitHubException.class, () -> client.listRuns(repo, 10, 1));
        assertEquals(GitHubException.Kind.MALFORMED, e.kind());
        assertTrue(e.getMessage().startsWith("Malformed JSON from GET /repos/intelgraph-sim/api-gateway/actions/runs"),
                e.getMessage());
    }

    @Test
    void wrongShapeIsMalformedToo() {
        sim.server.inject(new SimFault("/repos/", 200, Map.of(), "{\"total_count\":1,\"workflow_runs\":[{\"id\":1}]}", 1));
        GitHubException e = assertThrows(GitHubException.class, () -> client.listRuns(repo, 10, 1));
        assertEquals(GitHubException.Kind.MALFORMED, e.kind());
        assertTrue(e.getMessage().endsWith("response.workflow_runs[0].status: missing"), e.getMessage());
    }

    @Test
    void connectionRefusedIsUnreachable() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        GitHubClient nowhere = new GitHubClient(new GitHubHttp(URI.create("http://127.0.0.1:" + port), Optional.empty(),
                Clock.systemUTC(), Duration.ofSeconds(2)));
        GitHubException e = assertThrows(GitHubException.class, () -> nowhere.listRuns(repo, 10, 1));
        assertEquals(GitHubException.Kind.UNREACHABLE, e.kind());
        assertEquals("Cannot reach http://127.0.0.1:" + port + " (connection refused)", e.getMessage());
    }

    @Test
    void anonymousRequestsGetTheSmallBudget() throws Exception {
        GitHubClient anonymous = sim.client(Optional.empty());
        anonymous.listRuns(repo, 10, 1);
        assertEquals(60, anonymous.http().rateLimit().orElseThrow().limit());
        assertFalse(anonymous.http().hasToken());
    }

    @Test
    void theTreeListsFilesOnlyAndTheContentsApiReadsThem() throws Exception {
        RepoId auth = RepoId.parse("intelgraph-sim/auth-service");
        var tree = client.getTree(auth, "main");
        assertEquals(List.of("README.md", "Dockerfile", "src/main/java/App.java", "services/worker/Dockerfile"), tree.files(),
                "blobs only: the directories (services, src/main …) are left out");
        assertFalse(tree.truncated());
        assertTrue(client.getFileText(auth, "services/worker/Dockerfile", "main").orElseThrow()
                .contains("FROM gcr.io/distroless/java21-debian12:nonroot"));
        assertEquals(Optional.empty(), client.getFileText(auth, "services/nope/Dockerfile", "main"));
    }
}
