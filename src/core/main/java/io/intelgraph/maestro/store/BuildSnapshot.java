package io.intelgraph.maestro.store;

import io.intelgraph.maestro.model.preview.ClusterStatus;
import io.intelgraph.maestro.model.preview.Preview;
import io.intelgraph.maestro.model.repo.Repo;
import io.intelgraph.maestro.model.repo.RepoId;

import java.time.Instant;
import java.util.List;
import java.util.Map;

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
        ClusterStatus cluster, Map<Long, io.intelgraph.maestro.model.evidence.EvidenceSummary> evidence,
        Map<String, io.intelgraph.maestro.model.distill.BranchRecommendation> recommendations,
        Map<String, io.intelgraph.maestro.model.policy.PolicyVerdict> policyVerdicts) {

    public BuildSnapshot {
        tiles = List.copyOf(tiles);
        repos = List.copyOf(repos);
        repoErrors = Map.copyOf(repoErrors);
        previews = List.copyOf(previews);
        evidence = Map.copyOf(evidence);
        recommendations = Map.copyOf(recommendations);
        policyVerdicts = Map.copyOf(policyVerdicts);
    }

    /** The policy check of the tile's head commit, if one ran. */
    public java.util.Optional<io.intelgraph.maestro.model.policy.PolicyVerdict> policyOf(BuildTile tile) {
        return java.util.Optional.ofNullable(policyVerdicts.get(
                io.intelgraph.maestro.model.policy.PolicyVerdict.key(tile.key().repo(), tile.headline().headSha())));
    }

    /** The engine's latest word on a branch ({@code owner/repo:branch}), once it has run. */
    public java.util.Optional<io.intelgraph.maestro.model.distill.BranchRecommendation> recommendationOf(BuildTile tile) {
        return java.util.Optional.ofNullable(recommendations.get(tile.repoName() + ":" + tile.branch()));
    }

    /** The reports' summary of a run, once they have been read. */
    public java.util.Optional<io.intelgraph.maestro.model.evidence.EvidenceSummary> evidenceOf(long runId) {
        return java.util.Optional.ofNullable(evidence.get(runId));
    }

    /** The preview of a PR, if one is deployed. */
    public java.util.Optional<Preview> previewOf(int prNumber) {
        return previews.stream().filter(p -> p.prNumber() == prNumber).findFirst();
    }
}
