package io.intelgraph.maestro.config;

import io.intelgraph.maestro.auth.AppInstallation;
import io.intelgraph.maestro.auth.OAuthClientId;
import io.intelgraph.maestro.net.Network;

import java.util.Optional;

/**
 * How this process signs in to GitHub and reaches it: the OAuth app of the device flow, a GitHub
 * App's credentials for a shared display, and the proxy and extra CAs. Holds no secret: the App's
 * key stays in its file until the App's token is needed.
 */
public record AccessConfig(OAuthClientId oauthClientId, Optional<AppInstallation> app, Network network) {

    public static final AccessConfig DEFAULT = new AccessConfig(OAuthClientId.orPlaceholder(Optional.empty()),
            Optional.empty(), Network.DIRECT);
}
