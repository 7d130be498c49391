package io.intelgraph.maestro.cli;

import io.intelgraph.maestro.auth.CredentialStore;
import io.intelgraph.maestro.auth.DeviceFlow;
import io.intelgraph.maestro.auth.OAuthClientId;
import io.intelgraph.maestro.auth.SignIn;
import io.intelgraph.maestro.auth.Sleeper;
import io.intelgraph.maestro.auth.WebHost;
import io.intelgraph.maestro.config.AccessConfig;
import io.intelgraph.maestro.github.Credentials;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/** Builds the sign-in for an API: the device flow on its web host, through the configured network. */
public final class SignIns {

    private SignIns() {
    }

    /**
     * @param simulator whether {@code apiUrl} is the embedded simulator (which signs in with its own OAuth app)
     */
    public static SignIn forApi(URI apiUrl, boolean simulator, AccessConfig access, CredentialStore store,
            Optional<Credentials.Switchable> live) {
        OAuthClientId clientId = simulator ? new OAuthClientId(OAuthClientId.SIMULATOR) : access.oauthClientId();
        DeviceFlow flow = new DeviceFlow(WebHost.of(apiUrl), clientId,
                access.network().client().connectTimeout(Duration.ofSeconds(20)).build(), Clock.systemUTC(),
                Sleeper.REAL, Duration.ofSeconds(20));
        return new SignIn(WebHost.hostName(apiUrl), flow, store, live);
    }
}
