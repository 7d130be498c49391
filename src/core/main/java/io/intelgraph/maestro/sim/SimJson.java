package io.intelgraph.maestro.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.intelgraph.maestro.model.build.Conclusion;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Writes the simulated world in the GitHub REST API's JSON shapes (the fields the docs list). */
final class SimJson {

    private final ObjectMapper json = new ObjectMapper();
    private final String apiBase;
    private final String webBase;

    SimJson(String apiBase, String webBase) {
        this.apiBase = apiBase;
        this.webBase = webBase;
    }

    ObjectMapper mapper() {
        return json;
    }

    /** @param pushedAt the latest push to any branch, null for a repository never pushed to */
    ObjectNode repo(SimWorld.SimRepo repo, boolean canPush, Instant pushedAt) {
        ObjectNode node = json.createObjectNode();
        node.put("id", 700_000_000L + repo.index());
        node.put("node_id", "R_sim" + repo.index());
        node.put("name", repo.name());
        node.put("full_name", repo.fullName());
        node.put("private", repo.index() % 4 == 0);
        node.set("owner", user(SimCatalog.ORG, "Organization"));
        node.put("html_url", webBase + "/" + repo.fullName());
        node.put("description", "Simulated repository " + repo.name());
        node.put("fork", false);
        node.put("url", apiBase + "/repos/" + repo.fullName());
        node.put("default_branch", repo.defaultBranch());
        node.put("archived", repo.archived());
        if (pushedAt == null) {
            node.putNull("pushed_at");
        } else {
            node.put("pushed_at", iso(pushedAt));
        }
        node.put("visibility", repo.index() % 4 == 0 ? "private" : "internal");
        ObjectNode permissions = node.putObject("permissions");
        permissions.put("admin", false);
        permissions.put("maintain", false);
        permissions.put("push", canPush);
        permissions.put("triage", true);
        permissions.put("pull", true);
        return node;
    }

    ObjectNode run(SimWorld.RunView view) {
        SimWorld.SimRun run = view.run();
        String repoApi = apiBase + "/repos/" + view.repo().fullName();
        ObjectNode node = json.createObjectNode();
        node.put("id", run.id);
        node.put("name", run.workflow);
        node.put("node_id", "WFR_sim" + run.id);
        node.put("head_branch", run.branch);
        node.put("head_sha", run.sha);
        node.put("path", ".github/workflows/" + run.workflow.toLowerCase().replace(' ', '-') + ".yml");
        node.put("display_title", run.message);
        node.put("run_number", run.runNumber);
        node.put("event", run.event);
        node.put("status", view.status().apiValue());
        if (view.conclusion().apiValue() == null) {
            node.putNull("conclusion");
        } else {
            node.put("conclusion", view.conclusion().apiValue());
        }
        node.put("workflow_id", 5_000_000L + view.repo().index() * 10L + view.repo().workflows().indexOf(run.workflow));
        node.put("url", repoApi + "/actions/runs/" + run.id);
        node.put("html_url", webBase + "/" + view.repo().fullName() + "/actions/runs/" + run.id);
        ArrayNode prs = node.putArray("pull_requests");
        if (run.prNumber != null) {
            ObjectNode pr = prs.addObject();
            pr.put("url", repoApi + "/pulls/" + run.prNumber);
            pr.put("id", 900_000_000L + run.prNumber);
            pr.put("number", run.prNumber);
            pr.putObject("head").put("ref", run.branch).put("sha", run.sha);
            pr.putObject("base").put("ref", view.repo().defaultBranch());
        }
        // As on GitHub: created_at is the run's, run_started_at the current attempt's.
        node.put("created_at", iso(run.attempts.get(0).createdAt()));
        node.put("updated_at", iso(view.updatedAt()));
        node.set("actor", user(run.actor, "User"));
        node.put("run_attempt", view.attempt().number());
        node.put("run_started_at", iso(view.attempt().createdAt()));
        node.set("triggering_actor", user(view.attempt().triggeringActor(), "User"));
        node.put("jobs_url", repoApi + "/actions/runs/" + run.id + "/jobs");
        node.put("logs_url", repoApi + "/actions/runs/" + run.id + "/logs");
        node.put("rerun_url", repoApi + "/actions/runs/" + run.id + "/rerun");
        ObjectNode commit = node.putObject("head_commit");
        commit.put("id", run.sha);
        commit.put("message", run.message);
        commit.put("timestamp", iso(view.run().attempts.get(0).createdAt()));
        commit.putObject("author").put("name", run.actor).put("email", run.actor + "@users.noreply.github.com");
        ObjectNode repo = node.putObject("repository");
        repo.put("id", 700_000_000L + view.repo().index());
        repo.put("name", view.repo().name());
        repo.put("full_name", view.repo().fullName());
        repo.set("owner", user(SimCatalog.ORG, "Organization"));
        repo.put("html_url", webBase + "/" + view.repo().fullName());
        return node;
    }

