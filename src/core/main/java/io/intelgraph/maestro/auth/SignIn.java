package io.intelgraph.maestro.auth;

import io.intelgraph.maestro.github.Credentials;
import io.intelgraph.maestro.github.Token;

import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Sign-in and sign-out for one GitHub host, as the terminal ({@code maestro auth}) and the window
 * do them: the device flow, the token kept in the credential store, and the running clients
 * switched to it (or back to anonymous) at once.
 */
public final class SignIn {

    /** What the HUD asks for: private repositories' Actions (repo) and organisation membership (read:org). */
    public static final String SCOPE = "repo read:org";

    /**
     * How a sign-in ended.
     *
     * @param token the token, in use from now on
     * @param keptIn the credential store holding it, or empty when there is none (then
     *        {@code notKept} says why, and the sign-in lasts this run only)
     */
    public record Outcome(Token token, Optional<String> keptIn, Optional<String> notKept) {
    }

    private final String host;
    private final DeviceFlow flow;
    private final CredentialStore store;
    private final Optional<Credentials.Switchable> live;
    /** What the running clients used before any sign-in here (an environment token, gh's, or none), for sign-out. */
    private final Credentials withoutSignIn;

    /**
     * @param host the web host a token is filed under ({@link WebHost#hostName})
     * @param live the running clients' credentials, switched on sign-in and sign-out; empty in the terminal
     */
    public SignIn(String host, DeviceFlow flow, CredentialStore store, Optional<Credentials.Switchable> live) {
        this.host = host;
        this.flow = flow;
        this.store = store;
        this.live = live;
        this.withoutSignIn = live.map(Credentials.Switchable::current).orElse(Credentials.none());
    }

    public String host() {
        return host;
    }

    public DeviceCode start() throws DeviceFlowException {
        return flow.start(SCOPE);
    }

    /** Waits for the person to enter the code, then keeps the token and puts it to use. */
    public Outcome finish(DeviceCode code, BooleanSupplier cancelled) throws DeviceFlowException {
        Token token = flow.await(code, cancelled);
        Outcome outcome;
        try {
            store.write(host, token.secretValue());
            outcome = new Outcome(token, Optional.of(store.name()), Optional.empty());
        } catch (CredentialStore.Unavailable e) {
            outcome = new Outcome(token, Optional.empty(), Optional.of(e.getMessage()));
        }
        live.ifPresent(credentials -> credentials.use(Credentials.of(Optional.of(token))));
        return outcome;
    }

    /** Removes the kept token (true when there was one) and goes back to what was used before. */
    public boolean signOut() throws CredentialStore.Unavailable {
        live.ifPresent(credentials -> credentials.use(withoutSignIn));
        return store.delete(host);
    }

    /** Whether a token is kept for this host. */
    public boolean signedIn() throws CredentialStore.Unavailable {
        return store.read(host).isPresent();
    }

    public String storeName() {
        return store.name();
    }
}
