package io.intelgraph.maestro.sim;

/**
 * How large the simulated organisation is: the catalog's 34 repositories for the demo and the tests,
 * or an organisation's hundreds for the wall and its benchmarks ({@code --sim-repos 400 --sim-branches 9}
 * makes 2,192 tiles with seed 42, once polled). Every repository has its default branch and 0 to
 * {@code maxFeatureBranches} others, drawn evenly, so a repository has {@code 1 + maxFeatureBranches / 2}
 * tiles on average.
 *
 * @param repos how many repositories the organisation starts with
 * @param maxFeatureBranches the most branches besides the default one a repository starts with
 * @param pullRequestPercent the share of feature branches that have an open pull request, in percent;
 *        the others are pushed to without one
 */
public record SimScale(int repos, int maxFeatureBranches, int pullRequestPercent) {

    /** Run ids leave room for this many repositories and branches (see SimWorld's run ids). */
    public static final int MAX_REPOS = 5_000;
    public static final int MAX_FEATURE_BRANCHES = 99;

    /** The catalog's organisation: what the app's default, the tests and their pinned figures use. */
    public static final SimScale CATALOG = new SimScale(SimCatalog.REPOS.size(), 3, 100);

    public SimScale {
        if (repos < 1 || repos > MAX_REPOS) {
            throw new IllegalArgumentException("repositories must be 1 to " + MAX_REPOS + ": " + repos);
        }
        if (maxFeatureBranches < 0 || maxFeatureBranches > MAX_FEATURE_BRANCHES) {
            throw new IllegalArgumentException("branches per repository must be 0 to " + MAX_FEATURE_BRANCHES + ": "
                    + maxFeatureBranches);
        }
        if (pullRequestPercent < 0 || pullRequestPercent > 100) {
            throw new IllegalArgumentException("the share of branches with a pull request must be 0 to 100%: "
                    + pullRequestPercent);
        }
    }

    /** The tiles to expect: one per branch, on average. */
    public int expectedTiles() {
        return (int) Math.round(repos * (1 + maxFeatureBranches / 2.0));
    }

    /** Anything but the catalog's size (named in the source's name, so a screenshot says which world it is). */
    public boolean custom() {
        return !equals(CATALOG);
    }
}
