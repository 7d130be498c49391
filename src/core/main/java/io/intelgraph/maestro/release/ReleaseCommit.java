package io.intelgraph.maestro.release;

import io.intelgraph.maestro.model.repo.GitCommit;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A commit of the release: what GitHub says of it, its message as the convention reads it, its PR. */
public record ReleaseCommit(GitCommit commit, CommitMessage message, Optional<Integer> pullRequest) {

    /** A squash merge's "(#123)" at the end of the header, or a merge commit's "Merge pull request #123". */
    private static final Pattern PR = Pattern.compile("\\(#(\\d+)\\)\\s*$|^Merge pull request #(\\d+)");

    public static ReleaseCommit of(GitCommit commit) {
        CommitMessage message = CommitGrammar.read(commit.message());
        Matcher m = PR.matcher(message.header());
        Optional<Integer> pr = m.find() ? Optional.of(Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2)))
                : Optional.empty();
        return new ReleaseCommit(commit, message, pr);
    }

    public Bump bump() {
        return Bump.of(message);
    }

    /** The PR's page, next to the commit's on GitHub ({@code …/commit/<sha>} → {@code …/pull/<n>}); empty without either. */
    public Optional<String> pullRequestUrl() {
        int at = commit.htmlUrl().lastIndexOf("/commit/");
        return pullRequest.filter(n -> at > 0).map(n -> commit.htmlUrl().substring(0, at) + "/pull/" + n);
    }
}
