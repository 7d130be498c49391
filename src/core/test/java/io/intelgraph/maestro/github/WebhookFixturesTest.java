package io.intelgraph.maestro.github;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.intelgraph.maestro.model.build.BuildState;
import io.intelgraph.maestro.model.build.Conclusion;
import io.intelgraph.maestro.model.build.RunStatus;
import io.intelgraph.maestro.model.event.GitHubEvent;
import io.intelgraph.maestro.model.repo.RepoId;
import io.intelgraph.maestro.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every real GitHub webhook example (octokit/webhooks, MIT) parses into model records. */
class WebhookFixturesTest {

    private final WebhookParser parser = new WebhookParser();
    private final ObjectMapper json = new ObjectMapper();

    static List<Path> payloads() {
        return Fixtures.webhookPayloads();
    }

    private static String eventName(Path file) {
        return file.getFileName().toString().split("\\.")[0];
    }

    private GitHubEvent parse(String file) {
        return parser.parse(file.split("\\.")[0], Fixtures.bytes("github/webhooks/" + file));
    }

    @Test
    void all82ExamplesArePresent() {
        assertEquals(82, payloads().size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("payloads")
    void everyPayloadParsesIntoAKnownEventWithItsRepositoryAndAction(Path file) throws Exception {
        byte[] body = Files.readAllBytes(file);
        JsonNode raw = json.readTree(body);
        GitHubEvent event = parser.parse(eventName(file), body);

        assertEquals(eventName(file), event.name());
        assertFalse(event instanceof GitHubEvent.Unhandled, "every example's event type is modelled");
        if (raw.has("repository")) {
            assertEquals(raw.get("repository").get("full_name").asText(), event.repo().fullName());
        } else {
            assertNull(event.repo());
        }
        String action = raw.path("action").asText("");
        switch (event) {
            case GitHubEvent.WorkflowRunEvent e -> {
                assertEquals(action, e.action());
                assertEquals(raw.at("/workflow_run/id").asLong(), e.run().id());
                assertEquals(raw.at("/workflow_run/status").asText(), e.run().status().apiValue());
            }
            case GitHubEvent.WorkflowJobEvent e -> {
                assertEquals(raw.at("/workflow_job/id").asLong(), e.job().id());
                assertEquals(raw.at("/workflow_job/steps").size(), e.job().steps().size());
            }
            case GitHubEvent.CheckRunEvent e -> assertEquals(raw.at("/check_run/name").asText(), e.checkRun().name());
            case GitHubEvent.CheckSuiteEvent e -> assertEquals(raw.at("/check_suite/id").asLong(), e.checkSuite().id());
            case GitHubEvent.PullRequestEvent e -> {
                assertEquals(action, e.action());
                assertEquals(raw.at("/pull_request/number").asInt(), e.pullRequest().number());
                assertEquals(raw.at("/pull_request/head/ref").asText(), e.pullRequest().headRef());
            }
            case GitHubEvent.PushEvent e -> assertEquals(raw.get("ref").asText(), e.push().ref());
            case GitHubEvent.ReleaseEvent e -> assertEquals(raw.at("/release/tag_name").asText(), e.release().tagName());
            case GitHubEvent.DeploymentEvent e -> assertEquals(raw.at("/deployment/id").asLong(), e.deployment().id());
            case GitHubEvent.DeploymentStatusEvent e ->
                    assertEquals(raw.at("/deployment_status/state").asText(), e.deployment().state());
            case GitHubEvent.CodeScanningAlertEvent e -> assertEquals(raw.at("/alert/number").asInt(), e.alert().number());
            case GitHubEvent.PingEvent e -> assertEquals(raw.get("hook_id").asLong(), e.hookId());
            case GitHubEvent.Unhandled e -> throw new AssertionError("unexpected " + e);
        }
    }

    @Test
    void completedWorkflowRun() {
        var run = ((GitHubEvent.WorkflowRunEvent) parse("workflow_run.completed.payload.json")).run();
        assertEquals(289782451L, run.id());
        assertEquals(RepoId.parse("octo-org/octo-repo"), run.repo());
        assertEquals(RunStatus.COMPLETED, run.status());
        assertEquals(Conclusion.SUCCESS, run.conclusion());
        assertEquals(BuildState.PASSED, run.state());
        assertEquals(163, run.runNumber());
        assertEquals("master", run.headBranch());
        assertEquals("repository_dispatch", run.event());
        assertEquals("Codertocat", run.actor());
        // The example has an empty name: the workflow file stands in for it.
        assertEquals(".github/workflows/test.yml", run.workflowName());
        assertEquals("ci(action): update actions/setup-node digest to 8c91899", run.displayTitle());
    }

    @Test
    void requestedRunsAreQueuedOrCarryTheirConclusion() {
        var queued = ((GitHubEvent.WorkflowRunEvent) parse("workflow_run.requested.payload.json")).run();
        assertEquals(RunStatus.QUEUED, queued.status());
        assertEquals(Conclusion.NONE, queued.conclusion());
        assertEquals(BuildState.QUEUED, queued.state());
        var actionRequired = ((GitHubEvent.WorkflowRunEvent) parse("workflow_run.requested.with-conclusion.payload.json")).run();
        assertEquals(Conclusion.ACTION_REQUIRED, actionRequired.conclusion());
        assertEquals(BuildState.ACTION_REQUIRED, actionRequired.state());
    }

    @Test
    void jobWithQueuedStepsKeepsEveryStepState() {
        var event = (GitHubEvent.WorkflowJobEvent) parse("workflow_job.in_progress.with-queued-steps.payload.json");
        assertEquals(14541957942L, event.job().id());
        assertEquals(5373506832L, event.job().runId());
        assertEquals("Test", event.workflowName());
        assertEquals("renovate/got-13.x", event.headBranch());
        assertEquals(RunStatus.IN_PROGRESS, event.job().status());
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 13, 14), event.job().steps().stream().map(s -> s.number()).toList());
        assertEquals(RunStatus.COMPLETED, event.job().steps().get(1).status());
        assertEquals(RunStatus.IN_PROGRESS, event.job().steps().get(2).status());
        assertEquals(BuildState.QUEUED, event.job().steps().get(3).state());
        assertEquals(Instant.parse("2023-06-26T03:31:36Z"), event.job().startedAt());
        assertNull(event.job().completedAt());
        assertEquals(List.of("ubuntu-latest"), event.job().labels());
    }

