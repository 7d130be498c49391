package io.intelgraph.maestro.github;

import java.util.ArrayList;
import java.util.List;

/**
 * One poll cycle's tally, to tell a repository's own trouble from the source's. A time-out or a
 * 5xx stales the repository it was for, and the cycle goes on to the others. The source as a
 * whole is failing when {@value #TIMEOUTS_IN_A_ROW} requests in a row time out with no answer
 * between them — which also keeps a cycle against a black-holed server to a few deadlines, not one
 * per repository — or when every repository failed on GitHub's side. Thread-safe: a pass may read
 * several repositories at once.
 */
final class CycleFailures {

    static final int TIMEOUTS_IN_A_ROW = 3;

    private final List<GitHubException> timeoutsInARow = new ArrayList<>();
    private final List<GitHubException> reposFailedOnGitHubsSide = new ArrayList<>();

    /** GitHub answered a request (with data or with an error of its own): the time-outs are no longer in a row. */
    synchronized void answered() {
        timeoutsInARow.clear();
    }

    /**
     * A request timed out.
     *
     * @throws GitHubException the source-wide failure, when it is the {@value #TIMEOUTS_IN_A_ROW}th in a row
     */
    synchronized void timedOut(GitHubException e) throws GitHubException {
        timeoutsInARow.add(e);
        if (timeoutsInARow.size() >= TIMEOUTS_IN_A_ROW) {
            throw new GitHubException(GitHubException.Kind.UNREACHABLE, "GitHub did not answer "
                    + timeoutsInARow.size() + " requests in a row, so this poll cycle stopped there; the first: "
                    + timeoutsInARow.get(0).getMessage(), null, e);
        }
    }

    /** A repository's runs could not be read for GitHub's reasons (a 5xx, a time-out). */
    synchronized void repoFailedOnGitHubsSide(GitHubException e) {
        reposFailedOnGitHubsSide.add(e);
    }

    /**
     * @throws GitHubException when every one of the cycle's {@code repos} failed on GitHub's side:
     *                         that is GitHub failing, not the repositories
     */
    synchronized void requireSomeRepositoryServed(int repos) throws GitHubException {
        int failed = reposFailedOnGitHubsSide.size();
        if (failed == 0 || failed < repos) {
            return;
        }
        GitHubException first = reposFailedOnGitHubsSide.get(0);
        throw new GitHubException(first.kind(), failed == 1 ? first.getMessage()
                : "GitHub failed for every repository (" + failed + "), e.g.: " + first.getMessage(), null, first);
    }
}
