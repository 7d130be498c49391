package io.intelgraph.maestro.preview;

import io.intelgraph.maestro.model.policy.PolicyReport;
import io.intelgraph.maestro.model.preview.PreviewRequest;
import io.intelgraph.maestro.model.repo.RepoId;

import java.time.Duration;

/** The policy check a preview must pass before it is deployed. */
public interface DeployGate {

    PolicyReport check(PreviewRequest request);

    /**
     * The same check for a commit that is not (yet) a PR: the branch tile's "Run policy check".
     * The chart is rendered with a placeholder PR number.
     */
    default PolicyReport checkCommit(RepoId repo, String sha) {
        return check(new PreviewRequest(repo, 1, sha, Duration.ofHours(72)));
    }
}