    @Test
    void pullRequestOpenedAndClosed() {
        var opened = ((GitHubEvent.PullRequestEvent) parse("pull_request.opened.payload.json")).pullRequest();
        assertEquals(2, opened.number());
        assertEquals("Update the README with new information.", opened.title());
        assertTrue(opened.isOpen());
        assertEquals("changes", opened.headRef());
        assertEquals("ec26c3e57ca3a959ca5aad62de7213c562f8c821", opened.headSha());
        assertEquals("master", opened.baseRef());
        assertEquals("Codertocat", opened.author());
        assertEquals(List.of("bug"), opened.labels());
        var closed = ((GitHubEvent.PullRequestEvent) parse("pull_request.closed.payload.json")).pullRequest();
        assertFalse(closed.isOpen());
        assertFalse(closed.merged());
    }

    @Test
    void checkRunReleasePushDeploymentAlertAndPing() {
        var check = ((GitHubEvent.CheckRunEvent) parse("check_run.completed.payload.json")).checkRun();
        assertEquals(128620228L, check.id());
        assertEquals("Octocoders-linter", check.name());
        assertEquals("changes", check.headBranch());
        assertEquals(BuildState.PASSED, check.state());
        assertEquals("", check.title(), "output.title is null in the payload");
        assertEquals(0, check.annotations());

        var release = ((GitHubEvent.ReleaseEvent) parse("release.published.payload.json")).release();
        assertEquals("0.0.1", release.tagName());
        assertEquals("Codertocat", release.author());
        assertEquals(Instant.parse("2019-05-15T15:20:53Z"), release.publishedAt());

        var tagPush = ((GitHubEvent.PushEvent) parse("push.payload.json")).push();
        assertEquals("refs/tags/simple-tag", tagPush.ref());
        assertEquals("", tagPush.branch());
        var branchPush = ((GitHubEvent.PushEvent) parse("push.with-new-branch.payload.json")).push();
        assertEquals("master", branchPush.branch());
        assertTrue(branchPush.created());
        assertEquals(1, branchPush.commitCount());
        assertEquals("Initial commit", branchPush.headCommitMessage());

        var status = ((GitHubEvent.DeploymentStatusEvent) parse("deployment_status.payload.json")).deployment();
        assertEquals("production", status.environment());
        assertEquals("success", status.state());

        var alert = ((GitHubEvent.CodeScanningAlertEvent) parse("code_scanning_alert.created.payload.json")).alert();
        assertEquals(10, alert.number());
        assertEquals("java/sql-injection", alert.ruleId());
        assertEquals("error", alert.severity());
        assertEquals("CodeQL", alert.tool());

        var ping = (GitHubEvent.PingEvent) parse("ping.with-organization.payload.json");
        assertEquals(109948940L, ping.hookId());
        assertNull(ping.repo());
    }

    @Test
    void malformedPayloadsFailWithTheFieldPath() {
        var notJson = assertThrows(MalformedPayloadException.class,
                () -> parser.parse("workflow_run", "{\"workflow_run\": [".getBytes()));
        assertTrue(notJson.getMessage().startsWith("workflow_run webhook: not valid JSON"), notJson.getMessage());

        var missing = assertThrows(MalformedPayloadException.class,
                () -> parser.parse("workflow_run", "{\"action\":\"completed\"}".getBytes()));
        assertEquals("workflow_run.workflow_run: missing", missing.getMessage());

        String badStatus = new String(Fixtures.bytes("github/webhooks/workflow_run.completed.payload.json"))
                .replace("\"status\": \"completed\"", "\"status\": \"exploded\"");
        var unknown = assertThrows(MalformedPayloadException.class, () -> parser.parse("workflow_run", badStatus.getBytes()));
        assertEquals("workflow_run.workflow_run.status: unknown value 'exploded'", unknown.getMessage());
    }

    @Test
    void unknownEventsAreKeptAsUnhandled() {
        var event = parser.parse("star", "{\"action\":\"created\",\"repository\":{\"full_name\":\"a/b\"}}".getBytes());
        assertInstanceOf(GitHubEvent.Unhandled.class, event);
        assertEquals("star", event.name());
        assertEquals("a/b", event.repo().fullName());
    }
}
