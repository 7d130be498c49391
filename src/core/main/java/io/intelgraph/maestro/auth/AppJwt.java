package io.intelgraph.maestro.auth;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The JWT a GitHub App authenticates as itself with: RS256, issued 60 seconds in the past (GitHub's
 * advice against clock drift), expiring 9 minutes after now (GitHub refuses more than 10), issuer = the app id.
 */
public final class AppJwt {

    static final Duration BACKDATE = Duration.ofSeconds(60);
    static final Duration LIFETIME = Duration.ofMinutes(9);

    private final String appId;
    private final Algorithm algorithm;
    private final Clock clock;

    public AppJwt(String appId, AppKey key, Clock clock) {
        this.appId = appId;
        this.algorithm = Algorithm.RSA256(null, key.privateKey());
        this.clock = clock;
    }

    public String sign() {
        Instant now = clock.instant();
        return JWT.create()
                .withIssuer(appId)
                .withIssuedAt(now.minus(BACKDATE))
                .withExpiresAt(now.plus(LIFETIME))
                .sign(algorithm);
    }
}
