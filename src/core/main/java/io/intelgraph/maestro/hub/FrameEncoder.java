package io.intelgraph.maestro.hub;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.intelgraph.maestro.distill.SignalExtractor;
import io.intelgraph.maestro.model.build.WorkflowRun;
import io.intelgraph.maestro.model.distill.BranchRecommendation;
import io.intelgraph.maestro.model.distill.Signals;
import io.intelgraph.maestro.model.evidence.EvidenceSummary;
import io.intelgraph.maestro.model.policy.PolicyVerdict;
import io.intelgraph.maestro.model.preview.ClusterEvent;
import io.intelgraph.maestro.model.preview.ClusterStatus;
import io.intelgraph.maestro.model.preview.Preview;
import io.intelgraph.maestro.model.repo.PullRequest;
import io.intelgraph.maestro.model.repo.RateLimit;
import io.intelgraph.maestro.model.repo.Repo;
import io.intelgraph.maestro.store.BuildSnapshot;
import io.intelgraph.maestro.store.BuildTile;
import io.intelgraph.maestro.store.SourceHealth;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * The feed's frames as JSON (docs/HUB.md is the reference): a snapshot of everything, and one frame
 * per change. The shapes are written field by field, not derived from the records, so the wire
 * format stays what the document says when a record changes; {@link FrameDecoder} reads them back.
 */
public final class FrameEncoder {

    /** The protocol's version, sent in every snapshot; a client that does not know it should not guess. */
    public static final int PROTOCOL = 1;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Clock clock;
    private final double clockRate;

    /** On real time: a hub on GitHub (and the picture a HUD keeps for its next start). */
    public FrameEncoder() {
        this(Clock.systemUTC(), 1);
    }

    /**
     * @param clock     the hub's clock (its plane's: the simulator's in {@code hub --sim}), sent as {@code now}
     * @param clockRate how fast {@code clock} runs against real time, sent as {@code clockRate}
     */
    public FrameEncoder(Clock clock, double clockRate) {
        this.clock = clock;
        this.clockRate = new HubTime(clock.instant(), clockRate).rate(); // refused when not a rate
    }

    public Frame snapshot(BuildSnapshot snapshot, long seq) {
        ObjectNode frame = envelope(Frame.SNAPSHOT, seq, snapshot);
        frame.put("protocol", PROTOCOL);
        source(frame.putObject("source"), snapshot);
        ArrayNode tiles = frame.putArray("tiles");
        snapshot.tiles().forEach(t -> tile(tiles.addObject(), t));
        previews(frame, snapshot);
        ArrayNode evidence = frame.putArray("evidence");
        new TreeMap<>(snapshot.evidence()).values().forEach(e -> evidence(evidence.addObject(), e));
        ArrayNode policy = frame.putArray("policy");
        new TreeMap<>(snapshot.policyVerdicts()).values().forEach(v -> policy(policy.addObject(), v));
        ArrayNode distillation = frame.putArray("distillation");
        Map<String, BuildTile> tilesByBranch = tilesByBranch(snapshot);
        new TreeMap<>(snapshot.recommendations()).values()
                .forEach(r -> distillation(distillation.addObject(), r, snapshot, tilesByBranch));
        return frame(Frame.SNAPSHOT, seq, frame);
    }

    public Frame delta(Delta delta, long seq, BuildSnapshot snapshot) {
        ObjectNode frame = envelope(delta.type(), seq, snapshot);
        switch (delta) {
            case Delta.TileChanged d -> tile(frame.putObject("tile"), d.tile());
            case Delta.TileRemoved d -> frame.put("key", d.key().toString()).put("repo", d.key().repo().fullName())
                    .put("branch", d.key().branch());
            case Delta.PreviewsChanged d -> previews(frame, snapshot);
            case Delta.EvidenceChanged d -> evidence(frame.putObject("evidence"), d.evidence());
            case Delta.EvidenceRemoved d -> frame.put("runId", d.runId());
            case Delta.PolicyChanged d -> policy(frame.putObject("policy"), d.verdict());
            case Delta.PolicyRemoved d -> frame.put("key", d.key());
            case Delta.SourceChanged d -> source(frame.putObject("source"), snapshot);
            case Delta.DistillationChanged d -> distillation(frame, d.recommendation(), snapshot, tilesByBranch(snapshot));
            case Delta.DistillationRemoved d -> frame.put("branch", d.branch());
        }
        return frame(delta.type(), seq, frame);
    }

