package io.intelgraph.maestro.ui.notify;

import io.intelgraph.maestro.model.build.WorkflowRun;
import io.intelgraph.maestro.model.repo.PullRequest;
import io.intelgraph.maestro.store.BuildSnapshot;
import io.intelgraph.maestro.store.BuildTile;
import io.intelgraph.maestro.transitions.TransitionFilter;

import java.util.Locale;
import java.util.Optional;

/**
 * Whose breaks and fixes reach the desktop ({@code notify.follow}): {@code mine} (runs the user
 * started or triggered, and their PRs), {@code my-prs} (their pull requests' builds only),
 * {@code filter:<words>} (what the filter bar shows for those words; {@code filter:all} and
 * {@code filter:default-branches} too), or {@code off}.
 */
public sealed interface FollowRule {

    boolean follows(BuildTile tile, BuildSnapshot snapshot);

    /** For the log and the README's words: what is followed. */
    String describe();

    /**
     * @param user the signed-in login; {@code mine} and {@code my-prs} need one
     * @throws IllegalArgumentException for a value that is none of the above, or a rule that needs a user without one
     */
    static FollowRule parse(String value, Optional<String> user) {
        String text = value == null ? "" : value.strip();
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.startsWith("filter:")) {
            return new Matching(text.substring("filter:".length()).strip());
        }
        return switch (lower) {
            case "", "mine" -> new Mine(needs(user, "mine"));
            case "my-prs" -> new MyPullRequests(needs(user, "my-prs"));
            case "off" -> new Off();
            default -> throw new IllegalArgumentException("notify.follow: \"" + text
                    + "\" is not mine, my-prs, filter:<words> or off");
        };
    }

    /** Whether {@code value} names a rule about the user's own builds (so the login must be known). */
    static boolean needsUser(String value) {
        String lower = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        return lower.isEmpty() || lower.equals("mine") || lower.equals("my-prs");
    }

    private static String needs(Optional<String> user, String rule) {
        return user.filter(u -> !u.isBlank()).orElseThrow(() -> new IllegalArgumentException("notify.follow=" + rule
                + " needs to know who you are: sign in with a token that may read GET /user, or set notify.user"));
    }

    /** The user's own builds: runs they started or triggered, and the builds of their pull requests. */
    record Mine(String user) implements FollowRule {
        @Override
        public boolean follows(BuildTile tile, BuildSnapshot snapshot) {
            WorkflowRun run = tile.headline();
            return user.equalsIgnoreCase(run.actor()) || user.equalsIgnoreCase(run.triggeringActor())
                    || MyPullRequests.authored(tile, user);
        }

        @Override
        public String describe() {
            return "builds by " + user + " and of " + user + "'s pull requests";
        }
    }

    /** The builds of the user's open pull requests. */
    record MyPullRequests(String user) implements FollowRule {
        @Override
        public boolean follows(BuildTile tile, BuildSnapshot snapshot) {
            return authored(tile, user);
        }

        static boolean authored(BuildTile tile, String user) {
            return tile.pullRequest().map(PullRequest::author).filter(user::equalsIgnoreCase).isPresent();
        }

        @Override
        public String describe() {
            return "the builds of " + user + "'s pull requests";
        }
    }

    /** What the filter bar shows for the same words (or {@code all}, {@code default-branches}). */
    record Matching(String expression, TransitionFilter filter) implements FollowRule {

        Matching(String expression) {
            this(expression, TransitionFilter.parse(expression.isEmpty() ? "all" : expression));
        }

        @Override
        public boolean follows(BuildTile tile, BuildSnapshot snapshot) {
            return filter.accepts(tile, snapshot);
        }

        @Override
        public String describe() {
            return "builds matching \"" + expression + "\"";
        }
    }

    record Off() implements FollowRule {
        @Override
        public boolean follows(BuildTile tile, BuildSnapshot snapshot) {
            return false;
        }

        @Override
        public String describe() {
            return "nothing (notifications off)";
        }
    }
}
