package io.intelgraph.maestro.release;

/** A footer of a commit message ({@code Refs: 676104e}, {@code BREAKING CHANGE: ...}, {@code Fixes #12}). */
public record Footer(String token, String value) {

    /** {@code BREAKING CHANGE}, or its synonym {@code BREAKING-CHANGE}; uppercase only, as the spec requires. */
    public boolean breaking() {
        return token.equals("BREAKING CHANGE") || token.equals("BREAKING-CHANGE");
    }
}
