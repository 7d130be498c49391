package io.intelgraph.maestro.sim;

import java.time.Duration;

/**
 * How the simulated organization changes over time, as real ones do: feature branches opened with a
 * PR, PRs merged or closed (their branch deleted), repositories added and archived. Events follow a
 * seeded timeline, so the same seed gives the same churn however the world is queried.
 *
 * @param meanGap the mean time between two events; {@link Duration#ZERO} turns churn off
 * @param minRepos archiving stops at this many live repositories
 * @param maxRepos adding stops at this many live repositories
 * @param maxBranchesPerRepo opening stops at this many live branches (main included)
 */
public record SimChurn(Duration meanGap, int minRepos, int maxRepos, int maxBranchesPerRepo) {

    /** A stable world: what the app's default and most tests use. */
    public static final SimChurn OFF = new SimChurn(Duration.ZERO, 0, 0, 0);

    public SimChurn {
        if (meanGap.isNegative()) {
            throw new IllegalArgumentException("meanGap must not be negative");
        }
        if (!meanGap.isZero() && (minRepos < 1 || maxRepos < minRepos || maxBranchesPerRepo < 1)) {
            throw new IllegalArgumentException("need 1 <= minRepos <= maxRepos and maxBranchesPerRepo >= 1");
        }
    }

    /** About one event every 20 simulated minutes, around the catalog's 34 repositories. */
    public static SimChurn typical() {
        return new SimChurn(Duration.ofMinutes(20), 28, 40, 6);
    }

    /**
     * Churn every {@code meanGap} on average (zero: {@link #OFF}) around an organisation of {@code scale}: it keeps
     * between 80 and 120 % of the repositories it started with (at least one more than that), and opens branches
     * until a repository has two more than its largest start allows.
     */
    public static SimChurn around(SimScale scale, Duration meanGap) {
        if (meanGap.isZero()) {
            return OFF;
        }
        int minRepos = Math.max(1, (int) Math.round(scale.repos() * 0.8));
        int maxRepos = Math.min(SimScale.MAX_REPOS, Math.max(scale.repos() + 1, (int) Math.round(scale.repos() * 1.2)));
        int maxBranches = Math.min(SimScale.MAX_FEATURE_BRANCHES + 1, scale.maxFeatureBranches() + 3);
        return new SimChurn(meanGap, minRepos, maxRepos, maxBranches);
    }

    public boolean enabled() {
        return !meanGap.isZero();
    }
}
