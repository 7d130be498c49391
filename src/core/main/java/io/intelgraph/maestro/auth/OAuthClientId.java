package io.intelgraph.maestro.auth;

import java.util.Optional;

/**
 * The OAuth app the device flow signs in to ({@code auth.client-id} / {@code MAESTRO_OAUTH_CLIENT_ID}).
 * A GitHub OAuth app's client id is public (it ships inside every CLI that uses one), but it has to
 * be registered by whoever runs this HUD for their github.com or GitHub Enterprise Server, with the
 * device flow enabled: the default is a placeholder, refused before anything is sent, and only the
 * simulator accepts its own.
 */
public record OAuthClientId(String value) {

    /** Not a registered app: GitHub would answer 404 or {@code incorrect_client_credentials}. */
    public static final String PLACEHOLDER = "unregistered";
    /** The simulator's OAuth app. */
    public static final String SIMULATOR = "Iv1.maestro-sim";

    public OAuthClientId {
        if (value == null || value.isBlank() || !value.strip().matches("[A-Za-z0-9._-]{1,100}")) {
            throw new IllegalArgumentException("an OAuth client id is letters, digits, '.', '_' and '-'");
        }
        value = value.strip();
    }

    public static OAuthClientId orPlaceholder(Optional<String> configured) {
        return new OAuthClientId(configured.filter(s -> !s.isBlank()).orElse(PLACEHOLDER));
    }

    public boolean placeholder() {
        return value.equals(PLACEHOLDER);
    }
}