    /** A reply to one client, outside the feed's sequence: {@code pong}, {@code error}. */
    public static Frame reply(String type, String message) {
        ObjectNode frame = JSON.createObjectNode().put("type", type);
        if (!message.isEmpty()) {
            frame.put("message", message);
        }
        return frame(type, 0, frame);
    }

    /** {@code GET /api/previews}: the previews and the cluster's status. */
    public byte[] previews(BuildSnapshot snapshot) {
        ObjectNode body = JSON.createObjectNode();
        body.put("takenAt", snapshot.takenAt().toString());
        previews(body, snapshot);
        return bytes(body);
    }

    /** {@code GET /api/distillation}: every branch's distillation frame, as the feed last sent each. */
    public byte[] distillation(BuildSnapshot snapshot, List<String> teachers) {
        ObjectNode body = JSON.createObjectNode();
        body.put("type", "distillation-snapshot");
        body.put("timestamp", snapshot.takenAt().toString());
        body.putPOJO("teachers", teachers);
        ArrayNode branches = body.putArray("branches");
        Map<String, BuildTile> tilesByBranch = tilesByBranch(snapshot);
        new TreeMap<>(snapshot.recommendations()).values()
                .forEach(r -> distillation(branches.addObject(), r, snapshot, tilesByBranch));
        return bytes(body);
    }

    private ObjectNode envelope(String type, long seq, BuildSnapshot snapshot) {
        return JSON.createObjectNode().put("type", type).put("seq", seq).put("version", snapshot.version())
                .put("takenAt", snapshot.takenAt().toString())
                .put("now", clock.instant().toString()).put("clockRate", clockRate);
    }

    private static Frame frame(String type, long seq, ObjectNode node) {
        return Frame.text(type, seq, bytes(node));
    }

