package io.intelgraph.maestro.store;

import io.intelgraph.maestro.model.build.BuildState;
import io.intelgraph.maestro.model.repo.PullRequest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The filter bar's state: free text, states, repository, branch/PR and author, plus the sort.
 * Plain data so it can be persisted between launches and tested without a display.
 *
 * @param text words that must each match repository, branch, workflow, run title, PR title or #number,
 *             author or state (case-insensitive)
 * @param states the states to show; empty shows all
 * @param repo repository full name substring; empty shows all
 * @param branch branch name substring, or {@code #123} for a PR number; empty shows all
 * @param author PR author or triggering actor substring; empty shows all
 */
public record TileQuery(String text, Set<BuildState> states, String repo, String branch, String author, TileSort sort) {

    public static final TileQuery ALL = new TileQuery("", Set.of(), "", "", "", TileSort.FAILING_FIRST);

    public TileQuery {
        text = text == null ? "" : text.strip();
        states = states == null || states.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(states));
        repo = repo == null ? "" : repo.strip();
        branch = branch == null ? "" : branch.strip();
        author = author == null ? "" : author.strip();
        sort = sort == null ? TileSort.FAILING_FIRST : sort;
    }

    public TileQuery withText(String value) {
        return new TileQuery(value, states, repo, branch, author, sort);
    }

    public TileQuery withStates(Set<BuildState> value) {
        return new TileQuery(text, value, repo, branch, author, sort);
    }

    public TileQuery withRepo(String value) {
        return new TileQuery(text, states, value, branch, author, sort);
    }

    public TileQuery withBranch(String value) {
        return new TileQuery(text, states, repo, value, author, sort);
    }

    public TileQuery withAuthor(String value) {
        return new TileQuery(text, states, repo, branch, value, sort);
    }

    public TileQuery withSort(TileSort value) {
        return new TileQuery(text, states, repo, branch, author, value);
    }

    public List<BuildTile> apply(List<BuildTile> tiles) {
        if (!filters()) {
            // The wall's case: 2,000 tiles a snapshot, up to 60 snapshots a second; no tile to test.
            List<BuildTile> sorted = new ArrayList<>(tiles);
            sorted.sort(sort.order());
            return Collections.unmodifiableList(sorted);
        }
        return tiles.stream().filter(this::matches).sorted(sort.order()).toList();
    }

    /** Whether anything is filtered out (otherwise every tile matches). */
    public boolean filters() {
        return !text.isEmpty() || !states.isEmpty() || !repo.isEmpty() || !branch.isEmpty() || !author.isEmpty();
    }

    public boolean matches(BuildTile tile) {
        if (!states.isEmpty() && !states.contains(tile.state())) {
            return false;
        }
        // The repository's full name is built only when a repository is asked for.
        if (!repo.isEmpty() && !contains(tile.repoName(), repo) || !author.isEmpty() && !contains(tile.author(), author)) {
            return false;
        }
        if (!branch.isEmpty()) {
            boolean prNumber = branch.startsWith("#") && tile.pullRequest()
                    .map(pr -> ("#" + pr.number()).equals(branch)).orElse(false);
            if (!prNumber && !contains(tile.branch(), branch)) {
                return false;
            }
        }
        if (text.isEmpty()) {
            return true;
        }
        String haystack = String.join("\n", tile.repoName(), tile.branch(), tile.headline().workflowName(),
                tile.headline().displayTitle(), tile.author(), tile.headline().triggeringActor(), tile.state().word(),
                tile.pullRequest().map(PullRequest::title).orElse(""),
                tile.pullRequest().map(pr -> "#" + pr.number()).orElse(""));
        // Every word must match somewhere, as in most filter boxes: "billing #45" finds that PR's tile.
        for (String word : text.split("\\s+")) {
            if (!contains(haystack, word)) {
                return false;
            }
        }
        return true;
    }

    private static boolean contains(String value, String needle) {
        return needle.isEmpty() || value.toLowerCase(Locale.ROOT).contains(needle.toLowerCase(Locale.ROOT));
    }
}
