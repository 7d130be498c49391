package io.intelgraph.maestro.store;

import io.intelgraph.maestro.model.distill.BranchRecommendation;
import io.intelgraph.maestro.model.evidence.EvidenceSummary;
import io.intelgraph.maestro.model.policy.PolicyVerdict;
import io.intelgraph.maestro.model.preview.ClusterStatus;
import io.intelgraph.maestro.model.preview.Preview;
import io.intelgraph.maestro.model.repo.Repo;
import io.intelgraph.maestro.model.repo.RepoId;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable picture of the build plane, numbered so consumers can skip ones they have seen.
 *
 * @param takenAt the plane's clock at the snapshot (the simulator's clock in the demo)
 * @param repoErrors per-repository problems (404, malformed response ...) in words
 * @param previews the per-PR preview environments on the cluster
 * @param evidence the supply-chain summary of runs whose reports were read, by run id
 * @param recommendations the build-intelligence engine's latest recommendation per branch
 * @param policyVerdicts the policy checks run, by {@code owner/repo@sha}
 */
public record BuildSnapshot(long version, Instant takenAt, List<BuildTile> tiles, List<Repo> repos,
        Map<RepoId, String> repoErrors, SourceHealth health, long eventsApplied, List<Preview> previews,
        ClusterStatus cluster, Map<Long, EvidenceSummary> evidence,
        Map<String, BranchRecommendation> recommendations,
        Map<String, PolicyVerdict> policyVerdicts) {

    public BuildSnapshot {
        // The plane's own list is already a copy no one writes (OrderedTiles); any other is copied.
        tiles = tiles instanceof OrderedTiles.Frozen ? tiles : List.copyOf(tiles);
        repos = List.copyOf(repos);
        repoErrors = Map.copyOf(repoErrors);
        previews = List.copyOf(previews);
        evidence = Map.copyOf(evidence);
        recommendations = Map.copyOf(recommendations);
        policyVerdicts = Map.copyOf(policyVerdicts);
    }

    /** The policy check of the tile's head commit, if one ran. */
    public Optional<PolicyVerdict> policyOf(BuildTile tile) {
        return Optional.ofNullable(policyVerdicts.get(
                PolicyVerdict.key(tile.key().repo(), tile.headline().headSha())));
    }

    /** The engine's latest word on a branch ({@code owner/repo:branch}), once it has run. */
    public Optional<BranchRecommendation> recommendationOf(BuildTile tile) {
        return Optional.ofNullable(recommendations.get(tile.repoName() + ":" + tile.branch()));
    }

    /** The reports' summary of a run, once they have been read. */
    public Optional<EvidenceSummary> evidenceOf(long runId) {
        return Optional.ofNullable(evidence.get(runId));
    }

    /** The preview of a PR, if one is deployed. */
    public Optional<Preview> previewOf(int prNumber) {
        return previews.stream().filter(p -> p.prNumber() == prNumber).findFirst();
    }
}