    static byte[] bytes(Object node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a frame could not be written: " + e.getOriginalMessage(), e);
        }
    }

    private static void source(ObjectNode node, BuildSnapshot snapshot) {
        SourceHealth health = snapshot.health();
        node.put("name", health.sourceName());
        node.put("simulated", health.simulated());
        node.put("freshness", health.freshness().name());
        node.put("message", health.message());
        instant(node, "lastSuccess", health.lastSuccess());
        instant(node, "retryAt", health.retryAt());
        node.put("pollIntervalSeconds", health.pollIntervalSeconds());
        if (health.rateLimit().isPresent()) {
            RateLimit rl = health.rateLimit().get();
            node.putObject("rateLimit").put("limit", rl.limit()).put("remaining", rl.remaining()).put("used", rl.used())
                    .put("reset", rl.reset().toString()).put("resource", rl.resource());
        } else {
            node.putNull("rateLimit");
        }
        ObjectNode errors = node.putObject("repoErrors");
        new TreeMap<>(snapshot.repoErrors()).forEach((repo, error) -> errors.put(repo.fullName(), error));
        ArrayNode repos = node.putArray("repos");
        for (Repo repo : snapshot.repos()) {
            ObjectNode r = repos.addObject().put("repo", repo.id().fullName()).put("defaultBranch", repo.defaultBranch())
                    .put("url", repo.htmlUrl()).put("archived", repo.archived());
            if (repo.canPush().isPresent()) {
                r.put("canPush", repo.canPush().get());
            } else {
                r.putNull("canPush");
            }
        }
        node.put("eventsApplied", snapshot.eventsApplied());
    }

    /** A tile with its runs written once each; headline, latest per workflow and history refer to them by id. */
    private static void tile(ObjectNode node, BuildTile tile) {
        node.put("key", tile.key().toString());
        node.put("repo", tile.repoName());
        node.put("branch", tile.branch());
        node.put("state", tile.state().name());
        node.put("previousState", tile.previousState().name());
        node.put("stateChangedAt", tile.stateChangedAt().toString());
        node.put("staleReason", tile.staleReason());
        if (tile.pullRequest().isPresent()) {
            pullRequest(node.putObject("pullRequest"), tile.pullRequest().get());
        } else {
            node.putNull("pullRequest");
        }
        node.put("headline", tile.headline().id());
        ArrayNode latest = node.putArray("latestPerWorkflow");
        tile.latestPerWorkflow().forEach(r -> latest.add(r.id()));
        ArrayNode history = node.putArray("history");
        tile.history().forEach(r -> history.add(r.id()));
        Map<Long, WorkflowRun> runs = new LinkedHashMap<>();
        runs.put(tile.headline().id(), tile.headline());
        tile.latestPerWorkflow().forEach(r -> runs.putIfAbsent(r.id(), r));
        tile.history().forEach(r -> runs.putIfAbsent(r.id(), r));
        ArrayNode list = node.putArray("runs");
        runs.values().forEach(r -> run(list.addObject(), r));
    }

    private static void run(ObjectNode node, WorkflowRun run) {
        node.put("id", run.id());
        node.put("repo", run.repo().fullName());
        node.put("workflow", run.workflowName());
        node.put("title", run.displayTitle());
        node.put("branch", run.headBranch());
        node.put("sha", run.headSha());
        node.put("event", run.event());
        node.put("status", run.status().name());
        node.put("conclusion", run.conclusion().name());
        node.put("state", run.state().name());
        node.put("runNumber", run.runNumber());
        node.put("attempt", run.runAttempt());
        instant(node, "createdAt", run.createdAt());
        instant(node, "startedAt", run.runStartedAt());
        instant(node, "updatedAt", run.updatedAt());
        node.put("actor", run.actor());
        node.put("triggeringActor", run.triggeringActor());
        node.put("url", run.htmlUrl());
        ArrayNode prs = node.putArray("pullRequests");
        run.pullRequestNumbers().forEach(prs::add);
    }

    private static void pullRequest(ObjectNode node, PullRequest pr) {
        node.put("repo", pr.repo().fullName());
        node.put("number", pr.number());
        node.put("title", pr.title());
        node.put("state", pr.state());
        node.put("draft", pr.draft());
        node.put("merged", pr.merged());
        node.put("headRef", pr.headRef());
        node.put("headSha", pr.headSha());
        node.put("baseRef", pr.baseRef());
        node.put("author", pr.author());
        node.put("url", pr.htmlUrl());
        instant(node, "updatedAt", pr.updatedAt());
        ArrayNode labels = node.putArray("labels");
        pr.labels().forEach(labels::add);
    }

    private static void previews(ObjectNode node, BuildSnapshot snapshot) {
        ClusterStatus cluster = snapshot.cluster();
        node.putObject("cluster").put("name", cluster.name()).put("simulated", cluster.simulated())
                .put("problem", cluster.problem()).put("deployBlocked", cluster.deployBlocked())
                .put("teardownBlocked", cluster.teardownBlocked());
        ArrayNode list = node.putArray("previews");
        snapshot.previews().forEach(p -> preview(list.addObject(), p));
    }

    private static void preview(ObjectNode node, Preview p) {
        node.put("prNumber", p.prNumber());
        node.put("repo", p.repo());
        node.put("namespace", p.namespace());
        node.put("headSha", p.headSha());
        instant(node, "createdAt", p.createdAt());
        instant(node, "expiresAt", p.expiresAt());
        node.put("readyReplicas", p.readyReplicas());
        node.put("desiredReplicas", p.desiredReplicas());
        node.put("ready", p.ready());
        ObjectNode phases = node.putObject("podPhases");
        new TreeMap<>(p.podPhases()).forEach(phases::put);
        node.put("restarts", p.restarts());
        node.put("url", p.url());
        node.put("terminating", p.terminating());
        ArrayNode events = node.putArray("events");
        for (ClusterEvent e : p.events()) {
            ObjectNode event = events.addObject().put("warning", e.warning()).put("reason", e.reason())
                    .put("message", e.message()).put("involvedObject", e.involvedObject()).put("count", e.count());
            instant(event, "lastSeen", e.lastSeen());
        }
    }

    private static void evidence(ObjectNode node, EvidenceSummary e) {
        node.put("runId", e.runId());
        node.put("critical", e.critical());
        node.put("high", e.high());
        node.put("medium", e.medium());
        node.put("low", e.low());
        node.put("testsBroken", e.testsBroken());
        node.put("testsTotal", e.testsTotal());
        node.put("flaky", e.flaky());
        node.put("problems", e.problems());
        node.put("scanned", e.scanned());
        node.put("signature", e.signature().name());
    }

    private static void policy(ObjectNode node, PolicyVerdict v) {
        node.put("key", v.key());
        node.put("repo", v.repo().fullName());
        node.put("sha", v.sha());
        node.put("denies", v.denies());
        node.put("warnings", v.warnings());
        node.put("errors", v.errors());
        instant(node, "checkedAt", v.checkedAt());
    }

    /**
     * The original hub's distillation frame ({@code type, pr, branch, studentScore, teacherScores,
     * recommendations, features, timestamp}) plus the student's confidence and the teachers' reasons.
     */
    private static void distillation(ObjectNode node, BranchRecommendation r, BuildSnapshot snapshot,
            Map<String, BuildTile> tilesByBranch) {
        Optional<BuildTile> tile = Optional.ofNullable(tilesByBranch.get(r.branch()));
        node.put("type", "distillation");
        Optional<Integer> pr = tile.flatMap(BuildTile::pullRequest).map(PullRequest::number);
        if (pr.isPresent()) {
            node.put("pr", pr.get());
        } else {
            node.putNull("pr");
        }
        node.put("branch", r.branch());
        node.put("studentScore", r.studentConfidence());
        node.put("studentConfidence", r.studentConfidence());
        node.put("recommendation", r.recommendation().name());
        node.put("ensembleRecommendation", r.ensembleRecommendation().name());
        ObjectNode teachers = node.putObject("teacherScores");
        new TreeMap<>(r.teacherActivations()).forEach(teachers::put);
        ArrayNode recommendations = node.putArray("recommendations");
        recommendations.addObject().put("source", "student").put("action", r.recommendation().name())
                .put("word", r.recommendation().word()).put("confidence", r.studentConfidence());
        recommendations.addObject().put("source", "ensemble").put("action", r.ensembleRecommendation().name())
                .put("word", r.ensembleRecommendation().word());
        ObjectNode reasons = node.putObject("reasons");
        new TreeMap<>(r.reasons()).forEach(reasons::put);
        ObjectNode features = node.putObject("features");
        tile.map(t -> SignalExtractor.of(t, snapshot.evidenceOf(t.headline().id()),
                        t.pullRequest().flatMap(p -> snapshot.previewOf(p.number())),
                        snapshot.policyOf(t).map(PolicyVerdict::standingDenies).orElse(OptionalInt.empty())))
                .map(Signals::known).orElse(Map.of())
                .entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> features.put(e.getKey().name(), e.getValue()));
        node.put("timestamp", snapshot.takenAt().toString());
    }

    /** Tiles by the engine's name for their branch, {@code owner/repo:branch}. */
    private static Map<String, BuildTile> tilesByBranch(BuildSnapshot snapshot) {
        Map<String, BuildTile> byBranch = new LinkedHashMap<>();
        snapshot.tiles().forEach(t -> byBranch.put(t.repoName() + ":" + t.branch(), t));
        return byBranch;
    }

    private static void instant(ObjectNode node, String field, Instant value) {
        if (value == null) {
            node.putNull(field);
        } else {
            node.put(field, value.toString());
        }
    }
}
