package io.intelgraph.maestro.model.event;

import io.intelgraph.maestro.model.build.CheckRun;
import io.intelgraph.maestro.model.build.CheckSuite;
import io.intelgraph.maestro.model.build.Job;
import io.intelgraph.maestro.model.build.WorkflowRun;
import io.intelgraph.maestro.model.evidence.CodeScanningAlert;
import io.intelgraph.maestro.model.repo.Deployment;
import io.intelgraph.maestro.model.repo.PullRequest;
import io.intelgraph.maestro.model.repo.Push;
import io.intelgraph.maestro.model.repo.Release;
import io.intelgraph.maestro.model.repo.RepoId;

/**
 * A GitHub webhook event, parsed at the edge. The set is closed: events the HUD does not use arrive
 * as {@link Unhandled}, so nothing is dropped silently and a switch over events stays exhaustive.
 */
public sealed interface GitHubEvent {

    /** The event name ({@code X-GitHub-Event}). */
    String name();

    /** The repository the event is about; null only for events without one (ping of an org hook). */
    RepoId repo();

    record WorkflowRunEvent(String action, RepoId repo, WorkflowRun run) implements GitHubEvent {
        public String name() { return "workflow_run"; }
    }

    record WorkflowJobEvent(String action, RepoId repo, Job job, String workflowName, String headBranch) implements GitHubEvent {
        public String name() { return "workflow_job"; }
    }

    record CheckRunEvent(String action, RepoId repo, CheckRun checkRun) implements GitHubEvent {
        public String name() { return "check_run"; }
    }

    record CheckSuiteEvent(String action, RepoId repo, CheckSuite checkSuite) implements GitHubEvent {
        public String name() { return "check_suite"; }
    }

    record PullRequestEvent(String action, RepoId repo, PullRequest pullRequest) implements GitHubEvent {
        public String name() { return "pull_request"; }
    }

    record PushEvent(RepoId repo, Push push) implements GitHubEvent {
        public String name() { return "push"; }
    }

    record ReleaseEvent(String action, RepoId repo, Release release) implements GitHubEvent {
        public String name() { return "release"; }
    }

    record DeploymentEvent(String action, RepoId repo, Deployment deployment) implements GitHubEvent {
        public String name() { return "deployment"; }
    }

    record DeploymentStatusEvent(String action, RepoId repo, Deployment deployment) implements GitHubEvent {
        public String name() { return "deployment_status"; }
    }

    record CodeScanningAlertEvent(String action, RepoId repo, CodeScanningAlert alert) implements GitHubEvent {
        public String name() { return "code_scanning_alert"; }
    }

    record PingEvent(RepoId repo, long hookId, String zen) implements GitHubEvent {
        public String name() { return "ping"; }
    }

    /** An event the HUD does not act on; kept so it can be counted and shown, never silently lost. */
    record Unhandled(String name, String action, RepoId repo) implements GitHubEvent {
    }
}
