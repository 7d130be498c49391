package io.intelgraph.maestro.github;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.SimpleFileServer;
import io.intelgraph.maestro.model.build.BuildState;
import io.intelgraph.maestro.model.build.Conclusion;
import io.intelgraph.maestro.model.build.Job;
import io.intelgraph.maestro.model.build.RunStatus;
import io.intelgraph.maestro.model.build.WorkflowRun;
import io.intelgraph.maestro.model.repo.PullRequest;
import io.intelgraph.maestro.model.repo.RepoId;
import io.intelgraph.maestro.testing.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Real api.github.com responses (recorded by hub4j/github-api, MIT) served by the JDK's plain
 * static file server: the client reads them as it reads GitHub.
 */
class RecordedResponsesTest {

    static final RepoId REPO = RepoId.parse("hub4j-test-org/GHWorkflowRunTest");

    @TempDir
    Path root;
    private HttpServer server;
    private GitHubClient client;

    static HttpServer serve(Path root) {
        HttpServer server = SimpleFileServer.createFileServer(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                root, SimpleFileServer.OutputLevel.NONE);
        server.start();
        return server;
    }

    @BeforeEach
    void start() throws Exception {
        Path repoDir = root.resolve("repos/hub4j-test-org/GHWorkflowRunTest");
        Files.createDirectories(repoDir.resolve("actions"));
        Files.write(repoDir.resolve("actions/runs"), Fixtures.bytes("github/rest/runs-with-failure.json"));
        server = serve(root);
        client = new GitHubClient(new GitHubHttp(URI.create("http://127.0.0.1:" + server.getAddress().getPort()),
                Optional.empty(), Clock.systemUTC(), Duration.ofSeconds(5)));
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void put(String relative, String resource) throws Exception {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.write(file, Fixtures.bytes("github/rest/" + resource));
    }

    @Test
    void runsWithAFailure() throws Exception {
        List<WorkflowRun> runs = client.listRuns(REPO, 100, 1).value();
        assertEquals(6, runs.size());
        Map<String, Long> byConclusion = runs.stream().collect(Collectors.groupingBy(r -> r.conclusion().apiValue(),
                Collectors.counting()));
        assertEquals(Map.of("success", 5L, "failure", 1L), byConclusion);
        WorkflowRun failing = runs.stream().filter(r -> r.state() == BuildState.FAILED).findFirst().orElseThrow();
        assertEquals(6804432018L, failing.id());
        assertEquals("Failing workflow", failing.workflowName());
        assertEquals("main", failing.headBranch());
        assertEquals("yasin-herken", failing.actor());
        assertEquals(REPO, failing.repo());
        WorkflowRun first = runs.get(0);
        assertEquals(7842477524L, first.id());
        assertEquals("Fast workflow", first.workflowName());
        assertEquals("gsmet", first.triggeringActor());
    }

    @Test
    void twentyRunsOfFiftyOneSuccessAndCancelled() throws Exception {
        put("repos/hub4j-test-org/GHWorkflowRunTest/actions/runs", "runs-success-cancelled.json");
        List<WorkflowRun> runs = client.listRuns(REPO, 100, 1).value();
        assertEquals(20, runs.size());
        assertEquals(10, runs.stream().filter(r -> r.conclusion() == Conclusion.SUCCESS).count());
        assertEquals(10, runs.stream().filter(r -> r.state() == BuildState.CANCELLED).count());
        assertEquals(Set.of("Fast workflow", "Slow workflow"),
                runs.stream().map(WorkflowRun::workflowName).collect(Collectors.toSet()));
    }

    @Test
    void inProgressRunHasNoConclusion() throws Exception {
        put("repos/hub4j-test-org/GHWorkflowRunTest/actions/runs", "runs-in-progress.json");
        WorkflowRun run = client.listRuns(REPO, 100, 1).value().get(0);
        assertEquals(RunStatus.IN_PROGRESS, run.status());
        assertEquals(Conclusion.NONE, run.conclusion());
        assertEquals(BuildState.RUNNING, run.state());
    }

    @Test
    void jobsWithSteps() throws Exception {
        // A static server cannot serve .../runs as a file and .../runs/{id}/jobs below it at once.
        Files.delete(root.resolve("repos/hub4j-test-org/GHWorkflowRunTest/actions/runs"));
        put("repos/hub4j-test-org/GHWorkflowRunTest/actions/runs/719643947/jobs", "jobs-two-with-steps.json");
        List<Job> jobs = client.listJobs(REPO, 719643947L).value();
        assertEquals(List.of("job2", "job1"), jobs.stream().map(Job::name).toList());
        Job job1 = jobs.get(1);
        assertEquals(719643947L, job1.runId());
        assertEquals(BuildState.PASSED, job1.state());
        assertEquals(Instant.parse("2021-04-05T15:42:57Z"), job1.startedAt());
        assertEquals(Instant.parse("2021-04-05T15:42:59Z"), job1.completedAt());
        assertEquals("my runner", job1.runnerName());
        assertEquals(List.of("Set up job", "Run a one-line script", "Complete job"),
                job1.steps().stream().map(s -> s.name()).toList());
    }

    @Test
    void openPullRequests() throws Exception {
        put("repos/hub4j-test-org/GHWorkflowRunTest/pulls", "pulls-two-open.json");
        List<PullRequest> pulls = client.listOpenPullRequests(REPO).value();
        Map<Integer, PullRequest> byNumber = pulls.stream().collect(Collectors.toMap(PullRequest::number, Function.identity()));
        assertEquals(2, pulls.size());
        assertEquals("test/stable", byNumber.get(268).headRef());
        assertEquals("test/rc", byNumber.get(269).headRef());
        assertEquals("bitwiseman", byNumber.get(269).author());
        assertEquals("main", byNumber.get(268).baseRef());
        assertEquals(RepoId.parse("hub4j-test-org/github-api"), byNumber.get(268).repo(),
                "the PR's own base repository wins over the one asked for");
    }
}
