package io.intelgraph.maestro.store;

import io.intelgraph.maestro.model.build.BuildState;
import io.intelgraph.maestro.model.build.WorkflowRun;
import io.intelgraph.maestro.model.repo.PullRequest;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What one tile shows: the branch's headline run (the worst of the latest run of each workflow),
 * the PR it belongs to, its recent history, and whether the data behind it is stale.
 *
 * @param previousState the state before the latest change (equal to {@code state} if it never changed)
 * @param stateChangedAt when the HUD saw the state change, for the transition animation
 * @param staleReason empty when the tile is live
 */
public record BuildTile(
        TileKey key,
        Optional<PullRequest> pullRequest,
        WorkflowRun headline,
        List<WorkflowRun> latestPerWorkflow,
        List<WorkflowRun> history,
        BuildState state,
        BuildState previousState,
        Instant stateChangedAt,
        String staleReason) {

    public BuildTile {
        latestPerWorkflow = List.copyOf(latestPerWorkflow);
        history = List.copyOf(history);
    }

    public boolean stale() {
        return !staleReason.isEmpty();
    }

    public String repoName() {
        return key.repo().fullName();
    }

    public String branch() {
        return key.branch();
    }

    /** Who the tile is about: the PR author when there is a PR, else whoever triggered the run. */
    public String author() {
        return pullRequest.map(PullRequest::author).filter(a -> !a.isEmpty()).orElse(headline.triggeringActor());
    }

    public Instant lastActivity() {
        return headline.updatedAt();
    }
}
