package io.intelgraph.maestro.github;

import io.intelgraph.maestro.model.build.CheckRun;
import io.intelgraph.maestro.model.build.CheckSuite;
import io.intelgraph.maestro.model.build.Conclusion;
import io.intelgraph.maestro.model.build.Job;
import io.intelgraph.maestro.model.build.RunArtifact;
import io.intelgraph.maestro.model.build.RunStatus;
import io.intelgraph.maestro.model.build.Step;
import io.intelgraph.maestro.model.build.WorkflowRun;
import io.intelgraph.maestro.model.evidence.CodeScanningAlert;
import io.intelgraph.maestro.model.repo.Deployment;
import io.intelgraph.maestro.model.repo.GitCommit;
import io.intelgraph.maestro.model.repo.PullRequest;
import io.intelgraph.maestro.model.repo.Release;
import io.intelgraph.maestro.model.repo.Repo;
import io.intelgraph.maestro.model.repo.RepoId;
import io.intelgraph.maestro.model.repo.Tag;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Maps GitHub's REST object shapes (which webhooks embed unchanged) to model records. The only
 * place that knows GitHub's field names.
 */
final class RestMapper {

    private RestMapper() {
    }

    /**
     * Owner and repository names as GitHub allows them. Anything else (a newline, an escape
     * sequence, a space) would reach request paths and log lines, so it is refused here.
     */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]+");

    static RepoId repoId(PayloadNode repo) {
        String field = repo.has("full_name") ? "full_name" : "name";
        RepoId id;
        try {
            id = field.equals("full_name") ? RepoId.parse(repo.text("full_name"))
                    : new RepoId(repo.object("owner").text("login"), repo.text("name"));
        } catch (IllegalArgumentException e) {
            throw repo.malformed(field, "not a repository name: " + e.getMessage());
        }
        if (!NAME.matcher(id.owner()).matches() || !NAME.matcher(id.name()).matches()) {
            throw repo.malformed(field, "not a repository name: " + id + " has characters GitHub does not allow in names");
        }
        return id;
    }

    static Repo repo(PayloadNode repo) {
        PayloadNode permissions = repo.optionalObject("permissions");
        Optional<Boolean> canPush = permissions == null ? Optional.empty()
                : Optional.of(permissions.bool("push", false) || permissions.bool("admin", false));
        return new Repo(repoId(repo), repo.text("default_branch", "main"), repo.text("html_url", ""),
                repo.bool("archived", false), canPush);
    }

    /** A repository as listed, with its {@code pushed_at}. */
    static GitHubClient.ListedRepo listedRepo(PayloadNode repo) {
        return new GitHubClient.ListedRepo(repo(repo), Optional.ofNullable(repo.instant("pushed_at")));
    }

    static WorkflowRun run(PayloadNode run, RepoId fallbackRepo) {
        RepoId repo = run.has("repository") ? repoId(run.object("repository")) : fallbackRepo;
        List<Integer> prs = run.optionalArray("pull_requests").stream()
                .map(pr -> (int) pr.number("number")).toList();
        String actor = run.has("actor") ? run.object("actor").text("login", "") : "";
        String triggering = run.has("triggering_actor") ? run.object("triggering_actor").text("login", actor) : actor;
        String name = run.text("name", "");
        return new WorkflowRun(
                run.number("id"),
                repo,
                name.isEmpty() ? run.text("path", "workflow") : name,
                run.text("display_title", name),
                run.text("head_branch", ""),
                run.text("head_sha", ""),
                run.text("event", ""),
                run.closedValue("status", RunStatus::fromApi, false),
                run.closedValue("conclusion", Conclusion::fromApi, true),
                run.number("run_number", 0),
                (int) run.number("run_attempt", 1),
                run.requiredInstant("created_at"),
                run.instant("run_started_at"),
                run.requiredInstant("updated_at"),
                actor,
                triggering,
                run.text("html_url", ""),
                prs);
    }

    static Job job(PayloadNode job) {
        List<Step> steps = job.optionalArray("steps").stream().map(RestMapper::step).toList();
        List<String> labels = job.optionalArray("labels").stream().map(l -> l.raw().asText()).toList();
        return new Job(
                job.number("id"),
                job.number("run_id"),
                (int) job.number("run_attempt", 1),
                job.text("name"),
                job.closedValue("status", RunStatus::fromApi, false),
                job.closedValue("conclusion", Conclusion::fromApi, true),
                job.instant("started_at"),
                job.instant("completed_at"),
                job.text("html_url", ""),
                job.text("runner_name", ""),
                labels,
                steps);
    }

    static Step step(PayloadNode step) {
        return new Step(
                (int) step.number("number"),
                step.text("name"),
                step.closedValue("status", RunStatus::fromApi, false),
                step.closedValue("conclusion", Conclusion::fromApi, true),
                step.instant("started_at"),
                step.instant("completed_at"));
    }

    static PullRequest pullRequest(PayloadNode pr, RepoId fallbackRepo) {
        PayloadNode base = pr.object("base");
        RepoId repo = base.has("repo") ? repoId(base.object("repo")) : fallbackRepo;
        PayloadNode head = pr.object("head");
        List<String> labels = pr.optionalArray("labels").stream().map(l -> l.text("name", "")).toList();
        return new PullRequest(
                repo,
                (int) pr.number("number"),
                pr.text("title", ""),
                pr.text("state"),
                pr.bool("draft", false),
                pr.bool("merged", false) || pr.has("merged_at"),
                head.text("ref"),
                head.text("sha"),
                base.text("ref"),
                pr.has("user") ? pr.object("user").text("login", "") : "",
                pr.text("html_url", ""),
                pr.instant("updated_at"),
                labels);
    }

    static CheckRun checkRun(PayloadNode check) {
        PayloadNode suite = check.optionalObject("check_suite");
        PayloadNode app = check.optionalObject("app");
        PayloadNode output = check.optionalObject("output");
        return new CheckRun(
                check.number("id"),
                check.text("name"),
                check.text("head_sha", ""),
                suite == null ? "" : suite.text("head_branch", ""),
                check.closedValue("status", RunStatus::fromApi, false),
                check.closedValue("conclusion", Conclusion::fromApi, true),
                check.instant("started_at"),
                check.instant("completed_at"),
                check.text("html_url", ""),
                app == null ? "" : app.text("name", ""),
                output == null ? "" : output.text("title", ""),
                output == null ? "" : output.text("summary", ""),
                output == null ? 0 : (int) output.number("annotations_count", 0));
    }

    static CheckSuite checkSuite(PayloadNode suite) {
        return new CheckSuite(
                suite.number("id"),
                suite.text("head_branch", ""),
                suite.text("head_sha", ""),
                suite.closedValue("status", RunStatus::fromApi, false),
                suite.closedValue("conclusion", Conclusion::fromApi, true),
                suite.instant("updated_at"));
    }

    static Release release(PayloadNode release) {
        return new Release(
                release.number("id"),
                release.text("tag_name"),
                release.text("name", ""),
                release.bool("draft", false),
                release.bool("prerelease", false),
                release.has("author") ? release.object("author").text("login", "") : "",
                release.instant("published_at"),
                release.text("html_url", ""));
    }

    static Deployment deployment(PayloadNode deployment, String state) {
        return new Deployment(
                deployment.number("id"),
                deployment.text("environment", ""),
                deployment.text("ref", ""),
                deployment.text("sha", ""),
                deployment.has("creator") ? deployment.object("creator").text("login", "") : "",
                state);
    }

    static CodeScanningAlert codeScanningAlert(PayloadNode alert, String ref) {
        PayloadNode rule = alert.object("rule");
        String severity = rule.text("security_severity_level", rule.text("severity", ""));
        return new CodeScanningAlert(
                (int) alert.number("number"),
                rule.text("id", ""),
                severity,
                rule.text("description", ""),
                alert.text("state", ""),
                alert.has("tool") ? alert.object("tool").text("name", "") : "",
                ref,
                alert.text("html_url", ""));
    }

    static RunArtifact artifact(PayloadNode artifact) {
        return new RunArtifact(
                artifact.number("id"),
                artifact.text("name"),
                artifact.number("size_in_bytes", 0),
                artifact.bool("expired", false),
                artifact.instant("expires_at"),
                artifact.has("workflow_run") ? artifact.object("workflow_run").number("id", 0) : 0);
    }

    static Tag tag(PayloadNode tag) {
        return new Tag(tag.text("name"), tag.object("commit").text("sha"));
    }

    /**
     * A commit of the commits or compare API: {@code author} is the GitHub account (null when the
     * e-mail matches none), {@code commit.author} git's own name and date.
     */
    static GitCommit commit(PayloadNode commit) {
        PayloadNode git = commit.object("commit");
        PayloadNode gitAuthor = git.optionalObject("author");
        PayloadNode account = commit.optionalObject("author");
        return new GitCommit(
                commit.text("sha"),
                git.text("message", ""),
                account == null ? "" : account.text("login", ""),
                gitAuthor == null ? "" : gitAuthor.text("name", ""),
                gitAuthor == null ? null : gitAuthor.instant("date"),
                commit.text("html_url", ""));
    }
}
