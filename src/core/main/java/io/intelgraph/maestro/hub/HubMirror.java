package io.intelgraph.maestro.hub;

import com.fasterxml.jackson.databind.JsonNode;
import io.intelgraph.maestro.model.distill.BranchRecommendation;
import io.intelgraph.maestro.model.evidence.EvidenceSummary;
import io.intelgraph.maestro.model.policy.PolicyVerdict;
import io.intelgraph.maestro.model.preview.ClusterStatus;
import io.intelgraph.maestro.model.preview.Preview;
import io.intelgraph.maestro.model.repo.Repo;
import io.intelgraph.maestro.model.repo.RepoId;
import io.intelgraph.maestro.store.BuildSnapshot;
import io.intelgraph.maestro.store.BuildTile;
import io.intelgraph.maestro.store.SourceHealth;
import io.intelgraph.maestro.store.TileKey;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A client's copy of the hub's build plane, kept from the feed: a snapshot replaces everything, each
 * delta changes one thing. A delta whose {@code seq} is not the next one is a gap: the copy can no
 * longer be trusted, so it waits for a fresh snapshot (the caller asks for one) and takes no delta
 * until then. Not thread-safe: one reader applies frames in the order they arrive.
 */
public final class HubMirror {

    /** What one frame did to the copy. */
    public sealed interface Outcome {
        /** The copy changed; {@code snapshot} is the new picture, {@code whole} when a snapshot frame replaced everything. */
        record Applied(BuildSnapshot snapshot, boolean whole) implements Outcome {
        }

        /** A frame was missed: ask for a fresh snapshot; the copy is on hold until it comes. */
        record Gap(long expected, long received) implements Outcome {
        }

        /** Nothing to do: a frame already included in the snapshot, or one that came while waiting for a snapshot. */
        record Skipped(long seq) implements Outcome {
        }

        /** A reply to this client ({@code pong}, {@code error}), outside the feed. */
        record Reply(String type, String message) implements Outcome {
        }
    }

    private long seq = -1;
    private boolean awaitingSnapshot = true;
    private long version;
    private Instant takenAt = Instant.EPOCH;
    private Optional<HubTime> hubTime = Optional.empty();
    private final TreeMap<TileKey, BuildTile> tiles = new TreeMap<>();
    private SourceHealth health = SourceHealth.connecting("hub", false);
    private Map<RepoId, String> repoErrors = Map.of();
    private List<Repo> repos = List.of();
    private long eventsApplied;
    private List<Preview> previews = List.of();
    private ClusterStatus cluster = ClusterStatus.none("no snapshot from the hub yet");
    private final Map<Long, EvidenceSummary> evidence = new HashMap<>();
    private final Map<String, PolicyVerdict> policy = new HashMap<>();
    private final Map<String, BranchRecommendation> recommendations = new HashMap<>();

    /** The last frame of the feed this copy holds (-1 before the first snapshot). */
    public long seq() {
        return seq;
    }

    /** The hub's clock at the last frame applied; empty until a hub that sends it has been heard. */
    public Optional<HubTime> hubTime() {
        return hubTime;
    }

    public boolean awaitingSnapshot() {
        return awaitingSnapshot;
    }

    /** @throws MalformedFrameException when the frame is not what docs/HUB.md describes (the copy is unchanged) */
    public Outcome apply(String text) {
        JsonNode frame = FrameDecoder.parse(text);
        String type = FrameDecoder.text(frame, "type");
        if (!frame.has("seq")) {
            return new Outcome.Reply(type, frame.path("message").asText(""));
        }
        long received = FrameDecoder.number(frame, "seq");
        Optional<HubTime> time = FrameDecoder.hubTime(frame); // read first: a bad frame changes nothing
        if (Frame.SNAPSHOT.equals(type)) {
            snapshot(frame);
        } else if (awaitingSnapshot || received <= seq) {
            return new Outcome.Skipped(received);
        } else if (received != seq + 1) {
            awaitingSnapshot = true;
            return new Outcome.Gap(seq + 1, received);
        } else {
            delta(type, frame);
        }
        seq = received;
        version = FrameDecoder.number(frame, "version");
        takenAt = Instant.parse(FrameDecoder.text(frame, "takenAt"));
        hubTime = time.or(() -> hubTime);
        return new Outcome.Applied(snapshot(), Frame.SNAPSHOT.equals(type));
    }

