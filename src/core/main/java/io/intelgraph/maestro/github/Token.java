package io.intelgraph.maestro.github;

import java.util.Objects;

/**
 * A GitHub token. Its {@code toString} never shows the value, so it cannot leak into a log line,
 * an exception message or a snapshot by accident.
 */
public final class Token {

    private final String value;
    private final String origin;

    public Token(String value, String origin) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("empty token");
        }
        this.value = value.strip();
        this.origin = Objects.requireNonNull(origin);
    }

    /** Where the token came from (e.g. "GITHUB_TOKEN", "gh auth token"), safe to show. */
    public String origin() {
        return origin;
    }

    /**
     * The value itself, for the one place that must have it besides the Authorization header: the
     * OS credential store a sign-in writes to. Never for a message, a log line or a file.
     */
    public String secretValue() {
        return value;
    }

    String authorizationHeader() {
        return "Bearer " + value;
    }

    @Override
    public String toString() {
        return "Token[from " + origin + ", value hidden]";
    }
}
