package io.intelgraph.maestro.hub;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.intelgraph.maestro.model.build.BuildState;
import io.intelgraph.maestro.model.build.Conclusion;
import io.intelgraph.maestro.model.build.RunStatus;
import io.intelgraph.maestro.model.build.WorkflowRun;
import io.intelgraph.maestro.model.distill.BranchRecommendation;
import io.intelgraph.maestro.model.distill.Recommendation;
import io.intelgraph.maestro.model.evidence.EvidenceSummary;
import io.intelgraph.maestro.model.evidence.SignatureState;
import io.intelgraph.maestro.model.policy.PolicyVerdict;
import io.intelgraph.maestro.model.preview.ClusterEvent;
import io.intelgraph.maestro.model.preview.ClusterStatus;
import io.intelgraph.maestro.model.preview.Preview;
import io.intelgraph.maestro.model.repo.PullRequest;
import io.intelgraph.maestro.model.repo.RateLimit;
import io.intelgraph.maestro.model.repo.Repo;
import io.intelgraph.maestro.model.repo.RepoId;
import io.intelgraph.maestro.store.BuildTile;
import io.intelgraph.maestro.store.Freshness;
import io.intelgraph.maestro.store.SourceHealth;
import io.intelgraph.maestro.store.TileKey;
import io.intelgraph.maestro.text.IsoInstant;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the frames {@link FrameEncoder} writes back into model records; a frame that does not fit is refused, naming the field. */
public final class FrameDecoder {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A frame's JSON object; anything else is refused. */
    public static JsonNode parse(String text) {
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new MalformedFrameException("not JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new MalformedFrameException("not a JSON object");
        }
        return node;
    }

    /** What the source frame (and the snapshot's {@code source}) says. */
    public record Source(SourceHealth health, Map<RepoId, String> repoErrors, List<Repo> repos, long eventsApplied) {
    }

    public static Source source(JsonNode node) {
        JsonNode rl = node.path("rateLimit");
        Optional<RateLimit> rateLimit = rl.isObject()
                ? Optional.of(new RateLimit(integer(rl, "limit"), integer(rl, "remaining"), integer(rl, "used"),
                        instant(rl, "reset"), text(rl, "resource")))
                : Optional.empty();
        SourceHealth health = new SourceHealth(text(node, "name"), bool(node, "simulated"),
                enumOf(Freshness.class, node, "freshness"), text(node, "message"), instant(node, "lastSuccess"), rateLimit,
                instant(node, "retryAt"), number(node, "pollIntervalSeconds"));
        Map<RepoId, String> errors = new HashMap<>();
        object(node, "repoErrors").properties().forEach(e -> errors.put(repo(e.getKey()), e.getValue().asText()));
        List<Repo> repos = new ArrayList<>();
        for (JsonNode r : array(node, "repos")) {
            JsonNode canPush = r.path("canPush");
            repos.add(new Repo(repo(text(r, "repo")), text(r, "defaultBranch"), text(r, "url"), bool(r, "archived"),
                    canPush.isBoolean() ? Optional.of(canPush.booleanValue()) : Optional.empty()));
        }
        return new Source(health, errors, repos, number(node, "eventsApplied"));
    }

    public static BuildTile tile(JsonNode node) {
        Map<Long, WorkflowRun> runs = new HashMap<>();
        for (JsonNode r : array(node, "runs")) {
            WorkflowRun run = run(r);
            runs.put(run.id(), run);
        }
        TileKey key = new TileKey(repo(text(node, "repo")), text(node, "branch"));
        JsonNode pr = node.path("pullRequest");
        return new BuildTile(key, pr.isObject() ? Optional.of(pullRequest(pr)) : Optional.empty(),
                known(runs, node.path("headline"), "headline"), runList(runs, node, "latestPerWorkflow"),
                runList(runs, node, "history"), enumOf(BuildState.class, node, "state"),
                enumOf(BuildState.class, node, "previousState"), instant(node, "stateChangedAt"), text(node, "staleReason"));
    }

    private static List<WorkflowRun> runList(Map<Long, WorkflowRun> runs, JsonNode node, String field) {
        List<WorkflowRun> list = new ArrayList<>();
        array(node, field).forEach(id -> list.add(known(runs, id, field)));
        return list;
    }

    private static WorkflowRun known(Map<Long, WorkflowRun> runs, JsonNode id, String field) {
        WorkflowRun run = id.canConvertToLong() ? runs.get(id.longValue()) : null;
        if (run == null) {
            throw new MalformedFrameException(field + " names run " + id + ", which the tile's runs do not hold");
        }
        return run;
    }

    static WorkflowRun run(JsonNode node) {
        List<Integer> prs = new ArrayList<>();
        array(node, "pullRequests").forEach(n -> prs.add(n.asInt()));
        return new WorkflowRun(number(node, "id"), repo(text(node, "repo")), text(node, "workflow"), text(node, "title"),
                text(node, "branch"), text(node, "sha"), text(node, "event"), enumOf(RunStatus.class, node, "status"),
                enumOf(Conclusion.class, node, "conclusion"), number(node, "runNumber"), integer(node, "attempt"),
                instant(node, "createdAt"), instant(node, "startedAt"), instant(node, "updatedAt"), text(node, "actor"),
                text(node, "triggeringActor"), text(node, "url"), prs);
    }