    private void snapshot(JsonNode frame) {
        long protocol = FrameDecoder.number(frame, "protocol");
        if (protocol != FrameEncoder.PROTOCOL) {
            throw new MalformedFrameException("the hub speaks protocol " + protocol + ", this client " + FrameEncoder.PROTOCOL);
        }
        // Decoded whole before anything is replaced, so a bad snapshot leaves the copy as it was.
        FrameDecoder.Source source = FrameDecoder.source(FrameDecoder.object(frame, "source"));
        TreeMap<TileKey, BuildTile> newTiles = new TreeMap<>();
        FrameDecoder.array(frame, "tiles").forEach(t -> {
            BuildTile tile = FrameDecoder.tile(t);
            newTiles.put(tile.key(), tile);
        });
        List<Preview> newPreviews = FrameDecoder.previews(frame);
        ClusterStatus newCluster = FrameDecoder.cluster(frame);
        Map<Long, EvidenceSummary> newEvidence = new HashMap<>();
        FrameDecoder.array(frame, "evidence").forEach(e -> {
            EvidenceSummary summary = FrameDecoder.evidence(e);
            newEvidence.put(summary.runId(), summary);
        });
        Map<String, PolicyVerdict> newPolicy = new HashMap<>();
        FrameDecoder.array(frame, "policy").forEach(p -> {
            PolicyVerdict verdict = FrameDecoder.policy(p);
            newPolicy.put(verdict.key(), verdict);
        });
        Map<String, BranchRecommendation> newRecommendations = new HashMap<>();
        FrameDecoder.array(frame, "distillation").forEach(d -> {
            BranchRecommendation r = FrameDecoder.distillation(d);
            newRecommendations.put(r.branch(), r);
        });
        source(source);
        tiles.clear();
        tiles.putAll(newTiles);
        previews = newPreviews;
        cluster = newCluster;
        evidence.clear();
        evidence.putAll(newEvidence);
        policy.clear();
        policy.putAll(newPolicy);
        recommendations.clear();
        recommendations.putAll(newRecommendations);
        awaitingSnapshot = false;
    }

    private void delta(String type, JsonNode frame) {
        switch (type) {
            case "tile" -> {
                BuildTile tile = FrameDecoder.tile(FrameDecoder.object(frame, "tile"));
                tiles.put(tile.key(), tile);
            }
            case "tile-removed" -> tiles.remove(new TileKey(FrameDecoder.repo(FrameDecoder.text(frame, "repo")),
                    FrameDecoder.text(frame, "branch")));
            case "preview" -> {
                List<Preview> list = FrameDecoder.previews(frame);
                cluster = FrameDecoder.cluster(frame);
                previews = list;
            }
            case "evidence" -> {
                EvidenceSummary summary = FrameDecoder.evidence(FrameDecoder.object(frame, "evidence"));
                evidence.put(summary.runId(), summary);
            }
            case "evidence-removed" -> evidence.remove(FrameDecoder.number(frame, "runId"));
            case "policy" -> {
                PolicyVerdict verdict = FrameDecoder.policy(FrameDecoder.object(frame, "policy"));
                policy.put(verdict.key(), verdict);
            }
            case "policy-removed" -> policy.remove(FrameDecoder.text(frame, "key"));
            case "source" -> source(FrameDecoder.source(FrameDecoder.object(frame, "source")));
            case "distillation" -> {
                BranchRecommendation r = FrameDecoder.distillation(frame);
                recommendations.put(r.branch(), r);
            }
            case "distillation-removed" -> recommendations.remove(FrameDecoder.text(frame, "branch"));
            // A newer hub's frame type: this copy does not hold what it describes, and that is all.
            default -> {
            }
        }
    }

    private void source(FrameDecoder.Source source) {
        health = source.health();
        repoErrors = source.repoErrors();
        repos = source.repos();
        eventsApplied = source.eventsApplied();
    }

    /** The copy as a snapshot, as the store would give it (the HUD's view models read these). */
    public BuildSnapshot snapshot() {
        return new BuildSnapshot(version, takenAt, List.copyOf(tiles.values()), repos, repoErrors, health, eventsApplied,
                previews, cluster, evidence, recommendations, policy);
    }

    /** The tile of a branch, if the copy holds it. */
    public Optional<BuildTile> tile(TileKey key) {
        return Optional.ofNullable(tiles.get(key));
    }
}
