package io.intelgraph.maestro.github;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.intelgraph.maestro.model.event.GitHubEvent;
import io.intelgraph.maestro.model.repo.Push;
import io.intelgraph.maestro.model.repo.RepoId;

import java.io.IOException;

/** Turns a webhook delivery (event name + JSON body) into a {@link GitHubEvent}. */
public final class WebhookParser {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * @param eventName the {@code X-GitHub-Event} header
     * @throws MalformedPayloadException when the body is not JSON or misses a field the event needs
     */
    public GitHubEvent parse(String eventName, byte[] body) {
        JsonNode tree;
        try {
            tree = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new MalformedPayloadException(eventName + " webhook: not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new MalformedPayloadException(eventName + " webhook: unreadable body", e);
        }
        PayloadNode root = PayloadNode.root(tree, eventName);
        RepoId repo = root.has("repository") ? RestMapper.repoId(root.object("repository")) : null;
        String action = root.text("action", "");
        return switch (eventName) {
            case "workflow_run" -> new GitHubEvent.WorkflowRunEvent(action, repo,
                    RestMapper.run(root.object("workflow_run"), repo));
            case "workflow_job" -> {
                PayloadNode job = root.object("workflow_job");
                yield new GitHubEvent.WorkflowJobEvent(action, repo, RestMapper.job(job),
                        job.text("workflow_name", ""), job.text("head_branch", ""));
            }
            case "check_run" -> new GitHubEvent.CheckRunEvent(action, repo, RestMapper.checkRun(root.object("check_run")));
            case "check_suite" -> new GitHubEvent.CheckSuiteEvent(action, repo,
                    RestMapper.checkSuite(root.object("check_suite")));
            case "pull_request" -> new GitHubEvent.PullRequestEvent(action, repo,
                    RestMapper.pullRequest(root.object("pull_request"), repo));
            case "push" -> new GitHubEvent.PushEvent(repo, push(root));
            case "release" -> new GitHubEvent.ReleaseEvent(action, repo, RestMapper.release(root.object("release")));
            case "deployment" -> new GitHubEvent.DeploymentEvent(action, repo,
                    RestMapper.deployment(root.object("deployment"), ""));
            case "deployment_status" -> new GitHubEvent.DeploymentStatusEvent(action, repo,
                    RestMapper.deployment(root.object("deployment"), root.object("deployment_status").text("state")));
            case "code_scanning_alert" -> new GitHubEvent.CodeScanningAlertEvent(action, repo,
                    RestMapper.codeScanningAlert(root.object("alert"), root.text("ref", "")));
            case "ping" -> new GitHubEvent.PingEvent(repo, root.number("hook_id"), root.text("zen", ""));
            default -> new GitHubEvent.Unhandled(eventName, action, repo);
        };
    }

    private static Push push(PayloadNode root) {
        PayloadNode head = root.optionalObject("head_commit");
        PayloadNode pusher = root.optionalObject("pusher");
        return new Push(
                root.text("ref"),
                root.text("before", ""),
                root.text("after", ""),
                pusher == null ? "" : pusher.text("name", ""),
                root.optionalArray("commits").size(),
                root.bool("created", false),
                root.bool("deleted", false),
                root.bool("forced", false),
                head == null ? "" : head.text("message", ""));
    }
}
