package io.intelgraph.maestro.github;

import java.time.Instant;
import java.util.Optional;

/**
 * A failed GitHub call, classified so the HUD can say what to do about it. The message is written
 * for a person and never contains the token.
 */
public final class GitHubException extends Exception {

    public enum Kind {
        /** 401: missing or bad token. */
        UNAUTHORIZED,
        /** 403 that is not a rate limit: the token lacks a scope or permission. */
        FORBIDDEN,
        /** 404: repo/org does not exist or the token cannot see it. */
        NOT_FOUND,
        /** Primary or secondary rate limit: wait until {@link #retryAt()}. */
        RATE_LIMITED,
        /** The response was not the JSON shape GitHub documents. */
        MALFORMED,
        /** No connection: refused, DNS, timeout, TLS. */
        UNREACHABLE,
        /** 5xx or another status the client does not expect. */
        SERVER_ERROR
    }

    private final Kind kind;
    private final transient Instant retryAt;

    public GitHubException(Kind kind, String message, Instant retryAt, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.retryAt = retryAt;
    }

    public GitHubException(Kind kind, String message) {
        this(kind, message, null, null);
    }

    public Kind kind() {
        return kind;
    }

    /** When a rate-limited call may be tried again. */
    public Optional<Instant> retryAt() {
        return Optional.ofNullable(retryAt);
    }
}
