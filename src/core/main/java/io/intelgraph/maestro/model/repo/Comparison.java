package io.intelgraph.maestro.model.repo;

import java.util.List;

/**
 * Two commits compared ({@code GET /repos/{o}/{r}/compare/{base}...{head}}): the commits head has
 * that base has not, oldest first, and the files changed between them.
 *
 * @param status GitHub's word: ahead, behind, diverged or identical
 * @param totalCommits how many commits GitHub counts, which may be more than were read
 * @param files the changed files' paths (GitHub lists at most 300)
 * @param truncated the commits read stop short of {@code totalCommits}
 */
public record Comparison(String status, int aheadBy, int totalCommits, List<GitCommit> commits, List<String> files,
        boolean truncated) {

    public Comparison {
        commits = List.copyOf(commits);
        files = List.copyOf(files);
    }
}