    ObjectNode job(SimWorld.RunView view, SimWorld.JobView job) {
        ObjectNode node = json.createObjectNode();
        node.put("id", job.id());
        node.put("run_id", view.run().id);
        node.put("run_attempt", view.attempt().number());
        node.put("workflow_name", view.run().workflow);
        node.put("head_branch", view.run().branch);
        node.put("head_sha", view.run().sha);
        node.put("html_url", webBase + "/" + view.repo().fullName() + "/actions/runs/" + view.run().id + "/job/" + job.id());
        node.put("status", job.status().apiValue());
        putConclusion(node, job.conclusion());
        node.put("created_at", iso(view.attempt().createdAt()));
        putTime(node, "started_at", job.startedAt());
        putTime(node, "completed_at", job.completedAt());
        node.put("name", job.name());
        ArrayNode steps = node.putArray("steps");
        for (SimWorld.StepView step : job.steps()) {
            ObjectNode s = steps.addObject();
            s.put("name", step.name());
            s.put("status", step.status().apiValue());
            putConclusion(s, step.conclusion());
            s.put("number", step.number());
            putTime(s, "started_at", step.startedAt());
            putTime(s, "completed_at", step.completedAt());
        }
        node.putArray("labels").add("ubuntu-latest");
        node.put("runner_name", job.startedAt() == null ? null : "GitHub Actions " + (job.id() % 97));
        return node;
    }

    ObjectNode pullRequest(SimWorld.SimRepo repo, SimWorld.SimPullRequest pr, String headSha, Instant updatedAt) {
        ObjectNode node = json.createObjectNode();
        node.put("url", apiBase + "/repos/" + repo.fullName() + "/pulls/" + pr.number());
        node.put("id", 900_000_000L + pr.number());
        node.put("html_url", webBase + "/" + repo.fullName() + "/pull/" + pr.number());
        node.put("number", pr.number());
        node.put("state", "open");
        node.put("locked", false);
        node.put("title", pr.title());
        node.set("user", user(pr.author(), pr.author().endsWith("[bot]") ? "Bot" : "User"));
        node.put("draft", pr.draft());
        node.put("created_at", iso(pr.createdAt()));
        node.put("updated_at", iso(updatedAt));
        node.putNull("merged_at");
        node.putArray("labels");
        ObjectNode head = node.putObject("head");
        head.put("label", SimCatalog.ORG + ":" + pr.headRef());
        head.put("ref", pr.headRef());
        head.put("sha", headSha);
        head.set("repo", repoRef(repo));
        ObjectNode base = node.putObject("base");
        base.put("label", SimCatalog.ORG + ":" + repo.defaultBranch());
        base.put("ref", repo.defaultBranch());
        base.put("sha", "0".repeat(40));
        base.set("repo", repoRef(repo));
        return node;
    }

    private ObjectNode repoRef(SimWorld.SimRepo repo) {
        ObjectNode node = json.createObjectNode();
        node.put("id", 700_000_000L + repo.index());
        node.put("name", repo.name());
        node.put("full_name", repo.fullName());
        node.set("owner", user(SimCatalog.ORG, "Organization"));
        return node;
    }

    private ObjectNode user(String login, String type) {
        ObjectNode node = json.createObjectNode();
        node.put("login", login);
        node.put("id", Math.abs(login.hashCode()));
        node.put("type", type);
        node.put("html_url", webBase + "/" + login);
        return node;
    }

    private static void putConclusion(ObjectNode node, Conclusion conclusion) {
        if (conclusion.apiValue() == null) {
            node.putNull("conclusion");
        } else {
            node.put("conclusion", conclusion.apiValue());
        }
    }

    private static void putTime(ObjectNode node, String field, Instant value) {
        if (value == null) {
            node.putNull(field);
        } else {
            node.put(field, iso(value));
        }
    }

