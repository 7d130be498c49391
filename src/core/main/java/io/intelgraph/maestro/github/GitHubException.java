package io.intelgraph.maestro.github;

import io.intelgraph.maestro.text.TerminalText;

import java.net.http.HttpTimeoutException;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeoutException;

/**
 * A failed GitHub call, classified so the HUD can say what to do about it. The message is written
 * for a person and never contains the token. It is escaped here, the one place every failure's
 * text passes through on its way to a log line, a tile's stale reason or the terminal: GitHub's own
 * words in it (an error's {@code message}, a name, a link) cannot forge a line or send a terminal
 * escape sequence.
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
        super(TerminalText.escape(message), cause);
        this.kind = kind;
        this.retryAt = retryAt;
    }

    public GitHubException(Kind kind, String message) {
        this(kind, message, null, null);
    }

    public Kind kind() {
        return kind;
    }

    /**
     * Whether the request was sent but no whole answer came within the deadline (headers or body):
     * a slow repository, unless it keeps happening (see {@link GitHubPoller}).
     */
    public boolean timedOut() {
        return kind == Kind.UNREACHABLE
                && (getCause() instanceof TimeoutException || getCause() instanceof HttpTimeoutException);
    }

    /** When a rate-limited call may be tried again. */
    public Optional<Instant> retryAt() {
        return Optional.ofNullable(retryAt);
    }
}
