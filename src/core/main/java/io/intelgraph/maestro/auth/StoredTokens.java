package io.intelgraph.maestro.auth;

import io.intelgraph.maestro.github.Token;
import io.intelgraph.maestro.github.TokenSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/** The tokens sign-ins kept in the credential store, as the last place {@link TokenSource} looks. */
public final class StoredTokens implements TokenSource.Fallback {

    private static final Logger LOG = LoggerFactory.getLogger(StoredTokens.class);

    private final CredentialStore store;

    public StoredTokens(CredentialStore store) {
        this.store = store;
    }

    @Override
    public Optional<Token> find(String host) {
        try {
            return store.read(host).map(value -> new Token(value, store.name()));
        } catch (CredentialStore.Unavailable e) {
            // Normal on CI and headless machines: the HUD runs anonymously or on the simulator.
            LOG.debug("No credential store: {}", e.getMessage());
            return Optional.empty();
        }
    }
}
