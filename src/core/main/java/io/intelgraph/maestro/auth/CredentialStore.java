package io.intelgraph.maestro.auth;

import java.util.Optional;

/**
 * Where a signed-in token is kept between runs: the operating system's credential store, one entry
 * per GitHub host. There is no plain-text fallback: without a store, a sign-in lasts one run.
 */
public interface CredentialStore {

    /** What the store is, for messages ("Secret Service", "macOS Keychain"). */
    String name();

    Optional<String> read(String host) throws Unavailable;

    void write(String host, String token) throws Unavailable;

    /** Removes the host's entry; false when there was none. */
    boolean delete(String host) throws Unavailable;

    /** No credential store can be used here, said as a sentence a person can act on. */
    final class Unavailable extends Exception {
        public Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