    static PullRequest pullRequest(JsonNode node) {
        List<String> labels = new ArrayList<>();
        array(node, "labels").forEach(l -> labels.add(l.asText()));
        return new PullRequest(repo(text(node, "repo")), integer(node, "number"), text(node, "title"), text(node, "state"),
                bool(node, "draft"), bool(node, "merged"), text(node, "headRef"), text(node, "headSha"),
                text(node, "baseRef"), text(node, "author"), text(node, "url"), instant(node, "updatedAt"), labels);
    }

    public static ClusterStatus cluster(JsonNode node) {
        JsonNode c = object(node, "cluster");
        return new ClusterStatus(text(c, "name"), bool(c, "simulated"), text(c, "problem"), text(c, "deployBlocked"),
                text(c, "teardownBlocked"));
    }

    public static List<Preview> previews(JsonNode node) {
        List<Preview> previews = new ArrayList<>();
        for (JsonNode p : array(node, "previews")) {
            Map<String, Integer> phases = new LinkedHashMap<>();
            object(p, "podPhases").properties().forEach(e -> phases.put(e.getKey(), e.getValue().asInt()));
            List<ClusterEvent> events = new ArrayList<>();
            for (JsonNode e : array(p, "events")) {
                events.add(new ClusterEvent(bool(e, "warning"), text(e, "reason"), text(e, "message"),
                        text(e, "involvedObject"), instant(e, "lastSeen"), integer(e, "count")));
            }
            previews.add(new Preview(integer(p, "prNumber"), text(p, "repo"), text(p, "namespace"), text(p, "headSha"),
                    instant(p, "createdAt"), instant(p, "expiresAt"), integer(p, "readyReplicas"),
                    integer(p, "desiredReplicas"), phases, integer(p, "restarts"), text(p, "url"), events,
                    bool(p, "terminating")));
        }
        return previews;
    }

    public static EvidenceSummary evidence(JsonNode node) {
        return new EvidenceSummary(number(node, "runId"), integer(node, "critical"), integer(node, "high"),
                integer(node, "medium"), integer(node, "low"), integer(node, "testsBroken"), integer(node, "testsTotal"),
                integer(node, "flaky"), integer(node, "problems"), bool(node, "scanned"),
                enumOf(SignatureState.class, node, "signature"));
    }

    public static PolicyVerdict policy(JsonNode node) {
        return new PolicyVerdict(repo(text(node, "repo")), text(node, "sha"), number(node, "denies"),
                number(node, "warnings"), integer(node, "errors"), instant(node, "checkedAt"));
    }

    public static BranchRecommendation distillation(JsonNode node) {
        Map<String, Double> activations = new LinkedHashMap<>();
        object(node, "teacherScores").properties().forEach(e -> activations.put(e.getKey(), e.getValue().asDouble()));
        Map<String, String> reasons = new LinkedHashMap<>();
        object(node, "reasons").properties().forEach(e -> reasons.put(e.getKey(), e.getValue().asText()));
        return new BranchRecommendation(text(node, "branch"), enumOf(Recommendation.class, node, "recommendation"),
                decimal(node, "studentConfidence"), enumOf(Recommendation.class, node, "ensembleRecommendation"),
                activations, reasons);
    }

    /** The hub's clock at the frame ({@code now}, {@code clockRate}); empty from a hub that does not send it. */
    static Optional<HubTime> hubTime(JsonNode frame) {
        if (!frame.has("now")) {
            return Optional.empty();
        }
        Instant now = instant(frame, "now");
        double rate = decimal(frame, "clockRate");
        try {
            return Optional.of(new HubTime(now, rate));
        } catch (IllegalArgumentException e) {
            throw new MalformedFrameException("clockRate: " + e.getMessage());
        }
    }

    // --- fields: each missing or mistyped field is named in the refusal ---

    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new MalformedFrameException(field + " must be a text, not " + describe(value));
        }
        return value.textValue();
    }

    static long number(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.canConvertToLong() || !value.isIntegralNumber()) {
            throw new MalformedFrameException(field + " must be a whole number, not " + describe(value));
        }
        return value.longValue();
    }

    private static int integer(JsonNode node, String field) {
        long value = number(node, field);
        if (value != (int) value) {
            throw new MalformedFrameException(field + " is out of range: " + value);
        }
        return (int) value;
    }

    private static double decimal(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isNumber()) {
            throw new MalformedFrameException(field + " must be a number, not " + describe(value));
        }
        return value.doubleValue();
    }

    private static boolean bool(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isBoolean()) {
            throw new MalformedFrameException(field + " must be true or false, not " + describe(value));
        }
        return value.booleanValue();
    }

    /** An ISO-8601 instant, or null where the frame says null. */
    private static Instant instant(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value != null && value.isNull()) {
            return null;
        }
        try {
            return IsoInstant.parse(text(node, field));
        } catch (DateTimeParseException e) {
            throw new MalformedFrameException(field + " must be an ISO-8601 instant, not " + value);
        }
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, JsonNode node, String field) {
        String name = text(node, field);
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw new MalformedFrameException(field + " is not a known " + type.getSimpleName() + ": " + name);
        }
    }

    static JsonNode array(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isArray()) {
            throw new MalformedFrameException(field + " must be a list, not " + describe(value));
        }
        return value;
    }

    static JsonNode object(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isObject()) {
            throw new MalformedFrameException(field + " must be an object, not " + describe(value));
        }
        return value;
    }

    static RepoId repo(String fullName) {
        try {
            return RepoId.parse(fullName);
        } catch (IllegalArgumentException e) {
            throw new MalformedFrameException(e.getMessage());
        }
    }

    private static String describe(JsonNode value) {
        if (value == null) {
            return "missing";
        }
        String text = value.toString();
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