    static String iso(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    ArrayNode array(List<ObjectNode> items) {
        ArrayNode array = json.createArrayNode();
        items.forEach(array::add);
        return array;
    }

    /** An artifact entry of {@code GET .../actions/runs/{id}/artifacts}, with hub4j-recorded GitHub's fields. */
    ObjectNode artifact(SimWorld.RunView view, long id, String name, long size) {
        String repoApi = apiBase + "/repos/" + view.repo().fullName();
        Instant created = view.updatedAt();
        ObjectNode node = json.createObjectNode();
        node.put("id", id);
        node.put("node_id", "MDg6QXJ0aWZhY3Q" + id);
        node.put("name", name);
        node.put("size_in_bytes", size);
        node.put("url", repoApi + "/actions/artifacts/" + id);
        node.put("archive_download_url", repoApi + "/actions/artifacts/" + id + "/zip");
        node.put("expired", false);
        node.put("created_at", created.toString());
        node.put("updated_at", created.toString());
        node.put("expires_at", created.plus(Duration.ofDays(90)).toString());
        ObjectNode run = node.putObject("workflow_run");
        run.put("id", view.run().id);
        run.put("head_branch", view.run().branch);
        run.put("head_sha", view.run().sha);
        return node;
    }

    /** Parses one of the simulator's bundled JSON documents. */
    JsonNode parse(byte[] document) {
        try {
            return json.readTree(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The open alerts GitHub lists after Trivy's SARIF (the simulator's alpine 3.10 scan) was
     * uploaded to code scanning: one per result, in the REST API's alert shape.
     */
    ArrayNode codeScanningAlerts(SimWorld.SimRepo repo, String ref) {
        JsonNode sarif = parse(SimReports.resource("trivy-alpine-310.sarif"));
        JsonNode run = sarif.path("runs").path(0);
        Map<String, JsonNode> rules = new HashMap<>();
        run.path("tool").path("driver").path("rules").forEach(r -> rules.put(r.path("id").asText(), r));
        ArrayNode alerts = json.createArrayNode();
        int number = 0;
        for (JsonNode result : run.path("results")) {
            JsonNode rule = rules.get(result.path("ruleId").asText());
            double score = rule == null ? 0 : rule.path("properties").path("security-severity").asDouble(0);
            ObjectNode alert = alerts.addObject();
            alert.put("number", ++number);
            alert.put("created_at", "2026-01-01T00:00:00Z");
            alert.put("url", apiBase + "/repos/" + repo.fullName() + "/code-scanning/alerts/" + number);
            alert.put("html_url", webBase + "/" + repo.fullName() + "/security/code-scanning/" + number);
            alert.put("state", "open");
            ObjectNode r = alert.putObject("rule");
            r.put("id", result.path("ruleId").asText());
            r.put("severity", result.path("level").asText("warning"));
            r.put("security_severity_level", score >= 9 ? "critical" : score >= 7 ? "high" : score >= 4 ? "medium" : "low");
            r.put("description", rule == null ? "" : rule.path("shortDescription").path("text").asText());
            r.put("name", rule == null ? "" : rule.path("name").asText());
            alert.putObject("tool").put("name", "Trivy").put("version", "dev");
            ObjectNode instance = alert.putObject("most_recent_instance");
            instance.put("ref", ref);
            instance.put("state", "open");
            instance.putObject("location").put("path", result.path("locations").path(0).path("physicalLocation")
                    .path("artifactLocation").path("uri").asText()).put("start_line", 1);
        }
        return alerts;
    }

    /** A job as the Checks API lists it (GitHub Actions publishes each job as a check run). */
    ObjectNode checkRun(SimWorld.RunView view, SimWorld.JobView job) {
        ObjectNode node = json.createObjectNode();
        node.put("id", job.id());
        node.put("name", job.name());
        node.put("head_sha", view.run().sha);
        node.put("status", job.status().apiValue());
        putConclusion(node, job.conclusion());
        putTime(node, "started_at", job.startedAt());
        putTime(node, "completed_at", job.completedAt());
        node.put("html_url", webBase + "/" + view.repo().fullName() + "/runs/" + job.id());
        node.putObject("app").put("slug", "github-actions").put("name", "GitHub Actions");
        node.putObject("check_suite").put("id", view.run().id).put("head_branch", view.run().branch);
        ObjectNode output = node.putObject("output");
        boolean failed = job.conclusion() == Conclusion.FAILURE;
        output.putNull("title");
        output.put("summary", "");
        output.put("annotations_count", failed ? 1 : 0);
        return node;
    }

    /** {@code GET /repos/{o}/{r}/releases/tags/{tag}} with its assets. */
    ObjectNode release(SimWorld.SimRepo repo, String tag, List<SimReleases.Asset> assets) {
        String repoApi = apiBase + "/repos/" + repo.fullName();
        ObjectNode node = json.createObjectNode();
        node.put("id", 60_000_000L + repo.index());
        node.put("tag_name", tag);
        node.put("name", tag);
        node.put("draft", false);
        node.put("prerelease", false);
        node.put("html_url", webBase + "/" + repo.fullName() + "/releases/tag/" + tag);
        ArrayNode array = node.putArray("assets");
        for (SimReleases.Asset asset : assets) {
            ObjectNode a = array.addObject();
            a.put("id", asset.id());
            a.put("name", asset.name());
            a.put("size", SimReports.resource(asset.resource()).length);
            a.put("url", repoApi + "/releases/assets/" + asset.id());
            a.put("browser_download_url", webBase + "/" + repo.fullName() + "/releases/download/" + tag + "/" + asset.name());
            a.put("content_type", "application/octet-stream");
            a.put("state", "uploaded");
        }
        return node;
    }
}
