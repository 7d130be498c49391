package io.intelgraph.maestro.hub;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * The bearer token that changes the hub (teachers, the compatibility webhooks). Compared in
 * constant time; never logged, never echoed. Without one configured, nothing may change the hub.
 */
public final class HubToken {

    /** Below this a token is guessable; the hub refuses to start with one. */
    public static final int MIN_LENGTH = 16;

    private final Optional<byte[]> token;

    private HubToken(Optional<byte[]> token) {
        this.token = token;
    }

    public static HubToken none() {
        return new HubToken(Optional.empty());
    }

    public static HubToken of(String token) {
        if (token == null || token.strip().length() < MIN_LENGTH) {
            throw new IllegalArgumentException("the hub token must be at least " + MIN_LENGTH + " characters");
        }
        return new HubToken(Optional.of(token.strip().getBytes(StandardCharsets.UTF_8)));
    }

    public boolean configured() {
        return token.isPresent();
    }

    /** Empty when the request carries the token; otherwise the refusal (401 without one, 403 with a wrong one). */
    public Optional<HubResponse> refusal(HubRequest request) {
        if (token.isEmpty()) {
            return Optional.of(HubResponse.error(403,
                    "changes are off: the hub has no token (set MAESTRO_HUB_TOKEN or --hub-token-file)"));
        }
        Optional<String> authorization = request.header("authorization");
        if (authorization.isEmpty() || !authorization.get().regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.of(HubResponse.error(401, "this needs Authorization: Bearer <hub token>")
                    .withHeader("WWW-Authenticate", "Bearer realm=\"maestro-hub\""));
        }
        byte[] given = authorization.get().substring(7).strip().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(token.get(), given)) {
            return Optional.of(HubResponse.error(403, "the bearer token is not the hub's"));
        }
        return Optional.empty();
    }
}
