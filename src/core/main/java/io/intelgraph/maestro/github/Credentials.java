package io.intelgraph.maestro.github;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Where a request's token comes from, asked per request: a fixed token, a GitHub App's installation
 * token that is renewed before it expires, or whichever a person signed in with since the HUD started.
 */
@FunctionalInterface
public interface Credentials {

    /** The token to send now, or none (anonymous); a failure to get one is a {@link GitHubException}. */
    Optional<Token> token() throws GitHubException;

    /**
     * Whether requests will carry a token, answered without I/O (a view asks it on the FX thread;
     * an App's token may be due for renewal).
     */
    default boolean configured() {
        try {
            return token().isPresent();
        } catch (GitHubException e) {
            return false;
        }
    }

    static Credentials of(Optional<Token> token) {
        return () -> token;
    }

    static Credentials none() {
        return Optional::empty;
    }

    /** Credentials that can be replaced while clients use them (sign-in and sign-out without a restart). */
    final class Switchable implements Credentials {

        private final AtomicReference<Credentials> current;

        public Switchable(Credentials initial) {
            this.current = new AtomicReference<>(initial);
        }

        /** What is in use now. */
        public Credentials current() {
            return current.get();
        }

        public void use(Credentials next) {
            current.set(next);
        }

        @Override
        public Optional<Token> token() throws GitHubException {
            return current.get().token();
        }

        @Override
        public boolean configured() {
            return current.get().configured();
        }
    }
}
