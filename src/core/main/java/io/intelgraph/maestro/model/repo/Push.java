package io.intelgraph.maestro.model.repo;

/** A push to a ref; {@code headCommitMessage} is empty when the push deleted the ref or pushed a tag without commits. */
public record Push(String ref, String before, String after, String pusher, int commitCount, boolean created,
        boolean deleted, boolean forced, String headCommitMessage) {

    /** The branch name when the ref is a branch, else empty. */
    public String branch() {
        return ref.startsWith("refs/heads/") ? ref.substring("refs/heads/".length()) : "";
    }
}
